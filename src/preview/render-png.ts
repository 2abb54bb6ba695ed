import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
 *
 * Deck names never reach a command line: a deck named
 * `--accept=socket,…;urp;.md` would be an option to soffice, and `#`, `%` or
 * a space break its file URLs. The .pptx is copied into the render's own
 * folder as `deck.pptx`, every path given is absolute, and each deck's
 * profile folder is named by a number.
 *
 * `soffice` is a wrapper that forks `soffice.bin`: killing the wrapper alone
 * orphans a soffice.bin that goes on converting. So each child starts in its
 * own process group, and cancel, stop and the process's exit end the group.
 */
export class SlideRenderer {
  private readonly running = new Map<string, ChildProcess>();
  private readonly profiles = new Map<string, number>();
  private readonly groups = new Set<number>();
  private readonly onExit = () => this.killAll();
  private closed = false;

  constructor(
    private readonly workDir: string,
    private readonly dpi = 60,
  ) {
    this.workDir = resolve(workDir);
  }

  /** PNG paths in slide order, or undefined when a newer render replaced this one. */
  async render(deck: string, pptx: string, outDir: string): Promise<string[] | undefined> {
    const previous = this.running.get(deck);
    if (previous) this.killGroup(previous);
    const stage = join(this.workDir, `render-${process.hrtime.bigint()}`);
    mkdirSync(stage, { recursive: true });
    if (!this.profiles.has(deck)) this.profiles.set(deck, this.profiles.size + 1);
    const profile = pathToFileURL(join(this.workDir, `lo-profile-${this.profiles.get(deck)}`)).href;
    try {
      const input = join(stage, 'deck.pptx');
      copyFileSync(resolve(pptx), input);
      const ok = await this.run(deck, 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', stage, input]);
      if (!ok) return undefined;
      if (!(await this.run(deck, 'pdftoppm', ['-png', '-r', String(this.dpi), join(stage, 'deck.pdf'), join(stage, 'slide')]))) return undefined;
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

  private run(deck: string, cmd: string, args: string[]): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolveRun) => {
      const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
      this.running.set(deck, child);
      if (child.pid !== undefined) this.track(child.pid);
      child.on('error', () => resolveRun(false));
      child.on('exit', (code, signal) => {
        if (this.running.get(deck) === child) this.running.delete(deck);
        // the wrapper is gone; anything it left in its group goes with it
        this.killGroup(child);
        resolveRun(code === 0 && !signal);
      });
    });
  }

  private track(pid: number): void {
    if (this.groups.size === 0) process.on('exit', this.onExit);
    this.groups.add(pid);
  }

  private killGroup(child: ChildProcess): void {
    const pid = child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // ESRCH: the group is already empty
    }
    this.groups.delete(pid);
    if (this.groups.size === 0) process.off('exit', this.onExit);
  }

  private killAll(): void {
    for (const pid of [...this.groups]) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.groups.clear();
  }

  /** End every render under way, and wait until their process groups are gone. */
  async stop(): Promise<void> {
    const pids = [...this.groups];
    for (const child of this.running.values()) this.killGroup(child);
    this.killAll();
    process.off('exit', this.onExit);
    // SIGKILL is delivered at once, but a killed process lingers until it is reaped
    const deadline = Date.now() + 5000;
    while (pids.some(groupAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  /** Stop, and remove the profiles and stages. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** Is any process of this group still running (a zombie counts as gone)? */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  const ps = spawnSync('ps', ['-A', '-o', 'pgid=,stat='], { encoding: 'utf8' });
  if (ps.status !== 0) return true;
  return ps.stdout.split('\n').some((line) => {
    const [group, stat] = line.trim().split(/\s+/);
    return Number(group) === pgid && !stat?.startsWith('Z');
  });
}
