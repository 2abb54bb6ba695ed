import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { root, unzip } from './helpers.js';

describe('picture file names', () => {
  it('finds pictures named with æøå and spaces (issue 13 item 13)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-picture-names-'));
    mkdirSync(join(dir, 'decks'));
    mkdirSync(join(dir, 'assets'));
    copyFileSync(join(root, 'assets', 'fjord-illustrasjon.png'), join(dir, 'assets', 'fjord-ø.png'));
    copyFileSync(join(root, 'assets', 'rapport-forside.png'), join(dir, 'assets', 'mitt kart.png'));
    writeFileSync(join(dir, 'samling.yaml'), '');
    const deck = join(dir, 'decks', 'bilder.md');
    writeFileSync(deck, '---\ntitle: Bilder\n---\n\n# A\n\n---\n\n<!-- layout: full-image -->\n\n![Fjord](assets/fjord-ø.png)\n\n---\n\n<!-- layout: full-image -->\n\n![Kart](<assets/mitt kart.png>)\n');
    const result = await buildDeckFile(deck);
    expect(result.diagnostics.map((d) => d.message)).toEqual([]);
    const parts = await unzip(result.pptx!);
    const media = [...parts.keys()].filter((n) => n.startsWith('ppt/slides/_rels/')).map((n) => parts.get(n)!).join('');
    expect(media.match(/\.\.\/media\/[^"]+\.png/g)?.length).toBe(2);
  });
});
