import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { formatDiagnostic } from '../src/errors/format.js';

/** Small inputs with huge costs are refused with a located error (issue 13 item 12); the errors are asserted, not times. */
function deck(text: string, library: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-limits-'));
  mkdirSync(join(dir, 'decks', '_library'), { recursive: true });
  for (const [name, source] of Object.entries(library)) writeFileSync(join(dir, 'decks', '_library', `${name}.md`), source);
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

  it('a front-matter fence asking for JavaScript (`---js`) runs nothing: the deck has no front-matter', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'samling-js-')), 'ran');
    const { codes } = await printed(deck(`---js\n{ title: String(require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')) }\n---\n\n# A\n`));
    expect(codes).toEqual(['front-matter-missing']);
    expect(existsSync(marker)).toBe(false);
  });

  it('a partial bomb stops at the output bound', async () => {
    const library: Record<string, string> = { p0: 'bla bla bla bla bla bla bla bla bla bla\n' };
    for (let i = 1; i <= 7; i++) library[`p${i}`] = `{{> p${i - 1}}}`.repeat(10);
    const { codes, text } = await printed(deck('---\ntitle: Bombe\n---\n\n# A\n\n{{> p7}}\n', library));
    expect(codes).toEqual(['template-too-big']);
    expect(text).toContain('stor.md:7:1: error: the template makes more than');
  });

  it('loops inside loops over a long list stop at the loop bound', async () => {
    const list = Array.from({ length: 1000 }, (_, i) => `  - ${i}`).join('\n');
    const { codes, text } = await printed(deck(`---\ntitle: Løkker\nliste:\n${list}\n---\n\n# A\n\n{{#each liste}}{{#each @root.liste}}{{#each @root.liste}}x{{/each}}{{/each}}{{/each}}\n`));
    expect(codes).toEqual(['template-too-big']);
    expect(text).toContain("loops run more than 200,000 rounds");
  });

  it('blocks nested more than ten deep are refused where the eleventh opens', async () => {
    const open = Array.from({ length: 11 }, () => '{{#if title}}').join('');
    const close = Array.from({ length: 11 }, () => '{{/if}}').join('');
    const { codes, text } = await printed(deck(`---\ntitle: Dypt\n---\n\n# A\n\n${open}x${close}\n`));
    expect(codes).toEqual(['template-too-deep']);
    expect(text).toContain('stor.md:7:131: error: blocks are nested more than 10 deep here');
  });
});
