import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { messages } from './helpers.js';

/**
 * Partials belong to their project: two projects built in one process, in
 * either order, give what each gives alone. Each project has a partial `p`
 * of its own or none, and decks that include it statically, as a partial
 * block (whose fallback shows when the partial is missing) and dynamically.
 */
function project(partial?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'samling-partials-'));
  mkdirSync(join(dir, 'decks', '_library'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  if (partial) writeFileSync(join(dir, 'decks', '_library', 'p.md'), partial);
  const deck = (name: string, body: string) => {
    writeFileSync(join(dir, 'decks', `${name}.md`), `---\ntitle: ${name}\nnavn: p\n---\n\n# ${name}\n\n${body}\n`);
    return join(dir, 'decks', `${name}.md`);
  };
  return [deck('statisk', '{{> p}}'), deck('blokk', '{{#> p}}reserve{{/p}}'), deck('dynamisk', '{{> (lookup . "navn")}}')];
}

/** What a build gives, in a form to compare: the messages, or the slides' text. */
async function outcome(file: string): Promise<string> {
  const result = await buildDeckFile(file);
  const text = result.pptx ? JSON.stringify(result.deck!.slides) : messages(result);
  return text.replace(/samling-partials-\w+/g, 'PROJECT');
}

describe('partials across projects', () => {
  it('give each project its own partials, whatever was built before', async () => {
    const a = project('Fra prosjekt A');
    const b = project();
    // b first, in a fresh process (vitest runs each file in its own): nothing of a's builds is involved yet
    const alone = { b: [] as string[], a: [] as string[] };
    for (const deck of b) alone.b.push(await outcome(deck));
    for (const deck of project('Fra prosjekt A')) alone.a.push(await outcome(deck));
    for (const order of [[a, b], [b, a], [a, b]]) {
      for (const decks of order) {
        const got = [];
        for (const deck of decks) got.push(await outcome(deck));
        expect(got).toEqual(decks === a ? alone.a : alone.b);
      }
    }
    expect(alone.a[0]).toContain('Fra prosjekt A');
    expect(alone.b[1]).toContain('unknown partial `p`');
    expect(alone.a[2]).toContain("the partial's name is not written out");
  });
});
