import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speaker as component } from '../../src/components/speaker.js';
import { buildDeckFile } from '../../src/build.js';
import { initials } from '../../src/components/speaker.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { root, shapes, slides, unzip } from '../helpers.js';
import { layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const named = (s: PlacedSlide, name: string) => texts(s).filter((e) => e.name === name);
const heading = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && e.placeholder === 'title').map(textOf);
const images = (s: PlacedSlide) => s.elements.filter((e): e is Extract<Element, { kind: 'image' }> => e.kind === 'image');

const hjertaas = '<!-- layout: speaker -->\n\n# Arbeidsgiverpolitikk for framtiden – hva bør vi forvente av lederne?\n\n## Anne-Cathrine Hjertaas\n\nDirektør i KS Arbeidsgiverpolitisk avdeling';
const stavemBio = ['Seniorrådgiver i KS Arbeidsgiverpolitikk', 'Prosessveileder', 'Født på Sortland og bor i Drammen', 'Jobbet i KS siden 1998', 'Erfaring fra både privat og offentlig sektor'];
const stavem = `<!-- layout: speaker -->\n\n## Seniorrådgiver Asbjørn L. Stavem\n\nKS Arbeidsgiverpolitikk\n\n${stavemBio.map((b) => `- ${b}`).join('\n')}`;
const longBio = [
  'Forsker i RO siden 2005, med omstilling, organisasjonsutvikling og partssamarbeid i kommunene som fagfelt',
  'Har fulgt en lang rekke kommuner gjennom omstillingsprosjekter, fra de minste til de største',
  'Leder prosjektplanverkstedene i programmet Saman om ein betre kommune',
  'Skriver og underviser om medvirkning, tillitsvalgtes rolle og endringsledelse',
  'Cand.polit. fra Universitetet i Oslo, med hovedfag i statsvitenskap',
  'Født og oppvokst i Trøndelag, bor i Oslo',
  'Erfaring fra både privat og offentlig sektor, blant annet som konsulent',
];
const holand = `<!-- layout: speaker -->\n\n# «På skinner eller trådt føre?» – Hvordan komme ett skritt videre?\n\n## Forsker Einar Holand\n\nRessurssenter for omstilling i kommunene (RO), avdeling for organisasjonsutvikling og omstilling\n\n![Einar Holand](assets/rapport-forside.png)\n\n${longBio.map((b) => `- ${b}`).join('\n')}`;
const two = '<!-- layout: speaker -->\n\n# Om identitet og omdømme\n\n## Sekretariatssjef Ingjerd Hovdenakk\n\nUnio\n\n- Leder sekretariatet i Unio\n\n## Rådgiver Eva M. Kvalvaag\n\nKS\n\n- Rådgiver i KS\n- Prosjektleder for omdømmeprosjektet';

