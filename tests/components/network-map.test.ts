import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../../src/build.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { messages as printed, root, shapes, slides, unzip } from '../helpers.js';
import { networkMap } from '../../src/components/network-map.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
/** The coloured bands: text with a fill, other than the pulje badge. */
const bands = (s: PlacedSlide) => texts(s).filter((e) => e.fill && e.name !== 'Pulje');
const names = (s: PlacedSlide) => texts(s).filter((e) => !e.fill);
const title = (s: PlacedSlide) => s.elements.find((e): e is Text => e.kind === 'text' && e.placeholder === 'title')!;

const network = (heading: string, ...municipalities: string[]) => `## ${heading}\n\n${municipalities.map((m) => `- ${m}`).join('\n')}\n`;
const map = (...parts: string[]) => `<!-- layout: network-map -->\n\n# Nettverkskart\n\n${parts.join('\n')}`;

const pulje1 = [
  network('Omdømme — Asbjørn Stavem', 'Gamvik', 'Ørland', 'Meland', 'Karmøy', 'Strand'),
  network('Sykefravær — Geir Johan Hansen — Nord og vest', 'Vefsn', 'Steinkjer', 'Jondal', 'Sund', 'Bømlo'),
  '## Sykefravær — Dorrit Svenning — Sør\n\nStavanger, Sola, Songdalen, Mandal, Arendal, Vegårshei\n',
  network('Sykefravær — Asbjørn Stavem — Øst', 'Nord-Aurdal', 'Kongsberg', 'Horten', 'Skiptvet', 'Tinn', 'Nedre Eiker', 'Molde'),
  network('Kompetanse — Marit Tovsen — Vest og øst', 'Luster', 'Gloppen', 'Lom – Lunner', 'Bø – Hobøl', 'Finnøy og Rennesøy'),
  network('Kompetanse — Geir Johan Hansen — Nord', 'Dyrøy', 'Vesterålen regionråd (Andøy, Hadsel, Sortland, Bø, Lødingen og Øksnes)', 'Saltdal', 'Brønnøy', 'Ørland'),
  network('Heltid/deltid — Marit Tovsen — Øst', 'Våler', 'Elverum', 'Løten', 'Eidsvoll', 'Drammen', 'Moss', 'Fredrikstad'),
  network('Heltid/deltid — Geir Johan Hansen — Nord og sør', 'Sortland', 'Meråker – Bjugn', 'Songdalen – Time', 'Kvinesdal – Lillesand'),
];

/** 8 networks of 9 real municipality names, four long ones in every box: the largest map the component promises. */
const nine = ['Innherred samkommune', 'Åfjord', 'Sel og Ringerike', 'Haugesund', 'Finnøy og Rennesøy', 'Øvre Eiker', 'Kvinesdal – Lillesand', 'Austrheim', 'Fredrikstad'];
const headings = ['Omdømme — Asbjørn Stavem', 'Omdømme — Marit Tovsen', 'Sykefravær — Geir Johan Hansen — Nord og vest', 'Sykefravær — Dorrit Svenning — Sør', 'Sykefravær — Asbjørn Stavem — Øst', 'Heltid/deltid — Marit Tovsen — Øst', 'Heltid/deltid — Geir Johan Hansen — Nord og sør', 'Kompetanse — Marit Tovsen — Vest og øst'];
const maximal = headings.map((h) => network(h, ...nine));

