// The benchmarks' deck: the 2013-10 example deck's slides repeated to 40, in a
// temporary project with the example decks' _data and _library.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ dir: string, deck: string, slides: string[], write: (extra?: string) => void }} */
export function fortySlideProject() {
  const source = readFileSync(join(root, 'decks/2013-10-omdomme-samling-2.md'), 'utf8');
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const all = body.split(/\n---\n/);
  const slides = Array.from({ length: 40 }, (_, i) => all[i % all.length]);
  const dir = mkdtempSync(join(tmpdir(), 'samling-bench-'));
  mkdirSync(join(dir, 'decks'));
  for (const d of ['_data', '_library']) cpSync(join(root, 'decks', d), join(dir, 'decks', d), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  const deck = join(dir, 'decks/forty.md');
  const write = (extra = '') => writeFileSync(deck, `---\n${fm}\n---\n${slides.join('\n---\n')}${extra}\n`);
  write();
  return { dir, deck, slides, write };
}
