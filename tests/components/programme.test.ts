import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { fixture, shapes, slides, unzip } from '../helpers.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text + (r.br ? '\n' : '')).join('')).join(' | ');
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix));
const bands = (s: PlacedSlide) => s.elements.filter((e) => e.kind === 'shape' && e.name?.startsWith('Pause')).map((e) => e.name);

/** The fixture's slides: small, typical (seed 000's «Programskisse 1-2. oktober») and maximal (3 days × 8 items). */
const fixtureSlides = readFileSync(fixture('components', 'programme.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n---\n/).map((s) => s.trim());
const [small, seed, maximal] = fixtureSlides as [string, string, string];

const programme = (body: string) => `<!-- layout: programme -->\n\n# Program\n\n${body}`;
/** `n` items half an hour apart; every `speakerEvery`th has a speaker line under it. */
const day = (n: number, speakerEvery = 1) =>
  Array.from({ length: n }, (_, i) => `- ${String(8 + Math.floor(i / 2)).padStart(2, '0')}${i % 2 ? '30' : '00'} Økt ${i + 1}: erfaringsdeling i nettverket${i % speakerEvery ? '' : `\n  - v/ prosjektleder ${i + 1}`}`).join('\n');

describe('programme: reading the Markdown', () => {
  it('reads times in all three forms and prints them the Norwegian way', () => {
    const { slides, problems } = layOut(programme('- 10:00 Velkommen\n- 10.30 Bakgrunn\n- 1100 Gruppearbeid\n- 930 Kaffe og registrering'));
    expect(problems).toEqual([]);
    expect(named(slides[0]!, 'Tid').map(textOf)).toEqual(['10.00', '10.30', '11.00', '09.30']);
    expect(named(slides[0]!, 'Post').map(textOf)).toEqual(['Velkommen', 'Bakgrunn', 'Gruppearbeid', 'Kaffe og registrering']);
  });

  it('prints times as English writes them in an English deck, a range on one line', () => {
    const { slides } = layOut(programme('- 10.00–11.00 Welcome\n- 1200 Lunch'), 'title: Test\nlang: en');
    expect(named(slides[0]!, 'Tid').map(textOf)).toEqual(['10:00–11:00', '12:00']);
  });

  it('reads `kl. 10.30` as a time, and fits a range on one line of the time column', () => {
    const { slides, problems } = layOut(programme('- 10.00–10.30 Velkomen\n- kl. 10.30 Foredrag\n- Kl 11.15 Gruppearbeid\n- klokka 12.00 Lunsj'));
    expect(problems).toEqual([]);
    expect(named(slides[0]!, 'Tid').map(textOf)).toEqual(['10.00–10.30', '10.30', '11.15', '12.00']);
    expect(named(slides[0]!, 'Post').map(textOf)).toEqual(['Velkomen', 'Foredrag', 'Gruppearbeid', 'Lunsj']);
  });

  it('sets a range on two lines when one line would take too much of a narrow day', () => {
    const days = [1, 2, 3].map((d) => `## ${d}. oktober\n\n- 10.00–10.30 Velkomen\n- 1100 Økt`).join('\n\n');
    const { slides } = layOut(programme(days));
    expect(named(slides[0]!, 'Tid').map(textOf)[0]).toBe('10.00–\n10.30');
  });

  it('recognises breaks by their first word in nb, nn and en, in any case', () => {
    const { slides, problems } = layOut(programme('- 1000 Velkommen\n- 1200 LUNSJ\n- 1300 Pause med utsjekking\n- 1400 Lunsj og vel hjem\n- 1500 Kaffipause\n- 1600 Coffee break\n- 1700 Pauseaktiviteter for barna\n- 1900 Middag mm'));
    expect(problems).toEqual([]);
    expect(bands(slides[0]!)).toEqual(['Pause 1.2', 'Pause 1.3', 'Pause 1.4', 'Pause 1.5', 'Pause 1.6', 'Pause 1.8']);
    const post = named(slides[0]!, 'Post');
    expect(post[0]!.paragraphs[0]!.bold).toBe(true);
    expect(post[1]!.paragraphs[0]!.bold).toBe(false);
    expect(post[1]!.paragraphs[0]!.color).toBe('476176');
  });

  it('reads details and the speaker line under an item; the speaker is italic and muted', () => {
    const { slides } = layOut(programme('- 1430 Omdømme og kommunikasjon\n  - som fokusområder i Sarpsborg\n  - v/ kommunikasjonssjef Pål Nilsen'));
    const [title, detail, speaker] = named(slides[0]!, 'Post')[0]!.paragraphs;
    expect(title!.runs[0]!.text).toBe('Omdømme og kommunikasjon');
    expect(detail).toMatchObject({ bullet: 'bullet' });
    expect(detail!.size).toBeLessThan(title!.size!);
    expect(speaker).toMatchObject({ italic: true, color: '476176' });
    expect(speaker!.bullet).toBeFalsy();
    expect(speaker!.runs[0]!.text).toBe('v/ kommunikasjonssjef Pål Nilsen');
  });

  it('makes each `##` heading a day, drawn as a column under a navy band', () => {
    const { slides, problems } = layOut(seed);
    expect(problems).toEqual([]);
    const heads = named(slides[0]!, 'Dag');
    expect(heads.map(textOf)).toEqual(['1. oktober', '2. oktober']);
    expect(heads[0]!.fill).toBe('0B2F55');
    expect(heads[1]!.box.x).toBeGreaterThan(heads[0]!.box.x + heads[0]!.box.w);
    expect(named(slides[0]!, 'Tid 1.')).toHaveLength(11);
    expect(named(slides[0]!, 'Tid 2.')).toHaveLength(6);
  });

  it('sets the seed programme (two days, 11 + 6 items) on one slide: titles 14 pt or more, details 12 pt or more, one time column width', () => {
    const { slides } = layOut(seed);
    const post = named(slides[0]!, 'Post');
    expect(post[0]!.style.size).toBeGreaterThanOrEqual(14);
    expect(Math.min(...post.flatMap((p) => p.paragraphs.map((q) => q.size!)))).toBeGreaterThanOrEqual(12);
    expect(new Set(named(slides[0]!, 'Tid').map((t) => t.box.w.toFixed(4))).size).toBe(1);
  });

  it('reports an item without a time at its line, and goes on', () => {
    const { problems, messages, slides } = layOut(programme('- 1000 Velkommen\n- Bakgrunn, mål og opplegg\n- 1200 Lunsj'));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['programme-time', line(6)]]);
    expect(problems[0]!.message).toBe('a programme item needs a time first, like `10.00 Velkommen`');
    expect(named(slides[0]!, 'Post').map(textOf)).toEqual(['Velkommen', 'Lunsj']);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a time that is not a time of day', () => {
    const { problems } = layOut(programme('- 2575 Nattmat'));
    expect(problems.map((p) => [p.code, p.loc?.line, p.message])).toEqual([['programme-time', line(5), '`2575` is not a time of day']]);
  });

  it('reports a day too long to fit at its heading, with how many items fit', () => {
    const { problems, messages } = layOut(programme(`## 1. oktober\n\n${day(20)}\n\n## 2. oktober\n\n${day(3)}`));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(5)]]);
    expect(problems[0]!.message).toMatch(/^the day «1\. oktober» has 20 items; it fits \d+ of this length at 14 pt$/);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a fourth day, items before the first day heading, and stray paragraphs', () => {
    const four = layOut(programme(['## A', '## B', '## C', '## D'].map((h) => `${h}\n\n- 1000 Økt`).join('\n\n')));
    expect(four.problems.map((p) => [p.code, p.loc?.line])).toEqual([['programme-days', line(17)]]);
    const before = layOut(programme('- 0900 Frokost\n\n## 1. oktober\n\n- 1000 Velkommen'));
    expect(before.problems.map((p) => [p.code, p.loc?.line])).toEqual([['programme-day', line(5)]]);
    const para = layOut(programme('- 1000 Velkommen\n\nAlle måltider serveres i restauranten.'));
    expect(para.problems.map((p) => [p.code, p.loc?.line])).toEqual([['programme-block', line(7)]]);
    expect(para.messages()).toMatchSnapshot();
  });

  it('reports a programme without items', () => {
    expect(layOut('<!-- layout: programme -->\n\n# Program').problems.map((p) => p.code)).toEqual(['programme-empty']);
  });
});

