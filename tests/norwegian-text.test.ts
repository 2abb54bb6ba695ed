import { describe, expect, it } from 'vitest';
import type { Block, ListItem, Run } from '../src/model/types.js';
import type { Element, PlacedSlide } from '../src/layout/types.js';
import { layOut } from './components/harness.js';

/**
 * Issue 12: Markdown as Norwegians write it. `6. desember`, `17. mai`,
 * `3. samling` at the start of a line are text; `1. Kvalitet` / `2. Tillit`
 * are a list. The rule lives in src/parse/list-rule.ts.
 */
const text = (runs: Run[]) => runs.map((r) => r.text).join('');
const blocksOf = (body: string) => {
  const { deck, problems } = layOut(body);
  expect(problems).toEqual([]);
  return deck!.slides[1]!.blocks;
};
const items = (b: Block | undefined): ListItem[] => (b?.kind === 'list' ? b.items : []);

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix)).map(textOf);

describe('a date or an ordinal at the start of a line is text', () => {
  it('in a bullet: one bullet with the exact text, no sub-item', () => {
    const [list] = blocksOf('# Historikk\n\n- 6. desember 2011: Oppstart\n- 17. mai 2012: Feiring\n- 1.–2. oktober 2013: 2. samling').slice(1);
    expect(list).toMatchObject({ kind: 'list', ordered: false });
    expect(items(list).map((i) => text(i.runs))).toEqual(['6. desember 2011: Oppstart', '17. mai 2012: Feiring', '1.–2. oktober 2013: 2. samling']);
    expect(items(list).every((i) => i.children.length === 0)).toBe(true);
  });

  it('in a paragraph', () => {
    const blocks = blocksOf('# Historikk\n\n6. desember 2011 starta nettverket med ti kommunar.\n\n3. samling blir i Bodø.\n\n1. mai er ein fridag.');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks.slice(1).map((b) => (b.kind === 'paragraph' ? text(b.runs) : ''))).toEqual(['6. desember 2011 starta nettverket med ti kommunar.', '3. samling blir i Bodø.', '1. mai er ein fridag.']);
  });

  it('as the next line of a paragraph', () => {
    const [p] = blocksOf('# Frist\n\nSvar innan\n1. desember 2013.').slice(1);
    expect(p).toMatchObject({ kind: 'paragraph' });
    expect(p!.kind === 'paragraph' && text(p!.runs)).toBe('Svar innan 1. desember 2013.');
  });

  it('in a heading', () => {
    const [h1, h2] = blocksOf('# 17. mai\n\n## 6. desember 2011');
    expect([h1, h2].map((b) => (b!.kind === 'heading' ? text(b!.runs) : ''))).toEqual(['17. mai', '6. desember 2011']);
  });

  it('in table cells, also in a row without a leading `|`', () => {
    const [table] = blocksOf('# Datoar\n\n| Dato | Kva |\n|---|---|\n| 6. desember 2011 | Oppstart |\n17. mai 2012 | Feiring').slice(1);
    expect(table!.kind).toBe('table');
    expect(table!.kind === 'table' && table!.rows.map((r) => r.map(text))).toEqual([
      ['6. desember 2011', 'Oppstart'],
      ['17. mai 2012', 'Feiring'],
    ]);
  });

  it('after a numbered list: a date line ends the list and stays text', () => {
    const blocks = blocksOf('# Mål\n\n1. Kvalitet\n2. Tillit\n6. desember er fristen').slice(1);
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(items(blocks[0]).map((i) => text(i.runs))).toEqual(['Kvalitet', 'Tillit']);
    expect(blocks[1]!.kind === 'paragraph' && text(blocks[1]!.runs)).toBe('6. desember er fristen');
  });

  it('in a timeline: the date is the milestone\'s when', () => {
    const { slides, problems } = layOut('<!-- layout: timeline -->\n\n# Historikk\n\n- 6. desember 2011: Oppstart\n- 17. mai 2012: Feiring\n- 1.–2. oktober 2013: 2. samling');
    expect(problems).toEqual([]);
    expect(named(slides[0]!, 'Når')).toEqual(['6. desember 2011', '17. mai 2012', '1.–2. oktober 2013']);
    expect(named(slides[0]!, 'Hva')).toEqual(['Oppstart', 'Feiring', '2. samling']);
  });

  it('in a programme: a day heading and an item text that start with a date', () => {
    const { slides, problems } = layOut('<!-- layout: programme -->\n\n# Program\n\n## 1. oktober\n\n- 10.00 Velkommen\n  - 3. samling i nettverket\n\n## 2. oktober\n\n- 08.30 God morgen');
    expect(problems).toEqual([]);
    const all = texts(slides[0]!).map(textOf).join('\n');
    expect(all).toContain('1. oktober');
    expect(all).toContain('2. oktober');
    expect(all).toContain('3. samling i nettverket');
  });
});

