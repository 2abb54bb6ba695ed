import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Is `path` inside `folder` (or the folder itself), by name alone? */
export function isUnder(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The file `path` with every symlink resolved, when that lies inside one of
 * `folders` (also resolved); undefined when it leads elsewhere or is gone. A
 * deck may read only inside its project, its own folder and the folders
 * `samling.yaml` allows: a link to /etc/passwd named `assets/kart.png` must
 * not end up in a .pptx mailed to forty municipalities. Read the returned
 * path, not `path`, so that a link changed after the check is not followed.
 */
export function realInside(path: string, folders: string[]): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  const inside = folders.some((f) => {
    try {
      return isUnder(real, realpathSync(f));
    } catch {
      return false;
    }
  });
  return inside ? real : undefined;
}

/** A name that is one file or folder name: no separators, not `.` or `..`. */
export const PLAIN_NAME = /^(?!\.\.?$)[^/\\:]+$/;