describe('network-map: reading the Markdown', () => {
  it('reads Theme — Leader — Region with em dash, en dash or spaced hyphen, and colours each box by theme', () => {
    const { slides, problems } = layOut(map(network('Omdømme — Asbjørn Stavem', 'Åfjord'), network('Sykefravær – Dorrit Svenning – Sør', 'Sola'), network('Heltid-deltid - Marit Tovsen', 'Moss'), network('Kompetanse—Geir Johan Hansen', 'Dyrøy')));
    expect(problems).toEqual([]);
    const b = bands(slides[0]!);
    // «SYKEFRAVÆR – SØR» would wrap in a quarter of the slide at 20 pt: every region then gets a line of its own
    expect(b.map(textOf)).toEqual(['OMDØMME | Asbjørn Stavem', 'SYKEFRAVÆR | SØR | Dorrit Svenning', 'HELTID/DELTID | Marit Tovsen', 'KOMPETANSE | Geir Johan Hansen']);
    expect(b.map((e) => e.fill)).toEqual(['1B5A96', 'B5283A', 'E08A1E', '4E9A3E']);
    expect(names(slides[0]!).map(textOf)).toEqual(['Åfjord', 'Sola', 'Moss', 'Dyrøy']);
  });

  it('takes a theme word at the start of the name, the rest of the phrase as the region', () => {
    const { slides, problems } = layOut(map(network('Sykefravær sør — Dorrit Svenning', 'Sola'), network('Sykefravær nord og vest — Geir Johan Hansen', 'Vefsn'), network('Heltid–deltid øst — Marit Tovsen', 'Moss'), network('Heltid-deltid Nord', 'Bodø'), network('Heltid/deltid vest — Ola Nordmann', 'Bergen')));
    expect(problems).toEqual([]);
    const b = bands(slides[0]!);
    expect(b.map((e) => e.fill)).toEqual(['B5283A', 'B5283A', 'E08A1E', 'E08A1E', 'E08A1E']);
    expect(b.map(textOf)).toEqual(['SYKEFRAVÆR | SØR | Dorrit Svenning', 'SYKEFRAVÆR | NORD OG VEST | Geir Johan Hansen', 'HELTID/DELTID | ØST | Marit Tovsen', 'HELTID/DELTID | NORD', 'HELTID/DELTID | VEST | Ola Nordmann']);
  });

  it('takes theme words of all three languages, case and accents loosely', () => {
    const words = ['omdome', 'SJUKEFRÅVÆR', 'Full-time/part-time', 'Heiltid / deltid', 'Sickness absence', 'Reputation', 'competence', 'Omdøme'];
    const { slides, problems } = layOut(map(...words.map((w) => network(`${w} — Leder`, 'Moss'))));
    expect(problems).toEqual([]);
    expect(bands(slides[0]!).map((e) => e.fill)).toEqual(['1B5A96', 'B5283A', 'E08A1E', 'E08A1E', 'B5283A', '1B5A96', '4E9A3E', '1B5A96']);
  });

  it('prints the theme in the deck language', () => {
    const { slides } = layOut(map(network('Omdømme — Marit Tovsen', 'Moss'), network('Heltid/deltid — Marit Tovsen', 'Moss')), 'title: Test\nlang: en');
    expect(bands(slides[0]!).map(textOf)).toEqual(['REPUTATION | Marit Tovsen', 'FULL-TIME/PART-TIME | Marit Tovsen']);
  });

  it('reads a paragraph of names (commas inside brackets stay) and a focus paragraph above a list', () => {
    const { slides, problems } = layOut(map('## Sykefravær — Dorrit Svenning\n\nStavanger, Sola, Vesterålen regionråd (Andøy, Hadsel), Vegårshei.\n', '## Omdømme — Marit Tovsen\n\n*Rekruttering, frivillig sektor, folkehelse*\n\n- Sørreisa\n- Høylandet\n'));
    expect(problems).toEqual([]);
    const cols = names(slides[0]!).map(textOf).join(' | ');
    expect(cols).toBe('Stavanger | Sola | Vesterålen regionråd (Andøy, Hadsel) | Vegårshei | Sørreisa | Høylandet');
    expect(textOf(bands(slides[0]!)[1]!)).toBe('OMDØMME | Marit Tovsen | Rekruttering, frivillig sektor, folkehelse');
  });

  it('shows the pulje as a badge: a paragraph before the first network, or the directive, in the deck language', () => {
    const badge = (s: PlacedSlide) => texts(s).find((e) => e.name === 'Pulje');
    expect(textOf(badge(layOut(map('2\n', network('Omdømme — A', 'Moss'))).slides[0]!)!)).toBe('Pulje 2');
    expect(textOf(badge(layOut(map('Pulje 1 (2012–2013)\n', network('Omdømme — A', 'Moss'))).slides[0]!)!)).toBe('Pulje 1 (2012–2013)');
    const directive = `<!-- layout: network-map\npulje: 2 -->\n\n# Kart\n\n${network('Omdømme — A', 'Moss')}`;
    expect(textOf(badge(layOut(directive, 'title: Test\nlang: en').slides[0]!)!)).toBe('Round 2');
    expect(badge(layOut(map(network('Omdømme — A', 'Moss'))).slides[0]!)).toBeUndefined();
  });

  it('titles a slide without `#` by language, and by theme when all networks share one', () => {
    const bare = (lang: string, ...parts: string[]) => textOf(title(layOut(`<!-- layout: network-map -->\n\n${parts.join('\n')}`, `title: Test\nlang: ${lang}`).slides[0]!));
    expect(bare('nb', network('Omdømme — A', 'Moss'))).toBe('Omdømmenettverkene');
    expect(bare('nn', network('Sykefravær — A', 'Moss'))).toBe('Sjukefråværsnettverka');
    expect(bare('en', network('Omdømme — A', 'Moss'), network('Kompetanse — B', 'Moss'))).toBe('The networks');
  });

  it('sets every box at one size; a box with many names gets two columns', () => {
    const { slides } = layOut(map(...pulje1));
    const sizes = new Set(names(slides[0]!).map((e) => e.style.size));
    expect(sizes.size).toBe(1);
    expect(names(slides[0]!).length).toBeGreaterThan(8);
  });

  it('lays 4 networks in a row or 2 × 2, and centres a short last row', () => {
    const four = layOut(map(...pulje1.slice(0, 4))).slides[0]!;
    expect(new Set(bands(four).map((e) => e.box.y.toFixed(2))).size).toBe(1);
    const five = layOut(map(...pulje1.slice(0, 5))).slides[0]!;
    const b = bands(five);
    expect(new Set(b.map((e) => e.box.y.toFixed(2))).size).toBe(2);
    const centre = (e: Text) => e.box.x + e.box.w / 2;
    // the two boxes of the second row sit centred under the three of the first
    expect((centre(b[3]!) + centre(b[4]!)) / 2).toBeCloseTo(centre(b[1]!), 5);
  });
});

