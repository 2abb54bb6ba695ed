import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * Write a file so that readers see the old bytes or the new ones, never half:
 * a temp file in the same folder, then a rename over the target. On failure the
 * temp file is removed and the old file is untouched.
 */
export function writeAtomic(target: string, bytes: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  removeStaleTemps(target);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Temp files of this target left by a process that died mid-write (`kill -9`,
 * a crash): `.x.pptx.<pid>.tmp` whose pid no longer runs. A live pid's temp
 * file is another samling writing right now, and is left alone.
 */
function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) continue;
    rmSync(join(dirname(target), name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
