import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasCommand, OfficeRunner } from '../office/office-runner.js';
import { writeAtomic } from '../write/write-atomic.js';


/** Slides only, and notes pages only (LibreOffice's impress_pdf_Export options, JSON form of 7.4+). */
const SLIDES_FILTER = 'pdf:impress_pdf_Export';
const NOTES_FILTER = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}';

export interface PdfFiles {
  /** the slides, one page each */
  slides: string;
  /** one notes page per slide: the slide above, the speaker notes below */
  notes: string;
}

/**
 * `build --pdf`: the deck as participants get it after the gathering, drawn by
 * LibreOffice from the written .pptx — `<deck>.pdf` and `<deck>-notater.pdf`
 * beside it. Both are written atomically; a failed conversion leaves the last
 * good PDF files as they were. One exporter serves every deck of a command
 * (one LibreOffice profile).
 */
export class PdfExporter {
  private readonly runner = new OfficeRunner();
  private readonly work = mkdtempSync(join(tmpdir(), 'samling-pdf-'));

  static available(): boolean {
    return hasCommand('soffice');
  }

  /** The PDF files written beside `pptx`, or that LibreOffice wrote none (and whether it stopped with an error). */
  async export(pptx: string): Promise<PdfFiles | { failed: true; stopped: boolean }> {
    const source = resolve(pptx);
    const stage = join(this.work, `deck-${process.hrtime.bigint()}`);
    mkdirSync(stage, { recursive: true });
    try {
      // the deck's own name never reaches the command line (it could read as an option)
      const input = join(stage, 'deck.pptx');
      copyFileSync(source, input);
      const profile = `-env:UserInstallation=${pathToFileURL(join(this.work, 'lo-profile')).href}`;
      const base = source.replace(/\.pptx$/i, '');
      const files: PdfFiles = { slides: `${base}.pdf`, notes: `${base}-notater.pdf` };
      for (const [filter, sub, to] of [[SLIDES_FILTER, 'slides', files.slides], [NOTES_FILTER, 'notes', files.notes]] as const) {
        const outDir = join(stage, sub);
        const ok = await this.runner.run('pdf', 'soffice', [profile, '--headless', '--norestore', '--convert-to', filter, '--outdir', { path: outDir }, { path: input }]);
        let bytes: Buffer;
        try {
          bytes = readFileSync(join(outDir, 'deck.pdf'));
        } catch {
          return { failed: true, stopped: !ok };
        }
        writeAtomic(to, bytes);
      }
      return files;
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    await this.runner.close();
    rmSync(this.work, { recursive: true, force: true });
  }
}
