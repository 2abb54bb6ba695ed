import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../../src/build.js';
import { qrPng } from '../../src/components/qr-png.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { messages as printed, root, shapes, slides, unzip } from '../helpers.js';
import { geometryProblems } from './geometry.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const questions = (s: PlacedSlide) => texts(s).filter((e) => e.name?.endsWith(' tekst')).map(textOf);
const dice = (s: PlacedSlide) => s.elements.filter((e) => e.kind === 'shape' && e.shape === 'roundRect');
const pips = (s: PlacedSlide) => s.elements.filter((e) => e.kind === 'shape' && e.shape === 'ellipse');
const numberBoxes = (s: PlacedSlide) => texts(s).filter((e) => e.shape === 'roundRect').map(textOf);
const lines = (s: PlacedSlide) => s.elements.filter((e) => e.kind === 'line');

const slide = (items: string[], directives = '') => `<!-- layout: evaluation${directives} -->\n\n# Helt til slutt …\n\n${items.map((q, i) => `${i + 1}. ${q}`).join('\n')}`;
const seed = slide(['Hva er det viktigste dere tar med dere hjem fra samlingen?', 'Hvor nyttig har samlingen vært for dere? På en skala fra 1-6 – hvilket terningkast?', 'Innspill til neste nettverkssamling?']);
const maximal = slide(
  [
    'Hva er det viktigste dere tar med dere hjem fra samlingen, og hva vil dere gjøre annerledes i egen kommune?',
    'Hvor nyttig har samlingen vært for dere? (1–6)',
    'Hvor godt fungerte café-dialogen om suksessfaktorer? (1–10)',
    'Hva fungerte godt, og hvorfor?\n   - Tenk både på innlegg, gruppearbeid og det sosiale',
    'Hva kunne vært bedre?',
    'Innspill til neste nettverkssamling?',
  ],
  '\nsurvey: https://nettskjema.no/a/omdomme-samling-2-evaluering',
);

describe('evaluation: reading the Markdown', () => {
  it('gives the seed\'s questions answer lines, and the terningkast in its own words six dice', () => {
    const { slides, problems } = layOut(seed);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(questions(s)).toEqual(['Hva er det viktigste dere tar med dere hjem fra samlingen?', 'Hvor nyttig har samlingen vært for dere? På en skala fra 1-6 – hvilket terningkast?', 'Innspill til neste nettverkssamling?']);
    expect(dice(s)).toHaveLength(6);
    expect(pips(s)).toHaveLength(1 + 2 + 3 + 4 + 5 + 6);
    expect(lines(s)).toHaveLength(4);
    // the scale is in the question's words: no caption
    expect(texts(s).map(textOf)).not.toContain('Terningkast 1–6');
    expect(texts(s).filter((e) => e.shape === 'ellipse').map(textOf)).toEqual(['1', '2', '3']);
  });

  it.each([
    ['(1–6)', 6],
    ['(1-6)', 6],
    ['[1–6]', 6],
    ['1–6', 6],
    ['(1–10)', 10],
    ['[1-10]', 10],
    ['1–10', 10],
  ])('reads the marker %s, and prints the question without it', (marker, n) => {
    const { slides, problems } = layOut(slide([`Hvor nyttig var det? ${marker}`]));
    expect(problems).toEqual([]);
    expect(questions(slides[0]!)).toEqual(['Hvor nyttig var det?']);
    if (n === 6) expect(dice(slides[0]!)).toHaveLength(6);
    else expect(numberBoxes(slides[0]!)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(texts(slides[0]!).map(textOf)).toContain(n === 6 ? 'Terningkast 1–6' : 'Skala 1–10');
  });

  it('reads the scale in the question\'s words, also in a nested item, in all three languages', () => {
    const nb = layOut(slide(['Hvor nyttig har samlingen vært?\n   - På en skala fra 1–10?']));
    expect(numberBoxes(nb.slides[0]!)).toHaveLength(10);
    const nn = layOut(slide(['Kor nyttig har samlinga vore for dykk? På ein skala frå 1–6 – kva terningkast?']), 'title: T\nlang: nn');
    expect(dice(nn.slides[0]!)).toHaveLength(6);
    const en = layOut(slide(['How useful was it? On a scale of 1 to 10?']), 'title: T\nlang: en');
    expect(numberBoxes(en.slides[0]!)).toHaveLength(10);
  });

  it('does not take a number range in the text for a scale when it is no scale of ours', () => {
    const { slides, problems } = layOut(slide(['Hva er de 1-3 viktigste tingene dere tar med hjem?']));
    expect(problems).toEqual([]);
    expect(lines(slides[0]!)).toHaveLength(2);
  });

  it('prints the caption in the deck language', () => {
    const { slides } = layOut(slide(['How useful was it? (1–6)']), 'title: T\nlang: en');
    expect(texts(slides[0]!).map(textOf)).toContain('Dice score 1–6');
  });

  it('takes the number of answer lines from `lines:`', () => {
    expect(lines(layOut(slide(['Innspill?'], '\nlines: 3')).slides[0]!)).toHaveLength(3);
    expect(lines(layOut(slide(['Innspill?'], '\nlines: 0')).slides[0]!)).toHaveLength(0);
  });

  it('reports a scale it does not draw at the question', () => {
    const { problems, messages } = layOut(slide(['Hva tar dere med hjem?', 'Hvor nyttig var det? (1–5)']));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-scale', line(6)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a seventh question at its line', () => {
    const { problems, messages } = layOut(slide(['A?', 'B?', 'C?', 'D?', 'E?', 'F?', 'G?']));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-questions', line(11)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a slide without questions', () => {
    const { problems } = layOut('<!-- layout: evaluation -->\n\n# Helt til slutt …\n\nTakk for nå!');
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-questions', line(1)]]);
  });

  it('warns about what it does not draw', () => {
    const { problems } = layOut(`${slide(['Innspill?'])}\n\nSvar på lappen.`);
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'evaluation-ignored', line(7)]]);
  });

  it('reports a survey address that is not a web address at the directive', () => {
    const { problems, messages } = layOut(slide(['Innspill?'], '\nsurvey: nettskjema.no/a/123'));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-survey', line(2)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('reports questions too long to fit at the longest one', () => {
    const long = 'Hva er det aller viktigste dere tar med dere hjem fra samlingen, og hvordan vil dere bruke det i arbeidet med omdømme i egen kommune? '.repeat(3);
    const { problems } = layOut(slide([long, long, long, long, 'Kort?', long]));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(5)]]);
  });
});