describe('programme: geometry', () => {
  it.each([
    ['small (one day, no heading)', small],
    ['typical (the seed: 2 days, 11 + 6 items with details and speakers)', seed],
    ['maximal: 3 days × 8 items', maximal],
    ['maximal: 1 day × 14 items, every third with a speaker', programme(day(14, 3))],
    ['3 days × 8 items with speakers', programme(['Tirsdag', 'Onsdag', 'Torsdag'].map((d) => `## ${d}\n\n${day(8)}`).join('\n\n'))],
  ])('%s: fits, on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems, slides } = layOut(md);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    expect(named(slides[0]!, 'Post').every((p) => p.style.size >= 14)).toBe(true);
  });
});

describe('programme: in the .pptx', () => {
  it('writes days, times, titles, details and speakers as editable text in the deck language', async () => {
    const result = await buildPptx(seed, 'title: Test\nlang: nn');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!))[1]!;
    const all = shapes(xml).map((s) => s.text);
    expect(all).toEqual(expect.arrayContaining(['1. oktober', '2. oktober', '10.00', '20.00', '08.30', 'LUNSJ', 'Lunsj og vel hjem']));
    expect(all).toContain('VelkommenBakgrunn, mål og oppleggKommunepresentasjoner: Hva har skjedd siden sist?Samtaler om innovasjon og omdømme');
    expect(all.some((t) => t.includes('v/ kommunikasjonssjef Pål Nilsen'))).toBe(true);
    expect(xml).toContain('lang="nn-');
    expect(xml).toContain('<a:buChar char="&#x2022;"/>');
  });
});
