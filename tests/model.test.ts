import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, root } from './helpers.js';

/** The slide model (what the layouts read) for fixture decks, locations relative to the repo. */
function model(deck: unknown): unknown {
  return JSON.parse(JSON.stringify(deck, (key, value) => (key === 'file' && typeof value === 'string' ? relative(root, value) : key === 'locs' ? undefined : value)));
}

describe('slide model', () => {
  it.each(['tests/fixtures/decks/all-layouts.md', 'tests/fixtures/decks/nynorsk.md', 'tests/fixtures/decks/bom-crlf.md'])('%s', async (file) => {
    const result = await build(file);
    expect(result.diagnostics).toEqual([]);
    expect(model(result.deck)).toMatchSnapshot();
  });

  it('maps lines from partials back to the partial file', async () => {
    const result = await build('tests/fixtures/decks/nynorsk.md');
    const slide = result.deck!.slides[1]!;
    expect(slide.loc.file).toMatch(/_library\/to-lysbilete\.md$/);
    expect(slide.loc.line).toBe(1);
    expect(result.deck!.slides[2]!.loc).toMatchObject({ line: 7 });
  });

  it('templating: helpers in nynorsk, CSV data, partial parameters', async () => {
    const result = await build('tests/fixtures/decks/nynorsk.md');
    const text = JSON.stringify(result.deck!.slides.map((s) => s.blocks));
    expect(text).toContain('andre samling – 30. september – 1. oktober 2013');
    expect(text).toContain('Start 09.30 den 30. september 2013');
    expect(text).toContain('Helsing frå Kari.');
    expect(text).toContain('Stordal');
  });
});

describe('helper output at the start of a line', () => {
  it('a Norwegian date stays text, not a numbered list', async () => {
    const result = await build('tests/fixtures/decks/date-at-line-start.md');
    const block = result.deck!.slides[0]!.blocks[1]!;
    expect(block.kind).toBe('paragraph');
    expect(block.kind === 'paragraph' && block.runs.map((r) => r.text).join('')).toBe('2. oktober 2013 starter vi klokka 08.30.');
  });
});
