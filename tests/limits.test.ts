import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { formatDiagnostic } from '../src/errors/format.js';

/** Small inputs with huge costs are refused with a located error (issue 13 item 12); the errors are asserted, not times. */
function deck(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-limits-'));
  mkdirSync(join(dir, 'decks'));
  writeFileSync(join(dir, 'samling.yaml'), '');
  const file = join(dir, 'decks', 'stor.md');
  writeFileSync(file, text);
  return file;
}

async function printed(file: string): Promise<{ codes: string[]; text: string }> {
  const result = await buildDeckFile(file);
  expect(result.pptx).toBeUndefined();
  return { codes: result.diagnostics.map((d) => d.code), text: result.diagnostics.map((d) => formatDiagnostic(d, { sources: result.sources, color: false, cwd: '/' })).join('\n') };
}

describe('bounds on what a deck may cost', () => {
  it('a line over 100 000 characters is refused at its line, and the code frame shows 200 characters of it', async () => {
    const { codes, text } = await printed(deck(`---\ntitle: Lang\n---\n\n# A\n\n${'ord '.repeat(30_000)}\n`));
    expect(codes).toEqual(['line-too-long']);
    expect(text).toContain('stor.md:7:100001: error: line 7 is 120000 characters long');
    const frame = text.split('\n').find((l) => l.includes(' | '))!;
    expect(frame.length).toBeLessThan(220);
    expect(frame).toContain('…');
  });

  it('front-matter with more than 1 000 keys is refused', async () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `k${i}: ${i}`).join('\n');
    const { codes, text } = await printed(deck(`---\ntitle: Mange\n${keys}\n---\n\n# A\n`));
    expect(codes).toEqual(['front-matter-too-many-keys']);
    expect(text).toContain('the front-matter has 1501 keys');
  });
});
