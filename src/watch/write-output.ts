import { writeAtomic } from '../write/write-atomic.js';

/** What became of a build's bytes. */
export interface Written {
  file: string;
  /** written under another name because the target was locked */
  fallback: boolean;
}

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);
const RETRIES = [50, 100, 200];

/**
 * Write a deck's .pptx, never losing a build: PowerPoint on Windows holds the
 * file it has open (EBUSY/EPERM on rename), so retry briefly, then write
 * `<deck> (ny).pptx` / `(new)` beside it and say so.
 */
export async function writeOutput(target: string, bytes: Uint8Array, newSuffix: string, write = writeAtomic): Promise<Written> {
  for (let attempt = 0; ; attempt++) {
    try {
      write(target, bytes);
      return { file: target, fallback: false };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!LOCKED.has(code)) throw e;
      const wait = RETRIES[attempt];
      if (wait === undefined) break;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  const fallback = target.replace(/\.pptx$/, ` (${newSuffix}).pptx`);
  write(fallback, bytes);
  return { file: fallback, fallback: true };
}
