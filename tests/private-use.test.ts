import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';

/** The template stage marks lines with private-use characters; an author's own must pass through untouched (issue 13 item 22). */
describe('private-use characters in a deck', () => {
  it('keep their text and their lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-private-use-'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'samling.yaml'), '');
    const deck = join(dir, 'decks', 'ikon.md');
    const odd = '\uE000 7:3\uE001 x \uE002 1:2:3\uE003 y \uE004 z \uE005a \uE0003:4\uE006';
    writeFileSync(deck, `---\ntitle: Ikon\nmerke: "${odd}"\n---\n\n# A\n\n---\n\n# Ikon ${odd}\n\n- ${odd}\n- {{merke}}\n`);
    const result = await buildDeckFile(deck);
    const slide = result.deck!.slides[1]!;
    const texts = slide.blocks.flatMap((b) => (b.kind === 'heading' ? [b.runs.map((r) => r.text).join('')] : b.kind === 'list' ? b.items.map((i) => i.runs.map((r) => r.text).join('')) : []));
    expect(texts).toEqual([`Ikon ${odd}`, odd, odd]);
    expect(slide.blocks.map((b) => b.loc.line)).toEqual([10, 12]);
  });
});
