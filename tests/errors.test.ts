import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build, fixture, messages } from './helpers.js';

/**
 * One fixture per problem in tests/fixtures/errors: the printed message (with
 * its code frame) is part of the product, so it is snapshotted whole.
 */
const files = (readdirSync(fixture('errors'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md') && !f.includes('_library')).sort();

/** fixtures that build, with a warning */
const WARNINGS_ONLY = new Set(['chart-percent-mixed.md', 'near-miss-key.md', 'no-title.md', 'directive-twice.md', 'list-item-block.md', 'rule-line.md', 'images/img-stort-kart-png.md']);

describe('error messages', () => {
  it.each(files)('%s', async (file) => {
    const result = await build(`tests/fixtures/errors/${file}`);
    const text = messages(result);
    expect(text).toMatchSnapshot();
    // every message points at a line of an author's file
    for (const d of result.diagnostics) {
      expect(d.loc, d.message).toBeDefined();
      expect(d.loc!.line).toBeGreaterThan(0);
    }
    if (WARNINGS_ONLY.has(file)) {
      expect(result.pptx).toBeDefined();
      expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    } else {
      expect(result.pptx).toBeUndefined();
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('points into the partial that has the problem', async () => {
    const result = await build('tests/fixtures/errors/partials/deck.md');
    expect(result.diagnostics[0]).toMatchObject({ code: 'template-missing-variable', loc: { line: 3 } });
    expect(result.diagnostics[0]!.loc!.file).toMatch(/_library\/med-feil\.md$/);
    expect(result.diagnostics[0]!.includedFrom).toMatchObject({ line: 9, column: 1 });
    expect(result.diagnostics[0]!.includedFrom!.file).toMatch(/partials\/deck\.md$/);
  });

  it('reports every problem of a deck in one run: two missing variables and an unknown layout', async () => {
    const result = await build('tests/fixtures/errors/collected/three-problems.md');
    expect(result.diagnostics.map((d) => [d.code, d.loc?.line, d.hint])).toEqual([
      ['template-missing-variable', 9, 'add `sted: …` to the front-matter, or pass it: {{> partial sted="…"}}'],
      ['template-missing-variable', 11, 'add `dato: …` to the front-matter, or pass it: {{> partial dato="…"}}'],
      ['unknown-layout', 15, 'did you mean `quote`?'],
    ]);
  });

  it('a name with spaces written without brackets: the hint writes it in brackets, and the deck is read on', async () => {
    const result = await build('tests/fixtures/errors/csv/column-with-spaces.md');
    // `{{Kva fungerte godt?}}` calls `Kva` with two arguments: once a crash (`template-error`) that hid the rest
    expect(result.diagnostics.map((d) => [d.code, d.loc?.line, d.hint?.match(/`\{\{[^`]*\}\}`/)?.[0]])).toEqual([
      ['template-missing-variable', 7, '`{{[Stad for samlinga]}}`'],
      ['template-missing-variable', 10, '`{{[Kva fungerte godt?]}}`'],
      ['template-missing-variable', 17, '`{{[Kva kunne vore betre?]}}`'],
    ]);
  });

  it('collects template problems in the deck, in loops and in partials, each once per place', async () => {
    const result = await build('tests/fixtures/errors/partials/many.md');
    expect(result.diagnostics.map((d) => [d.code, d.loc?.line, d.loc?.column, d.includedFrom?.line])).toEqual([
      ['template-missing-variable', 6, 13, undefined],
      ['template-helper', 8, 1, undefined],
      ['template-helper', 8, 16, undefined],
      ['template-missing-variable', 11, 20, undefined],
      ['template-missing-variable', 3, 5, 16],
      ['template-missing-variable', 3, 5, 20],
    ]);
  });

  it('a layout problem inside a partial also says where the partial was included', async () => {
    const result = await build('tests/fixtures/errors/partials/layout-error.md');
    expect(result.diagnostics.map((d) => [d.code, d.loc?.file.split('/').pop(), d.loc?.line, d.includedFrom?.line])).toEqual([
      ['ragged-table', 'tabell-feil.md', 5, 13],
      ['unknown-layout', 'sitat-feil.md', 1, 9],
    ]);
    expect(result.diagnostics[0]!.loc).not.toHaveProperty('includedFrom');
  });

  it('says where a partial inside a partial was included', async () => {
    const result = await build('tests/fixtures/errors/partials/nested.md');
    expect(result.diagnostics[0]).toMatchObject({ code: 'template-missing-variable', loc: { line: 3 }, includedFrom: { line: 7, column: 1 } });
    expect(result.diagnostics[0]!.includedFrom!.file).toMatch(/_library\/dag\.md$/);
  });
});

/**
 * The same messages in bokmål and nynorsk (the language a build is given,
 * `messages:`): a few whole printed errors, code frame and all, pinned in
 * each language, so a broken sentence or a lost value shows in the diff.
 */
const NORWEGIAN = [
  'collected/three-problems.md',
  'date-norwegian.md',
  'programme-without-time.md',
  'ragged-table.md',
  'images/missing-in-assets.md',
  'yaml-syntax.md',
  'config-lang/deck.md',
  'partials/layout-error.md',
  'chart-percent-mixed.md',
];

describe('error messages in nb and nn', () => {
  it.each(NORWEGIAN.flatMap((file) => (['nb', 'nn'] as const).map((lang) => [lang, file] as const)))('%s: %s', async (lang, file) => {
    const result = await build(`tests/fixtures/errors/${file}`, lang);
    expect(result.messages).toBe(lang);
    expect(messages(result)).toMatchSnapshot();
  });
});
