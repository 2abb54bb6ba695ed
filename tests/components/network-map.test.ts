import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../../src/build.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { messages as printed, root, shapes, slides, unzip } from '../helpers.js';
import { networkMap } from '../../src/components/network-map.js';
import { Problems } from '../../src/errors/diagnostic.js';
import { INSET } from '../../src/layout/text-fit.js';
import { TextMeasurer } from '../../src/text/measure.js';
import { loadTheme } from '../../src/theme/load-theme.js';
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
/** a map that must stay one slide: one line longer than `map` */
const oneMap = (...parts: string[]) => `<!-- layout: network-map\ncontinue: false -->\n\n# Nettverkskart\n\n${parts.join('\n')}`;

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

  it('keeps every municipality name whole where a smaller size allows it, rather than break one mid-word at a larger', () => {
    // eight networks with «Kristiansund» each: at 16 pt it fills a column only broken («Kristiansun|d»), at 15 pt whole
    const heads = ['Omdømme — Asbjørn Stavem', 'Omdømme — Marit Tovsen', 'Sykefravær — Geir Johan Hansen — Nord og vest', 'Sykefravær — Dorrit Svenning — Sør', 'Sykefravær — Asbjørn Stavem — Øst', 'Heltid/deltid — Marit Tovsen — Øst', 'Heltid/deltid — Geir Johan Hansen — Nord og sør', 'Kompetanse — Marit Tovsen — Vest og øst'];
    const { slides, problems } = layOut(oneMap(...heads.map((h) => network(h, 'Kristiansund', 'Lom', 'Bø', 'Vik', 'Ål', 'Gol'))));
    expect(problems).toEqual([]);
    const theme = loadTheme('krd', root, new Problems(), { file: '', line: 1, column: 1 });
    const measure = new TextMeasurer(theme.metrics, theme.sizes.lineSpacing);
    const columns = names(slides[0]!);
    expect(columns.length).toBeGreaterThanOrEqual(8);
    // every name no wider than its column: none is broken between letters
    const broken = columns.flatMap((e) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).filter((t) => measure.width(t, e.style.size) > e.box.w - 2 * INSET));
    expect(broken).toEqual([]);
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

  it('more than 8 networks with `continue: false`: error at the ninth', () => {
    const { problems } = layOut(oneMap(...Array.from({ length: 9 }, (_, i) => network(`Omdømme — Leder ${i + 1}`, 'Moss'))));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-too-many', line(6 + 8 * 4)]]);
    expect(problems[0]!.hint).toContain('leave out `continue: false`');
  });

  it('a network without municipalities', () => {
    const { problems } = layOut(map('## Omdømme — Asbjørn Stavem\n', network('Kompetanse — B', 'Moss')));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-no-municipalities', line(5)]]);
  });

  it('too many names even at 12 pt with `continue: false`: one error naming the network and how many fit', () => {
    const long = Array.from({ length: 16 }, (_, i) => `Innherred samkommune ${i + 1}`);
    const { problems, messages } = layOut(oneMap(...maximal.slice(0, 7), network('Kompetanse — Marit Tovsen', ...long)));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['network-map-overflow', line(6 + 7 * 12)]]);
    expect(problems[0]!.message).toMatch(/has 16 municipalities; with 8 networks on the slide its box fits \d+$/);
    expect(messages()).toMatchSnapshot();
  });

  it('text outside the networks is reported, not lost silently', () => {
    const { problems } = layOut(map(network('Omdømme — A', 'Moss'), '### Notat\n'));
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'network-map-ignored']]);
  });
});