describe('numbered lists stay lists', () => {
  it('`1. Kvalitet` / `2. Tillit`, and items that start with a bracket or emphasis', () => {
    const [list] = blocksOf('# Mål\n\n1. Kvalitet\n2. Tillit\n3. (Hvorfor) snakker alle om innovasjon?\n4. **Omdømme**').slice(1);
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 1 });
    expect(items(list).map((i) => text(i.runs))).toEqual(['Kvalitet', 'Tillit', '(Hvorfor) snakker alle om innovasjon?', 'Omdømme']);
  });

  it('a list continued after a paragraph with the next number', () => {
    const blocks = blocksOf('# Mål\n\n1. Kvalitet\n\nEin merknad.\n\n2. Tillit').slice(1);
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'paragraph', 'list']);
    expect(blocks[2]).toMatchObject({ ordered: true, start: 2 });
  });

  it('a one-step staircase (read as one step; the staircase itself wants two)', () => {
    const { deck, problems } = layOut('<!-- layout: staircase -->\n\n# Omdømmetrappen\n\n1. Kvalitet');
    expect(items(deck!.slides[1]!.blocks[1]).map((i) => text(i.runs))).toEqual(['Kvalitet']);
    expect(problems.map((p) => [p.code, p.message])).toEqual([['staircase-count', 'the staircase has 1 step; it draws 2 to 8']]);
  });

  it('a one-question evaluation', () => {
    const { slides, problems } = layOut('<!-- layout: evaluation -->\n\n# Helt til slutt …\n\n1. Hva tar dere med hjem?');
    expect(problems).toEqual([]);
    expect(texts(slides[0]!).filter((e) => e.name?.endsWith(' tekst')).map(textOf)).toEqual(['Hva tar dere med hjem?']);
  });
});

describe('every directive comment at the top of a slide counts', () => {
  const table = '| Kommune | Årsverk |\n|---|---|\n| Høylandet | 12 |\n| Lierne | 8 |';

  it('`<!-- layout: chart -->` then `<!-- chart: pie -->` draws a pie', () => {
    const { deck, slides, problems } = layOut(`<!-- layout: chart -->\n<!-- chart: pie -->\n\n# Årsverk\n\n${table}`);
    expect(problems).toEqual([]);
    expect(deck!.slides[1]!.directives).toEqual({ layout: 'chart', chart: 'pie' });
    expect(deck!.slides[1]!.directiveLocs.chart).toMatchObject({ line: 11, column: 6 });
    expect(slides[0]!.elements.find((e) => e.kind === 'chart')).toMatchObject({ chart: 'pie' });
  });

  it('the same key twice: the later one is used, with a warning at its line', () => {
    const { deck, problems } = layOut(`<!-- layout: chart\nchart: bar -->\n\n<!-- chart: pie -->\n\n# Årsverk\n\n${table}`);
    expect(deck!.slides[1]!.directives).toEqual({ layout: 'chart', chart: 'pie' });
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'directive-twice', 13]]);
  });

  it('a plain remark among the directives is a warning, not an error', () => {
    const { deck, problems } = layOut(`<!-- layout: chart -->\n<!-- tala er frå KOSTRA 2012 -->\n\n# Årsverk\n\n${table}`);
    expect(deck!.slides[1]!.directives).toEqual({ layout: 'chart' });
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'directive-not-mapping', 11]]);
  });
});

