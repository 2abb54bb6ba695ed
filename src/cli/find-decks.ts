import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './args.js';

/** Deck files named by the command line: files as given, folders searched (names starting with `_` are never decks). */
export function findDecks(paths: string[]): string[] {
  const decks: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    if (statSync(p).isDirectory()) decks.push(...walk(p));
    else decks.push(p);
  }
  return [...new Set(decks)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') out.push(p);
  }
  return out;
}
