import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasCommand, OfficeRunner } from '../office/office-runner.js';

/** Is LibreOffice (and poppler's pdftoppm) here? The preview needs both; build and watch never do. */
export function rendererAvailable(): boolean {
  return hasCommand('soffice') && hasCommand('pdftoppm');
}


/**
 * Renders a .pptx to one PNG per slide with the real renderer: LibreOffice
 * (headless, its own profile) → PDF → pdftoppm. One render at a time per deck;
 * a newer request cancels the one under way.
 *
 * Deck names never reach a command line: a deck named
 * `--accept=socket,…;urp;.md` would be an option to soffice, and `#`, `%` or
 * a space break its file URLs. The .pptx is copied into the render's own
 * folder as `deck.pptx`, every path given is absolute, and each deck's
 * profile folder is named by a number. The processes themselves (process
 * groups, cancelling) are OfficeRunner's.
 */
export class SlideRenderer {
  private readonly runner = new OfficeRunner();
  private readonly profiles = new Map<string, number>();

  constructor(
    private readonly workDir: string,
    private readonly dpi = 60,
  ) {
    this.workDir = resolve(workDir);
  }

  /** PNG paths in slide order, or undefined when a newer render replaced this one. */
  async render(deck: string, pptx: string, outDir: string): Promise<string[] | undefined> {
    this.runner.cancel(deck);
    const stage = join(this.workDir, `render-${process.hrtime.bigint()}`);
    mkdirSync(stage, { recursive: true });
    if (!this.profiles.has(deck)) this.profiles.set(deck, this.profiles.size + 1);
    const profile = pathToFileURL(join(this.workDir, `lo-profile-${this.profiles.get(deck)}`)).href;
    try {
      const input = join(stage, 'deck.pptx');
      copyFileSync(resolve(pptx), input);
      const ok = await this.runner.run(deck, 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', { path: stage }, { path: input }]);
      if (!ok) return undefined;
      if (!(await this.runner.run(deck, 'pdftoppm', ['-png', '-r', String(this.dpi), { path: join(stage, 'deck.pdf') }, { path: join(stage, 'slide') }]))) return undefined;
      const pngs = readdirSync(stage).filter((f) => f.startsWith('slide') && f.endsWith('.png')).sort();
      // swap the new pictures in whole, so the page never shows half a deck
      const target = resolve(outDir);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      return pngs.map((f, i) => {
        const to = join(target, `${i + 1}.png`);
        renameSync(join(stage, f), to);
        return to;
      });
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }

  /** End every render under way, and wait until their process groups are gone. */
  stop(): Promise<void> {
    return this.runner.stop();
  }

  /** Stop, and remove the profiles and stages. */
  async close(): Promise<void> {
    await this.runner.close();
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
