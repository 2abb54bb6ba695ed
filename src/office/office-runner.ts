import type { ChildProcess } from 'node:child_process';
import { isAbsolute } from 'node:path';
import { childProcess } from '../util/builtin.js';

/** Is this command on the PATH? */
export function hasCommand(cmd: string): boolean {
  return childProcess().spawnSync('sh', ['-c', 'command -v "$0"', cmd]).status === 0;
}

/**
 * Runs LibreOffice and poppler as child processes, one at a time per key (a
 * deck); a newer run under the same key ends the one under way.
 *
 * `soffice` is a wrapper that forks `soffice.bin`: killing the wrapper alone
 * orphans a soffice.bin that goes on converting. So each child starts in its
 * own process group, and cancel, stop and the process's exit end the group.
 * Every path argument must be absolute — a file named `--accept=…` must never
 * be read as an option: paths are given as `{ path }` and checked.
 */
export class OfficeRunner {
  private readonly running = new Map<string, ChildProcess>();
  private readonly groups = new Set<number>();
  private readonly onExit = () => this.killAll();
  private closed = false;

  /** True when the command ran to a clean exit; false when it failed, could not start or was cancelled. */
  run(key: string, cmd: string, args: (string | { path: string })[]): Promise<boolean> {
    const argv = args.map((a) => {
      if (typeof a === 'string') return a;
      if (!isAbsolute(a.path)) throw new Error(`internal: ${cmd} path \`${a.path}\` is not absolute`);
      return a.path;
    });
    if (this.closed) return Promise.resolve(false);
    this.cancel(key);
    return new Promise((resolveRun) => {
      const child = childProcess().spawn(cmd, argv, { stdio: 'ignore', detached: true });
      this.running.set(key, child);
      if (child.pid !== undefined) this.track(child.pid);
      child.on('error', () => resolveRun(false));
      child.on('exit', (code, signal) => {
        if (this.running.get(key) === child) this.running.delete(key);
        // the wrapper is gone; anything it left in its group goes with it
        this.killGroup(child);
        resolveRun(code === 0 && !signal);
      });
    });
  }

  /** End the run under way for this key, if any. */
  cancel(key: string): void {
    const child = this.running.get(key);
    if (child) this.killGroup(child);
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

  /** End every run under way, and wait until their process groups are gone. */
  async stop(): Promise<void> {
    const pids = [...this.groups];
    for (const child of this.running.values()) this.killGroup(child);
    this.killAll();
    process.off('exit', this.onExit);
    // SIGKILL is delivered at once, but a killed process lingers until it is reaped
    const deadline = Date.now() + 5000;
    while (pids.some(groupAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  /** Stop, and refuse every later run. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }
}

/** Is any process of this group still running (a zombie counts as gone)? */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  const ps = childProcess().spawnSync('ps', ['-A', '-o', 'pgid=,stat='], { encoding: 'utf8' });
  if (ps.status !== 0) return true;
  return ps.stdout.split('\n').some((line) => {
    const [group, stat] = line.trim().split(/\s+/);
    return Number(group) === pgid && !stat?.startsWith('Z');
  });
}