describe('evaluation: the survey QR code', () => {
  it('draws the address as a QR code, with «Skann for å svare» and the address under it', () => {
    const { slides, problems } = layOut(slide(['Innspill?'], '\nsurvey: https://nettskjema.no/a/123456'));
    expect(problems).toEqual([]);
    const image = slides[0]!.elements.find((e): e is Extract<Element, { kind: 'image' }> => e.kind === 'image')!;
    expect(image.box.w).toBeCloseTo(image.box.h);
    expect(texts(slides[0]!).map(textOf)).toEqual(expect.arrayContaining(['Skann for å svare', 'nettskjema.no/a/123456']));
    // the questions keep left of the code
    for (const t of texts(slides[0]!).filter((e) => e.name?.startsWith('Spørsmål'))) expect(t.box.x + t.box.w).toBeLessThan(image.box.x);
  });

  it('encodes a PNG whose pixels are the QR modules, quiet zone included', () => {
    const png = qrPng('https://nettskjema.no/a/123456', { dark: '0B2F55', light: 'FFFFFF' }, 2);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const modules = QRCode.create('https://nettskjema.no/a/123456', { errorCorrectionLevel: 'M' }).modules;
    const side = (modules.size + 8) * 2;
    expect(png.readUInt32BE(16)).toBe(side);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const pixel = (x: number, y: number) => raw[y * (side + 1) + 1 + x];
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) expect(pixel((c + 4) * 2, (r + 4) * 2)).toBe(modules.get(r, c) ? 1 : 0);
    expect(pixel(0, 0)).toBe(0);
    // the palette: light first, then dark
    const plte = png.indexOf('PLTE');
    expect(png.subarray(plte + 4, plte + 10).toString('hex')).toBe('ffffff0b2f55');
  });
});

describe('evaluation: geometry', () => {
  it.each([
    ['small: one question', slide(['Hvor nyttig har samlingen vært for dere? (1–6)'])],
    ['typical: the seed', seed],
    ['typical with a survey', `${seed.replace('evaluation -->', 'evaluation\nsurvey: https://nettskjema.no/a/123456 -->')}`],
    ['maximal: six questions, dice, a scale, details and a survey', maximal],
    ['maximal without a survey', maximal.replace(/\nsurvey: \S+/, '')],
    ['six free-text questions', slide(['Hva fungerte godt?', 'Hvorfor?', 'Hva kunne vært bedre?', 'Hva savnet dere?', 'Hvem bør vi invitere?', 'Innspill til neste samling?'])],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });
});

