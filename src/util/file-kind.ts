import { lstatSync, statSync } from 'node:fs';

/** Is `path` a symbolic link (whether or not it leads anywhere)? */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Is `path` a folder, links followed? */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