describe('speaker: reading the Markdown', () => {
  it('reads `#` as the talk, `##` as the name, the first paragraph as the role', () => {
    const { slides, problems } = layOut(hjertaas);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(heading(s)).toEqual(['Arbeidsgiverpolitikk for framtiden – hva bør vi forvente av lederne?']);
    expect(named(s, 'Navn').map(textOf)).toEqual(['Anne-Cathrine Hjertaas']);
    expect(named(s, 'Rolle').map(textOf)).toEqual(['Direktør i KS Arbeidsgiverpolitisk avdeling']);
    expect(named(s, 'Rolle')[0]!.style.color).toBe('476176');
    expect(named(s, 'Navn')[0]!.style.size).toBeGreaterThan(named(s, 'Rolle')[0]!.style.size);
  });

  it('reads the list as bio bullets under the role, without a title when there is no `#`', () => {
    const { slides, problems } = layOut(stavem);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(heading(s)).toEqual([]);
    const bio = named(s, 'Om')[0]!;
    expect(bio.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(stavemBio);
    expect(bio.paragraphs.every((p) => p.bullet === 'bullet')).toBe(true);
    expect(bio.box.y).toBeGreaterThan(named(s, 'Rolle')[0]!.box.y);
  });

  it('without a photo: a neutral circle with the initials, left of the name', () => {
    const s = layOut(stavem).slides[0]!;
    const circle = named(s, 'Initialer')[0]!;
    expect(textOf(circle)).toBe('AS');
    expect(circle.shape).toBe('ellipse');
    expect(circle.fill).toBe('E8EEF4');
    expect(circle.style.color).toBe('0B2F55');
    expect(circle.box.x + circle.box.w).toBeLessThan(named(s, 'Navn')[0]!.box.x);
  });

  it('takes initials from the first and last name, leaving out titles and middle initials', () => {
    expect(initials('Forsker Einar Holand')).toBe('EH');
    expect(initials('Seniorrådgiver Asbjørn L. Stavem')).toBe('AS');
    expect(initials('Anne-Cathrine Hjertaas')).toBe('AH');
    expect(initials('Rådgiver Eva M. Kvalvaag')).toBe('EK');
    expect(initials('Kari')).toBe('K');
    expect(initials('Ola Nordmann, KS')).toBe('ON');
  });

  it('with an image: the photo in place of the circle, scaled to fit, never cropped', () => {
    const { slides, problems } = layOut(holand);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(named(s, 'Initialer')).toEqual([]);
    const [photo] = images(s);
    expect(photo!.alt).toBe('Einar Holand');
    expect(photo!.box.w / photo!.box.h).toBeCloseTo(900 / 1200, 3);
    expect(photo!.box.x + photo!.box.w).toBeLessThan(named(s, 'Navn')[0]!.box.x);
  });

  it('puts several speakers side by side at the same sizes', () => {
    const { slides, problems } = layOut(two);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    const names = named(s, 'Navn');
    expect(names.map(textOf)).toEqual(['Sekretariatssjef Ingjerd Hovdenakk', 'Rådgiver Eva M. Kvalvaag']);
    expect(names[1]!.box.x).toBeGreaterThan(names[0]!.box.x + names[0]!.box.w);
    expect(new Set(names.map((n) => n.style.size)).size).toBe(1);
    expect(new Set(named(s, 'Om').map((n) => n.style.size)).size).toBe(1);
    expect(named(s, 'Initialer').map(textOf)).toEqual(['IH', 'EK']);
  });

  it('reports a slide without a `##` name at the slide', () => {
    const { problems, messages } = layOut('<!-- layout: speaker -->\n\n# Asbjørn L. Stavem\n\nKS Arbeidsgiverpolitikk');
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([
      ['warning', 'speaker-ignored', line(5)],
      ['error', 'speaker-name', line(1)],
    ]);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a fourth speaker at its name, and a missing photo at the image line', () => {
    const four = layOut(`<!-- layout: speaker -->\n\n${['A B', 'C D', 'E F', 'G H'].map((n) => `## ${n}\n\nRolle`).join('\n\n')}`);
    expect(four.problems.map((p) => [p.code, p.loc?.line])).toEqual([['speaker-count', line(15)]]);
    expect(four.messages()).toMatchSnapshot();
    const missing = layOut('<!-- layout: speaker -->\n\n## Kari Nordmann\n\nRolle\n\n![Kari](assets/finnes-ikke.png)');
    expect(missing.problems.map((p) => [p.code, p.loc?.line])).toEqual([['bad-image', line(7)]]);
  });

  it('reports a bio too long to fit at the list', () => {
    const { problems } = layOut(`${holand}\n${longBio.map((b) => `- ${b}`).join('\n')}\n${longBio.map((b) => `- ${b}`).join('\n')}`);
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(11)]]);
    expect(problems[0]!.message).toMatch(/^the bio of Forsker Einar Holand does not fit/);
  });
});

describe('speaker: geometry', () => {
  it('the example `samling components` prints lays out without a problem', () => {
    const { problems, geometry } = layOut(component.syntax);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it.each([
    ['small: name and role, no title', '<!-- layout: speaker -->\n\n## Forsker Einar Holand\n\nRessurssenter for omstilling i kommunene'],
    ['a name only', '<!-- layout: speaker -->\n\n## Kari'],
    ['typical: the seed talk', hjertaas],
    ['typical: the seed bio', stavem],
    ['two speakers', two],
    ['three speakers with bios', `<!-- layout: speaker -->\n\n# Panel\n\n${['Ingjerd Hovdenakk', 'Eva M. Kvalvaag', 'Einar Holand'].map((n) => `## ${n}\n\nRådgiver, KS\n\n${stavemBio.slice(0, 3).map((b) => `- ${b}`).join('\n')}`).join('\n\n')}`],
    ['maximal: long role, photo and seven long bio points', holand],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(geometry).toEqual([]);
  });
});

describe('speaker: in the .pptx', () => {
  it('writes the name, role, bio and initials as editable text in the deck language', async () => {
    // a project of its own, with the photo in its assets/
    const dir = mkdtempSync(join(tmpdir(), 'samling-speaker-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    symlinkSync(join(root, 'themes'), join(dir, 'themes'));
    mkdirSync(join(dir, 'assets'));
    cpSync(join(root, 'assets', 'rapport-forside.png'), join(dir, 'assets', 'rapport-forside.png'));
    writeFileSync(join(dir, 'deck.md'), `---\ntitle: Test\nlang: en\n---\n\n<!-- layout: title -->\n\n---\n\n${stavem}\n\n---\n\n${holand}\n`);
    const result = await buildDeckFile(join(dir, 'deck.md'));
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!));
    const one = shapes(xml[1]!).map((s) => s.text);
    expect(one).toEqual(expect.arrayContaining(['AS', 'Seniorrådgiver Asbjørn L. Stavem', 'KS Arbeidsgiverpolitikk']));
    expect(one.join('\n')).toContain('Født på Sortland og bor i Drammen');
    expect(xml[1]).toContain('prst="ellipse"');
    expect(xml[1]).toContain('lang="en-');
    expect(xml[2]).toContain('<p:pic>');
    expect(xml[2]).toContain('descr="Einar Holand"');
  });
});
