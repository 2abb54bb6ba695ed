import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Folders a deck build reads from. */
export interface ProjectPaths {
  /** the project root: assets/, themes/, out/ are here */
  root: string;
  /** the folder of the deck: `_library` and `_data` are here */
  decksDir: string;
}

/** The project of a deck: the nearest folder above it with a package.json, themes/ or assets/. */
export function projectOf(deckFile: string): ProjectPaths {
  const decksDir = dirname(resolve(deckFile));
  let dir = decksDir;
  for (;;) {
    if (['package.json', 'themes', 'assets'].some((f) => existsSync(join(dir, f)))) return { root: dir, decksDir };
    const up = dirname(dir);
    if (up === dir) return { root: decksDir, decksDir };
    dir = up;
  }
}