describe('network-map: bad input', () => {
  it('an unknown theme word: error at the heading, with the valid words and a did-you-mean', () => {
    const { problems, messages } = layOut(map(network('Omdømme — A', 'Moss'), network('Sykefravar — Dorrit Svenning', 'Sola')));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-theme', line(9)]]);
    expect(problems[0]!.hint).toContain('did you mean `Sykefravær`?');
    expect(messages()).toMatchSnapshot();
  });

  it('more than 8 networks: error at the ninth', () => {
    const { problems } = layOut(map(...Array.from({ length: 9 }, (_, i) => network(`Omdømme — Leder ${i + 1}`, 'Moss'))));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-too-many', line(5 + 8 * 4)]]);
  });

  it('a network without municipalities', () => {
    const { problems } = layOut(map('## Omdømme — Asbjørn Stavem\n', network('Kompetanse — B', 'Moss')));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-no-municipalities', line(5)]]);
  });

  it('too many names even at 12 pt: one error naming the network and how many fit', () => {
    const long = Array.from({ length: 16 }, (_, i) => `Innherred samkommune ${i + 1}`);
    const { problems, messages } = layOut(map(...maximal.slice(0, 7), network('Kompetanse — Marit Tovsen', ...long)));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-overflow', line(5 + 7 * 12)]]);
    expect(problems[0]!.message).toMatch(/has 16 municipalities; with 8 networks on the slide its box fits \d+$/);
    expect(messages()).toMatchSnapshot();
  });

  it('text outside the networks is reported, not lost silently', () => {
    const { problems } = layOut(map(network('Omdømme — A', 'Moss'), '### Notat\n'));
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'network-map-ignored']]);
  });
});

describe('network-map: geometry', () => {
  it('the example `samling components` shows lays out without a problem', () => {
    const { problems, geometry } = layOut(networkMap.syntax);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it.each([
    ['one network', [network('Omdømme — Asbjørn Stavem', 'Gamvik', 'Ørland')]],
    ['the seed: pulje 2', ['Pulje 2\n', network('Omdømme — Asbjørn Stavem', 'Åfjord', 'Innherred samkommune', 'Rissa', 'Oppdal', 'Sel og Ringerike', 'Haugesund', 'Austrheim', 'Øvre Eiker'), network('Omdømme — Marit Tovsen', 'Sørreisa', 'Høylandet', 'Os og Tolga', 'Ørsta', 'Stordal', 'Åsnes', 'Sogndal')]],
    ['the seed: pulje 1, 8 networks', ['Pulje 1\n', ...pulje1]],
    ['8 networks of 9 municipalities', ['Pulje 3\n', ...maximal]],
  ])('%s: on the slide, clear of the footer, no text overlaps, names at 12 pt or more', (_, parts) => {
    const { slides, problems, geometry } = layOut(map(...parts));
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    for (const e of names(slides[0]!)) expect(e.style.size).toBeGreaterThanOrEqual(12);
  });
});

describe('network-map: the .pptx', () => {
  it('writes the names as editable text in the deck language', async () => {
    const result = await buildPptx(map('Pulje 1\n', ...pulje1), 'title: Test\nlang: nn');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!))[1]!;
    const all = shapes(xml).map((s) => s.text).join(' ');
    for (const t of ['Pulje 1', 'SJUKEFRÅVÆR', 'HEILTID/DELTID', 'Dorrit Svenning', 'Vegårshei', 'Vesterålen regionråd (Andøy, Hadsel, Sortland, Bø, Lødingen og Øksnes)']) expect(all).toContain(t);
    expect(xml).toContain('lang="nn-NO"');
    expect(xml).not.toContain('lang="nb-NO"');
  });
});

