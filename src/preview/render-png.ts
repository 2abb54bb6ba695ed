import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Is LibreOffice (and poppler's pdftoppm) here? The preview needs both; build and watch never do. */
export function rendererAvailable(): boolean {
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  return has('soffice') && has('pdftoppm');
}

export const INSTALL_HINT = 'the preview draws slides with LibreOffice: apt-get install libreoffice-impress poppler-utils (macOS: brew install --cask libreoffice; brew install poppler)';

/**
 * Renders a .pptx to one PNG per slide with the real renderer: LibreOffice
 * (headless, its own profile) → PDF → pdftoppm. One render at a time per deck;
 * a newer request cancels the one under way.
 */
export class SlideRenderer {
  private readonly running = new Map<string, ChildProcess>();

  constructor(
    private readonly workDir: string,
    private readonly dpi = 60,
  ) {}

  /** PNG paths in slide order, or undefined when a newer render replaced this one. */
  async render(deck: string, pptx: string, outDir: string): Promise<string[] | undefined> {
    this.running.get(deck)?.kill('SIGKILL');
    const stage = join(this.workDir, `${deck}-${process.hrtime.bigint()}`);
    mkdirSync(stage, { recursive: true });
    try {
      const ok = await this.run(deck, 'soffice', [`-env:UserInstallation=file://${join(this.workDir, `lo-profile-${deck}`)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', stage, pptx]);
      if (!ok) return undefined;
      const pdf = join(stage, basename(pptx).replace(/\.pptx$/i, '.pdf'));
      if (!(await this.run(deck, 'pdftoppm', ['-png', '-r', String(this.dpi), pdf, join(stage, 'slide')]))) return undefined;
      const pngs = readdirSync(stage).filter((f) => f.startsWith('slide') && f.endsWith('.png')).sort();
      // swap the new pictures in whole, so the page never shows half a deck
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      return pngs.map((f, i) => {
        const to = join(outDir, `${i + 1}.png`);
        renameSync(join(stage, f), to);
        return to;
      });
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }

  private run(deck: string, cmd: string, args: string[]): Promise<boolean> {
    return new Promise((resolve) => {
      const child = spawn(cmd, args, { stdio: 'ignore' });
      this.running.set(deck, child);
      child.on('error', () => resolve(false));
      child.on('exit', (code, signal) => {
        if (this.running.get(deck) === child) this.running.delete(deck);
        resolve(code === 0 && !signal);
      });
    });
  }

  stop(): void {
    for (const child of this.running.values()) child.kill('SIGKILL');
  }
}