describe('`> - Ola Nordmann` under a quote is its attribution', () => {
  const quote = (last: string) => `<!-- layout: quote -->\n\n> Mulighetene må sees, gripes og brukes\n${last}`;

  it.each(['> - Ola Nordmann', '>\n> - Ola Nordmann', '>\n> — Ola Nordmann', '>\n> -- Ola Nordmann'])('on a quote slide: %j', (last) => {
    const { slides, problems } = layOut(quote(last));
    expect(problems).toEqual([]);
    expect(named(slides[0]!, 'Kilde')).toEqual(['— Ola Nordmann']);
    expect(texts(slides[0]!).map(textOf).join('\n')).not.toContain('Mulighetene må sees, gripes og brukes Ola');
  });

  it('beside a staircase', () => {
    const { slides, problems } = layOut('<!-- layout: staircase -->\n\n# Omdømmetrappen\n\n1. Kvalitet\n2. Tillit\n\n> «If you take care of the inside»\n> - Harald Burson');
    expect(problems).toEqual([]);
    expect(named(slides[0]!, 'Kilde')).toEqual(['— Harald Burson']);
    expect(named(slides[0]!, 'Sitat')).toEqual(['«If you take care of the inside»']);
  });

  it('a list of several points in a quote stays a list', () => {
    const { deck } = layOut('> Tre ting:\n> - ein\n> - to');
    expect(deck!.slides[1]!.blocks[0]).toMatchObject({ kind: 'quote', blocks: [{ kind: 'paragraph' }, { kind: 'list' }] });
  });
});

describe('a slide without a title', () => {
  const codes = (body: string) => layOut(body).problems.map((p) => [p.code, p.loc?.line]);

  it('warns on a layout that has a title', () => {
    expect(codes('- Eitt punkt\n- Eit anna')).toEqual([['no-title', 10]]);
    expect(codes('<!-- layout: timeline -->\n\n- Mars 2013: Temadager\n- April 2014: 3. samling')).toEqual([['no-title', 10]]);
  });

  it('does not warn where a title is optional or has no place', () => {
    expect(codes('<!-- layout: quote -->\n\n> Mulighetene må sees\n>\n> — Ola Nordmann')).toEqual([]);
    expect(codes('<!-- layout: speaker -->\n\n## Asbjørn L. Stavem\n\nSeniorrådgiver, KS')).toEqual([]);
    expect(codes('<!-- layout: title -->')).toEqual([]);
  });
});

describe('a date written the Norwegian way in the front-matter', () => {
  it('one error per date, named, underlined where it is written, with the ISO date to use', () => {
    const { problems } = layOut('# A', 'title: Test\ndates: [18.09.2013, 19.09.2013]');
    expect(problems.map((p) => [p.message, p.loc?.line, p.loc?.column, p.length, p.hint])).toEqual([
      ['front-matter `dates`: the first date, `18.09.2013`, is not a date as YYYY-MM-DD', 3, 9, 10, 'did you mean 2013-09-18?'],
      ['front-matter `dates`: the second date, `19.09.2013`, is not a date as YYYY-MM-DD', 3, 21, 10, 'did you mean 2013-09-19?'],
    ]);
  });

  it('a single `date:` is «the date»; a date that does not exist gets no suggestion', () => {
    const { problems } = layOut('# A', 'title: Test\ndate: 31.02.2013');
    expect(problems.map((p) => [p.message, p.hint])).toEqual([['front-matter `date`: the date, `31.02.2013`, is not a date as YYYY-MM-DD', undefined]]);
  });
});