describe('the nettverkskart partial', () => {
  /** A deck in a folder of its own, with the project's decks/_library and decks/_data beside it. */
  async function buildWithLibrary(body: string, frontMatter = 'title: Test\nlang: nb\ntheme: krd') {
    const dir = mkdtempSync(join(tmpdir(), 'samling-nettverkskart-'));
    cpSync(join(root, 'decks', '_library'), join(dir, '_library'), { recursive: true });
    cpSync(join(root, 'decks', '_data'), join(dir, '_data'), { recursive: true });
    writeFileSync(join(dir, 'deck.md'), `---\n${frontMatter}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
    const result = await buildDeckFile(join(dir, 'deck.md'));
    return { result, xml: result.pptx ? slides(await unzip(result.pptx)) : [] };
  }

  it('writes pulje 1 and pulje 2 from decks/_data/networks.yaml (the deck’s `theme: krd` is no filter)', async () => {
    const { result, xml } = await buildWithLibrary('{{> nettverkskart pulje=1}}\n\n---\n\n{{> nettverkskart pulje="2"}}');
    expect(printed(result)).toBe('');
    const [one, two] = [xml[1]!, xml[2]!].map((x) => shapes(x).map((s) => s.text).join(' '));
    expect(one).toContain('Nettverkene');
    expect(one).toContain('Pulje 1');
    for (const t of ['Gamvik', 'Vegårshei', 'Molde', 'Vesterålen regionråd', 'Fredrikstad', 'Kvinesdal – Lillesand', 'SYKEFRAVÆR', 'NORD OG VEST', 'Dorrit Svenning']) expect(one).toContain(t);
    expect(one).not.toContain('Sørreisa');
    expect(two).toContain('Omdømmenettverkene');
    expect(two).toContain('Pulje 2');
    for (const t of ['Åfjord', 'Øvre Eiker', 'Sørreisa', 'Sogndal', 'Rekruttering, frivillig sektor, folkehelse']) expect(two).toContain(t);
    expect(two).not.toContain('Gamvik');
  });

  it('filters by theme, alone or with a pulje', async () => {
    const { result, xml } = await buildWithLibrary('{{> nettverkskart theme="sykefravaer"}}\n\n---\n\n{{> nettverkskart pulje=1 theme="kompetanse"}}');
    expect(printed(result)).toBe('');
    const [syk, komp] = [xml[1]!, xml[2]!].map((x) => shapes(x).map((s) => s.text).join(' '));
    expect(syk).toContain('Sykefraværsnettverkene');
    expect(syk.match(/SYKEFRAVÆR/g)).toHaveLength(3);
    expect(syk).not.toContain('OMDØMME');
    expect(komp).toContain('Kompetansenettverkene');
    expect(komp.match(/KOMPETANSE/g)).toHaveLength(2);
  });

  it('an unknown pulje or theme is an error naming what exists', async () => {
    const bad = await buildWithLibrary('{{> nettverkskart pulje=3}}');
    expect(bad.result.diagnostics.map((d) => d.code)).toEqual(['template-helper']);
    expect(bad.result.diagnostics[0]!.message).toContain('no network has pulje "3"; networks.yaml has pulje 1, 2');
    const theme = await buildWithLibrary('{{> nettverkskart theme="sykefravar"}}');
    expect(theme.result.diagnostics[0]!.message).toContain('"sykefravar" is not a network theme; networks.yaml has omdomme, sykefravaer, kompetanse, heltid-deltid');
  });
});
