import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Is `path` inside `folder` (or the folder itself), by name alone? */
export function isUnder(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Does the file `path` — after following every symlink — lie inside one of
 * `folders` (also followed)? A deck may read only inside its project and the
 * folders `samling.yaml` allows: a link to /etc/passwd named `assets/kart.png`
 * must not end up in a .pptx that is mailed to forty municipalities.
 */
export function resolvesInside(path: string, folders: string[]): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false;
  }
  return folders.some((f) => {
    try {
      return isUnder(real, realpathSync(f));
    } catch {
      return false;
    }
  });
}

/** A name that is one file or folder name: no separators, not `.` or `..`. */
export const PLAIN_NAME = /^(?!\.\.?$)[^/\\:]+$/;