describe('evaluation: in the .pptx', () => {
  it('writes the questions as editable text, native dice and the QR code as a picture', async () => {
    const result = await buildPptx(maximal);
    expect(result.diagnostics).toEqual([]);
    const parts = await unzip(result.pptx!);
    const xml = slides(parts)[1]!;
    const all = shapes(xml).map((s) => s.text);
    expect(all).toEqual(expect.arrayContaining(['Hvor nyttig har samlingen vært for dere?', 'Hva kunne vært bedre?', 'Skann for å svare', 'nettskjema.no/a/omdomme-samling-2-evaluering']));
    // a nested item is a second paragraph of its question's text box
    expect(all).toContain('Hva fungerte godt, og hvorfor?Tenk både på innlegg, gruppearbeid og det sosiale');
    expect(xml).toMatch(/<a:t>Hva fungerte godt, og hvorfor\?<\/a:t><\/a:r><a:br\/>|<\/a:p><a:p>.*<a:t>Tenk både/);
    expect(xml.match(/prst="roundRect"/g)!.length).toBeGreaterThanOrEqual(6 + 10);
    expect(xml).toContain('<p:pic>');
    expect(xml).toContain('lang="nb-NO"');
  });

  it('prints the QR label in English in an English deck', async () => {
    const result = await buildPptx(slide(['Suggestions?'], '\nsurvey: https://example.org/s'), 'title: T\nlang: en');
    const all = shapes(slides(await unzip(result.pptx!))[1]!).map((s) => s.text);
    expect(all).toContain('Scan to answer');
  });
});

describe('evaluation: the library partial helt-til-slutt', () => {
  /** A project of its own: the real partial, the real theme. */
  function project(lang: string, body: string) {
    const dir = mkdtempSync(join(tmpdir(), 'samling-htsl-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    symlinkSync(join(root, 'themes'), join(dir, 'themes'));
    mkdirSync(join(dir, '_library'));
    cpSync(join(root, 'decks', '_library', 'helt-til-slutt.md'), join(dir, '_library', 'helt-til-slutt.md'));
    const file = join(dir, 'deck.md');
    writeFileSync(file, `---\ntitle: T\nlang: ${lang}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
    return buildDeckFile(file);
  }
  const placed = (r: Awaited<ReturnType<typeof buildDeckFile>>) => r.placed![1]!;

  it('without parameters: the seed\'s three questions with a terningkast', async () => {
    const r = await project('nb', '{{> helt-til-slutt}}');
    expect(printed(r)).toBe('');
    expect(questions(placed(r))).toEqual(['Hva er det viktigste dere tar med dere hjem fra samlingen?', 'Hvor nyttig har samlingen vært for dere? På en skala fra 1–6 – hvilket terningkast?', 'Innspill til neste nettverkssamling?']);
    expect(dice(placed(r))).toHaveLength(6);
    expect(placed(r).elements.some((e) => e.kind === 'image')).toBe(false);
  });

  it('scale=10 and survey: a scale 1–10 and the QR code', async () => {
    const r = await project('nb', '{{> helt-til-slutt scale=10 survey="https://nettskjema.no/a/123456"}}');
    expect(printed(r)).toBe('');
    expect(numberBoxes(placed(r))).toHaveLength(10);
    expect(placed(r).elements.some((e) => e.kind === 'image')).toBe(true);
    expect(geometryProblems(placed(r), 13.333, 7.5, 6.9)).toEqual([]);
  });

  it('in nynorsk and English', async () => {
    const nn = await project('nn', '{{> helt-til-slutt scale=6}}');
    expect(questions(placed(nn))[0]).toBe('Kva er det viktigaste de tek med dykk heim frå samlinga?');
    expect(dice(placed(nn))).toHaveLength(6);
    const en = await project('en', '{{> helt-til-slutt scale=10}}');
    expect(questions(placed(en))[1]).toBe('How useful has the gathering been for you? On a scale from 1–10?');
  });

  it('a scale it cannot draw is an error at the partial\'s line', async () => {
    const r = await project('nb', '{{> helt-til-slutt scale=7}}');
    // the bokmål question 2 of the partial
    const line = readFileSync(join(root, 'decks', '_library', 'helt-til-slutt.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('2. Hvor nyttig')) + 1;
    expect(r.diagnostics.map((d) => [d.code, d.loc?.file.endsWith('helt-til-slutt.md'), d.loc?.line])).toEqual([['evaluation-scale', true, line]]);
  });
});