describe('network-map: more networks than one slide holds', () => {
  const bandThemes = (s: PlacedSlide) => bands(s).map((b) => textOf(b).split(/ \| | – /)[0]);
  const pulje2 = [network('Omdømme — Asbjørn Stavem', 'Åfjord', 'Rissa'), network('Omdømme — Marit Tovsen', 'Sørreisa', 'Høylandet')];

  it('10 networks continue on a second slide, split between themes, every network once, titled «… (forts.)»', () => {
    const { slides, problems, geometry } = layOut(map(...pulje1, ...pulje2));
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    expect(slides.map((s) => textOf(title(s)))).toEqual(['Nettverkskart', 'Nettverkskart (forts.)']);
    // whole themes: the three omdømme networks together, though written apart
    expect(slides.map(bandThemes)).toEqual([['OMDØMME', 'OMDØMME', 'OMDØMME', 'SYKEFRAVÆR', 'SYKEFRAVÆR', 'SYKEFRAVÆR', 'KOMPETANSE', 'KOMPETANSE'], ['HELTID/DELTID', 'HELTID/DELTID']]);
    expect(slides.flatMap(names).map(textOf).join(' | ').match(/Gamvik|Fredrikstad|Sørreisa|Kvinesdal – Lillesand/g)).toHaveLength(4);
  });

  it('a slide without `#` is titled by its own networks and names the pulje (no badge then)', () => {
    const { slides, problems } = layOut(`<!-- layout: network-map\npulje: 1 -->\n\n${[...pulje1, ...pulje2].join('\n')}`);
    expect(problems).toEqual([]);
    expect(slides.map((s) => textOf(title(s)))).toEqual(['Nettverkene – pulje 1', 'Heltid/deltid-nettverkene – pulje 1']);
    expect(slides.flatMap(texts).some((e) => e.name === 'Pulje')).toBe(false);
  });

  it('one theme of 11 networks: shared evenly, 6 + 5', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => network(`Sykefravær — Leder ${i + 1}`, 'Moss', 'Sola'));
    const { slides, problems, geometry } = layOut(`<!-- layout: network-map\npulje: 3 -->\n\n${eleven.join('\n')}`, 'title: Test\nlang: nn');
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    expect(slides.map((s) => bands(s).length)).toEqual([6, 5]);
    expect(slides.map((s) => textOf(title(s)))).toEqual(['Sjukefråværsnettverka – pulje 3', 'Sjukefråværsnettverka – pulje 3 (forts.)']);
  });

  it('8 networks that do not fit one slide (16 long names in one box) continue too', () => {
    const long = Array.from({ length: 16 }, (_, i) => `Innherred samkommune ${i + 1}`);
    const { slides, problems, geometry } = layOut(map(...maximal.slice(0, 7), network('Kompetanse — Marit Tovsen', ...long)));
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap(names).map(textOf).join(' | ')).toContain('Innherred samkommune 16');
    for (const e of slides.flatMap(names)) expect(e.style.size).toBeGreaterThanOrEqual(12);
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
  async function buildWithLibrary(body: string, frontMatter = 'title: Test\nlang: nb\ntheme: krd', networksYaml?: string) {
    const dir = mkdtempSync(join(tmpdir(), 'samling-nettverkskart-'));
    cpSync(join(root, 'decks', '_library'), join(dir, '_library'), { recursive: true });
    cpSync(join(root, 'decks', '_data'), join(dir, '_data'), { recursive: true });
    if (networksYaml) writeFileSync(join(dir, '_data', 'networks.yaml'), networksYaml);
    writeFileSync(join(dir, 'deck.md'), `---\n${frontMatter}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
    const result = await buildDeckFile(join(dir, 'deck.md'));
    return { result, xml: result.pptx ? slides(await unzip(result.pptx)) : [] };
  }

  it('writes pulje 1 and pulje 2 from decks/_data/networks.yaml (the deck’s `theme: krd` is no filter)', async () => {
    const { result, xml } = await buildWithLibrary('{{> nettverkskart pulje=1}}\n\n---\n\n{{> nettverkskart pulje="2"}}');
    expect(printed(result)).toBe('');
    const [one, two] = [xml[1]!, xml[2]!].map((x) => shapes(x).map((s) => s.text).join(' '));
    expect(one).toContain('Nettverkene – pulje 1');
    for (const t of ['Gamvik', 'Vegårshei', 'Molde', 'Vesterålen regionråd', 'Fredrikstad', 'Kvinesdal – Lillesand', 'SYKEFRAVÆR', 'NORD OG VEST', 'Dorrit Svenning']) expect(one).toContain(t);
    expect(one).not.toContain('Sørreisa');
    expect(two).toContain('Omdømmenettverkene – pulje 2');
    for (const t of ['Åfjord', 'Øvre Eiker', 'Sørreisa', 'Sogndal', 'Rekruttering, frivillig sektor, folkehelse']) expect(two).toContain(t);
    expect(two).not.toContain('Gamvik');
  });

  it('without parameters: one slide per pulje, titled in the deck language (the shipped data: 8 + 2 networks)', async () => {
    for (const [lang, titles] of [
      ['nb', ['Nettverkene – pulje 1', 'Omdømmenettverkene – pulje 2']],
      ['nn', ['Nettverka – pulje 1', 'Omdømenettverka – pulje 2']],
      ['en', ['The networks – round 1', 'The reputation networks – round 2']],
    ] as const) {
      const { result, xml } = await buildWithLibrary('{{> nettverkskart}}', `title: Test\nlang: ${lang}\ntheme: krd`);
      expect(printed(result)).toBe('');
      expect(xml.slice(1).map((x) => shapes(x).find((s) => s.ph === 'title')?.text)).toEqual(titles);
    }
  });

  it('a pulje with more networks than one slide holds continues on the next, split between themes', async () => {
    const entry = (id: string, theme: string, i: number) => `${id}:\n  theme: ${theme}\n  pulje: 3\n  leader: Leder ${i}\n  municipalities: [Kommune ${i}a, Kommune ${i}b]\n`;
    const themes = ['omdomme', 'omdomme', 'omdomme', 'sykefravaer', 'sykefravaer', 'sykefravaer', 'kompetanse', 'kompetanse', 'kompetanse', 'heltid-deltid', 'heltid-deltid'];
    const { result, xml } = await buildWithLibrary('{{> nettverkskart}}', undefined, themes.map((t, i) => entry(`n-${i + 1}`, t, i + 1)).join(''));
    expect(printed(result)).toBe('');
    const titles = xml.slice(1).map((x) => shapes(x).find((s) => s.ph === 'title')?.text);
    expect(titles).toEqual(['Nettverkene – pulje 3', 'Nettverkene – pulje 3 (forts.)']);
    const all = xml.slice(1).map((x) => shapes(x).map((s) => s.text).join(' '));
    for (let i = 1; i <= 11; i++) expect(all.join(' ').match(new RegExp(`Kommune ${i}a`, 'g'))).toHaveLength(1);
    // whole themes on each slide: 3 + 3 | 3 + 2
    const count = (text: string, word: string) => text.match(new RegExp(word, 'g'))?.length ?? 0;
    expect(['OMDØMME', 'SYKEFRAVÆR', 'KOMPETANSE', 'HELTID/DELTID'].map((w) => [count(all[0]!, w), count(all[1]!, w)])).toEqual([[3, 0], [3, 0], [0, 3], [0, 2]]);
  });

  it('a slide problem inside the partial is reported in the partial and says where it was included', async () => {
    const { result } = await buildWithLibrary('{{> nettverkskart}}', undefined, 'tom:\n  theme: omdomme\n  pulje: 1\n  leader: Ingen\n  municipalities: []\n');
    expect(result.diagnostics.map((d) => [d.code, d.loc?.file.split('/').pop(), d.includedFrom?.file.split('/').pop(), d.includedFrom?.line])).toEqual([['network-map-no-municipalities', 'nettverkskart.md', 'deck.md', 11]]);
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
