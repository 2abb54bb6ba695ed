import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isUnder } from './util/inside.js';
import { packageRoot } from './util/package-root.js';

/** Folders a deck build reads from. */
export interface ProjectPaths {
  /** the project root: samling.yaml, assets/, themes/, out/ are here */
  root: string;
  /** the folder of the deck: `_library` and `_data` are here */
  decksDir: string;
}

/**
 * The project of a deck (or of a folder, given as `folder/deck.md`): the
 * nearest folder above it with a `samling.yaml`, else the nearest with a
 * `decks/` folder, else the deck's own folder.
 *
 * The search stops below the home folder: the home folder and every folder
 * above it are never a project, whatever they hold. A stray `~/package.json`
 * or `~/samling.yaml` would otherwise make the whole home folder readable to
 * a deck, and its `samling.yaml` would configure decks it was never meant
 * for. (A deck saved straight in the home folder still has that folder as
 * its own, as any deck has.)
 */
export function projectOf(deckFile: string, home = homedir()): ProjectPaths {
  const decksDir = dirname(resolve(deckFile));
  const candidates: string[] = [];
  for (let dir = decksDir; !isUnder(home, dir); dir = dirname(dir)) {
    candidates.push(dir);
    if (dirname(dir) === dir) break;
  }
  const root =
    candidates.find((d) => isFile(join(d, 'samling.yaml'))) ??
    candidates.find((d) => isFolder(join(d, 'decks'))) ??
    decksDir;
  return { root, decksDir };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The `_library` or `_data` folders a deck reads, nearest first: its own
 * folder's, then each folder's above it up to the project's decks folder (a
 * deck in `decks/2014/` also reads `decks/_library`). A name found nearer
 * wins. Partials then come from samling's own library; data never does (init
 * copies the sample data into the project).
 */
export function sharedFolders(project: ProjectPaths, decksRoot: string, kind: '_library' | '_data'): string[] {
  const folders: string[] = [];
  let dir = project.decksDir;
  const top = resolve(decksRoot);
  for (;;) {
    folders.push(join(dir, kind));
    if (dir === top || !isUnder(dir, top) || dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  if (kind === '_library') folders.push(packageLibrary());
  return folders;
}

/** samling's own library, shipped in the package (dist/starter, assembled by the build). */
export function packageLibrary(): string {
  return join(packageRoot(), 'dist', 'starter', 'decks', '_library');
}
