import { describe, expect, it } from 'vitest';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { shapes, slides, unzip } from '../helpers.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const numbers = (s: PlacedSlide) => texts(s).filter((e) => e.shape === 'roundRect').map(textOf);
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix));

const seedStatement = '<!-- layout: scale -->\n\n# Innovasjon på dagsorden\n\nPå en skala fra 1–10 – hvor høyt på dagsorden i din kommune?';
const seedStatements = [
  'Jeg identifiserer meg sterkt med min kommune',
  'Jeg vet hva kommunens virksomhet står for',
  'Jeg er stolt av vår visjon, våre mål og verdier',
  'Våre tjenester har en sterk posisjon blant sammenlignbare kommuner',
  'Jeg har god kunnskap om kommunens tradisjoner og historie',
  'Jeg liker å fortelle at jeg jobber i kommunen',
];
const grid = (items: string[], directives = '') => `<!-- layout: scale${directives} -->\n\n# Hvor godt stemmer følgende påstander for deg? 1–10\n\n${items.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;

describe('scale: reading the Markdown', () => {
  it('reads one statement and draws the numbers 1–10 under it, with the default end labels', () => {
    const { slides, problems } = layOut(seedStatement);
    expect(problems).toEqual([]);
    expect(numbers(slides[0]!)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(named(slides[0]!, 'Påstand').map(textOf)).toEqual(['På en skala fra 1–10 – hvor høyt på dagsorden i din kommune?']);
    expect(named(slides[0]!, 'Ytterpunkt').map(textOf)).toEqual(['I liten grad', 'I stor grad']);
  });

  it('takes the number of steps from `scale:`, else from «1–N» in the text, else 10', () => {
    expect(numbers(layOut('<!-- layout: scale\nscale: 5 -->\n\n# Hvor fornøyd er du?').slides[0]!)).toHaveLength(5);
    expect(numbers(layOut('<!-- layout: scale -->\n\n# Hvor fornøyd er du? 1-6').slides[0]!)).toHaveLength(6);
    expect(numbers(layOut('<!-- layout: scale -->\n\n# Hvor fornøyd er du?').slides[0]!)).toHaveLength(10);
  });

  it('grades the boxes from the light to the dark theme colour, with text that reads on each', () => {
    const boxes = texts(layOut(seedStatement).slides[0]!).filter((e) => e.shape === 'roundRect');
    expect(new Set(boxes.map((b) => b.fill)).size).toBe(10);
    expect(boxes[9]!.fill).toBe('0B2F55');
    expect(boxes[0]!.style.color).toBe('0B2F55');
    expect(boxes[9]!.style.color).toBe('FFFFFF');
  });

  it('reads a numbered list as statements in a grid: number heads, one box per statement and number', () => {
    const { slides, problems } = layOut(grid(seedStatements));
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(numbers(s)).toHaveLength(10);
    expect(named(s, 'Påstand ').map(textOf)).toEqual(seedStatements);
    expect(named(s, 'Nummer').map(textOf)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(s.elements.filter((e) => e.kind === 'shape' && e.shape === 'roundRect')).toHaveLength(60);
  });

  it('takes end labels from `labels:` and leaves them out with `labels: false`', () => {
    const own = layOut(`${seedStatement.replace('scale -->', 'scale\nlabels: [Helt uenig, Helt enig] -->')}`);
    expect(named(own.slides[0]!, 'Ytterpunkt').map(textOf)).toEqual(['Helt uenig', 'Helt enig']);
    const none = layOut(seedStatement.replace('scale -->', 'scale\nlabels: false -->'));
    expect(named(none.slides[0]!, 'Ytterpunkt')).toEqual([]);
  });

  it('prints the default end labels in the deck language', () => {
    expect(named(layOut(seedStatement, 'title: Test\nlang: en').slides[0]!, 'Ytterpunkt').map(textOf)).toEqual(['To a small extent', 'To a large extent']);
    expect(named(layOut(seedStatement, 'title: Test\nlang: nn').slides[0]!, 'Ytterpunkt').map(textOf)).toEqual(['I liten grad', 'I stor grad']);
  });

  it('warns when the text says another scale than `scale:`', () => {
    const { problems } = layOut('<!-- layout: scale\nscale: 6 -->\n\n# Hvor fornøyd er du? 1–10');
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'scale-mismatch', line(2)]]);
  });

  it('reports a scale outside 4–10 at the directive', () => {
    const { problems, messages } = layOut('<!-- layout: scale\nscale: 12 -->\n\n# Hvor fornøyd er du?');
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['bad-option', line(2)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a list too long to fit at the list, with how many fit', () => {
    const many = Array.from({ length: 24 }, (_, i) => `${seedStatements[i % 6]} (${i + 1})`);
    const { problems, messages } = layOut(grid(many));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(5)]]);
    expect(problems[0]!.message).toMatch(/the 24 statements do not fit on the slide; it fits 1\d of this length at 14 pt/);
    expect(messages()).toMatchSnapshot();
  });

  it('warns about what it does not draw', () => {
    const { problems } = layOut(`${seedStatement}\n\n> Et sitat`);
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'scale-ignored', line(7)]]);
  });

  it('reports a second list', () => {
    const { problems } = layOut(`${grid(seedStatements.slice(0, 2))}\n\nTekst\n\n- Enda en`);
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['scale-lists', line(10)]]);
  });
});

describe('scale: geometry', () => {
  it.each([
    ['small (a title only)', '<!-- layout: scale\nscale: 4 -->\n\n# Hvor fornøyd er du?'],
    ['typical (the seed statement)', seedStatement],
    ['a long statement', `<!-- layout: scale -->\n\n# Skala\n\n${'Hvor godt kjenner innbyggerne til det kommunen gjør for å bli en bedre arbeidsgiver? '.repeat(4)}`],
    ['typical grid (the seed statements)', grid(seedStatements)],
    ['grid with intro, own labels and 6 steps', `${grid(seedStatements, '\nscale: 6\nlabels: [Helt uenig, Helt enig]')}\n\nTenk på arbeidshverdagen din det siste året.`.replace('\n\n1.', '\n\nTenk på det siste året.\n\n1.')],
    ['maximal grid: 12 statements of the seed\'s length', grid([...seedStatements, ...seedStatements.map((s) => s.replace('Jeg', 'Kollegene mine'))])],
    ['maximal grid: 7 statements of two lines', grid(seedStatements.concat(seedStatements).slice(0, 7).map((s) => `${s}, og jeg forteller det gjerne videre til venner og familie`))],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(geometry).toEqual([]);
  });
});

describe('scale: in the .pptx', () => {
  it('writes the statement, the numbers and the labels as editable text in the deck language', async () => {
    const result = await buildPptx(`${seedStatement}\n\n---\n\n${grid(seedStatements)}`, 'title: Test\nlang: en');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!));
    const one = shapes(xml[1]!).map((s) => s.text);
    expect(one).toContain('På en skala fra 1–10 – hvor høyt på dagsorden i din kommune?');
    expect(one).toContain('10');
    expect(one).toEqual(expect.arrayContaining(['To a small extent', 'To a large extent']));
    const two = shapes(xml[2]!).map((s) => s.text);
    expect(two).toEqual(expect.arrayContaining(seedStatements));
    expect(xml[2]).toContain('prst="roundRect"');
    expect(xml[2]).toContain('lang="en-');
  });
});
