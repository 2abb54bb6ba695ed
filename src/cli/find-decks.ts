import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { usageError } from './args.js';
import { isFolder, isLink } from '../util/file-kind.js';

/** Deck files named by the command line: files as given, folders searched (names starting with `_` are never decks). */
export function findDecks(paths: string[]): string[] {
  const decks: string[] = [];
  for (const p of paths) {
    // a link to nothing given by name is still a deck: its build says what is wrong with it
    if (!existsSync(p) && !isLink(p)) throw usageError('usage-no-path', { path: p });
    if (isFolder(p)) decks.push(...walk(p, new Set()));
    else decks.push(p);
  }
  return [...new Set(decks)];
}

/**
 * The `.md` files under `dir`. A link to nothing, a link loop or a pipe named
 * like a deck is listed (its build reports it at its name); a folder reached
 * twice through links is walked once.
 */
function walk(dir: string, seen: Set<string>): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (isFolder(p)) out.push(...walk(p, seen));
    else if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') out.push(p);
  }
  return out;
}


