import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staircase as component } from '../../src/components/staircase.js';
import { buildDeckFile } from '../../src/build.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { messages as printed, root, shapes, slides, unzip } from '../helpers.js';
import { geometryProblems } from './geometry.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix));
const steps = (s: PlacedSlide) => named(s, 'Trinn ');
const descriptions = (s: PlacedSlide) => named(s, 'Beskrivelse').map(textOf);

const quoteMd = '> «If you take care of the inside, the inside will take care of the outside»\n>\n> — Harald Burson';
const omdommetrappen = `<!-- layout: staircase -->\n\n# Hvordan styrke sitt omdømme? – Omdømmetrappen\n\n1. Kvalitet\n2. Strukturer/systemer/økonomi\n3. Intern profilering\n4. Ekstern profilering\n5. Tillit\n\n${quoteMd}`;
const bevissthet = [
  '1. **Interesse** – «Jeg vet at noe nytt er på gang»',
  '2. **Bevissthet** – «Jeg vet hva som er på gang»',
  '3. **Forståelse** – «Jeg vet hvilken innvirkning det nye kan ha på meg»',
  '4. **Engasjement** – «Jeg er interessert i å følge det nye» – «Jeg handler i forhold til det nye»',
  '5. **Aksept** – «Dette gjelder her hos oss»',
  '6. **Forpliktelse** – «Dette gjelder for meg»',
  '7. **Internalisering** – «Ny praksis er i ferd med å bli en del av organisasjonskulturen»',
];
const seed001 = `<!-- layout: staircase -->\n\n# Fra bevissthet til aksept og eierskap\n\n${bevissthet.join('\n')}\n\n*Bevissthet → aksept → eierskap*`;
const names8 = ['Bevissthet', 'Interesse', 'Forståelse', 'Engasjement', 'Aksept', 'Forpliktelse', 'Internalisering', 'Eierskap'];
/** Eight steps, each with two nested description lines of the seed's length, and the quote. */
const maximal = `<!-- layout: staircase -->\n\n# Åtte trinn\n\n${names8.map((n, i) => `${i + 1}. ${n}\n   - Jeg vet hvilken innvirkning det har\n   - og handler i forhold til det nye`).join('\n')}\n\n${quoteMd}`;
const staircase = (items: string[], extra = '') => `<!-- layout: staircase -->\n\n# Trapp\n\n${items.map((s, i) => `${i + 1}. ${s}`).join('\n')}${extra}`;

describe('staircase: reading the Markdown', () => {
  it('reads the ordered list as steps, bottom to top, rising left to right', () => {
    const { slides, problems } = layOut(omdommetrappen);
    expect(problems).toEqual([]);
    const blocks = steps(slides[0]!);
    expect(blocks.map(textOf)).toEqual(['Kvalitet', 'Strukturer/systemer/økonomi', 'Intern profilering', 'Ekstern profilering', 'Tillit']);
    for (let i = 1; i < blocks.length; i++) {
      expect(blocks[i]!.box.y).toBeLessThan(blocks[i - 1]!.box.y);
      expect(blocks[i]!.box.x).toBeGreaterThan(blocks[i - 1]!.box.x);
    }
  });

  it('sets every step name at one size, white on fills graded up to navy', () => {
    const blocks = steps(layOut(omdommetrappen).slides[0]!);
    expect(new Set(blocks.map((b) => b.style.size)).size).toBe(1);
    expect(new Set(blocks.map((b) => b.fill)).size).toBe(5);
    expect(blocks[4]!.fill).toBe('0B2F55');
    expect(blocks.every((b) => b.style.color === 'FFFFFF' && b.style.bold)).toBe(true);
  });

  it('sets the block quote beside the stairs, with its attribution', () => {
    const s = layOut(omdommetrappen).slides[0]!;
    expect(named(s, 'Sitat').map(textOf)).toEqual(['«If you take care of the inside, the inside will take care of the outside»']);
    expect(named(s, 'Kilde').map(textOf)).toEqual(['— Harald Burson']);
    const right = Math.max(...steps(s).map((b) => b.box.x + b.box.w));
    expect(named(s, 'Sitat')[0]!.box.x).toBeGreaterThan(right);
  });

  it('also takes the attribution after the closing mark on the same line, and adds «» when missing', () => {
    const s = layOut(omdommetrappen.replace(quoteMd, '> «If you take care of the inside, the inside will take care of the outside» — Harald Burson')).slides[0]!;
    expect(named(s, 'Kilde').map(textOf)).toEqual(['— Harald Burson']);
    const bare = layOut(omdommetrappen.replace(quoteMd, '> Omdømme bygges innenfra')).slides[0]!;
    expect(named(bare, 'Sitat').map(textOf)).toEqual(['«Omdømme bygges innenfra»']);
    expect(named(bare, 'Kilde')).toEqual([]);
  });

  it('reads descriptions after ` – `, two quoted sayings as two lines, and nested items', () => {
    const { slides, problems } = layOut(seed001);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(steps(s).map(textOf)).toEqual(['Interesse', 'Bevissthet', 'Forståelse', 'Engasjement', 'Aksept', 'Forpliktelse', 'Internalisering']);
    expect(descriptions(s)[0]).toBe('«Jeg vet at noe nytt er på gang»');
    expect(descriptions(s)[3]).toBe('«Jeg er interessert i å følge det nye» | «Jeg handler i forhold til det nye»');
    expect(named(s, 'Bildetekst').map(textOf)).toEqual(['Bevissthet → aksept → eierskap']);
    const nested = layOut(staircase(['Kvalitet\n   - utvikle gode tjenester\n   - den gode arbeidsplassen', 'Tillit — hos innbyggerne'])).slides[0]!;
    expect(descriptions(nested)).toEqual(['utvikle gode tjenester | den gode arbeidsplassen', 'hos innbyggerne']);
  });

  it('keeps a description beside its step, smaller than the names', () => {
    const s = layOut(seed001).slides[0]!;
    const blocks = steps(s);
    named(s, 'Beskrivelse').forEach((d, i) => {
      expect(d.box.y).toBeCloseTo(blocks[i]!.box.y, 5);
      expect(d.box.x).toBeGreaterThanOrEqual(blocks[i]!.box.x + blocks[i]!.box.w);
      expect(d.style.size).toBeLessThan(blocks[i]!.style.size);
    });
  });

  it('reports more than eight steps at the ninth', () => {
    const { problems, messages } = layOut(staircase([...names8, 'Stolthet']));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['staircase-count', line(13)]]);
    expect(problems[0]!.message).toBe('the staircase has 9 steps; it draws 2 to 8');
    expect(messages()).toMatchSnapshot();
  });

  it('reports a slide without a list, and a single step', () => {
    const none = layOut('<!-- layout: staircase -->\n\n# Trapp\n\nBare tekst');
    expect(none.problems.map((p) => [p.code, p.loc?.line])).toEqual([['staircase-steps', line(1)]]);
    expect(none.messages()).toMatchSnapshot();
    const one = layOut(staircase(['Kvalitet']));
    expect(one.problems.map((p) => [p.code, p.loc?.line, p.message])).toEqual([['staircase-count', line(5), 'the staircase has 1 step; it draws 2 to 8']]);
  });

  it('reports a description too long for its row at the step', () => {
    const long = 'Ny praksis er i ferd med å bli en del av organisasjonskulturen, og det merkes i hverdagen hos alle. '.repeat(3);
    const { problems, messages } = layOut(staircase([...names8.slice(0, 5), `Internalisering – ${long}`, 'Eierskap', 'Stolthet']));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(10)]]);
    expect(problems[0]!.message).toMatch(/^the description of step 6 «Internalisering» does not fit beside the stairs/);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a second list, an unknown direction, and warns about what it does not draw', () => {
    expect(layOut(`${staircase(['A', 'B'])}\n\nTekst\n\n- C`).problems.map((p) => [p.code, p.loc?.line])).toEqual([['staircase-lists', line(10)]]);
    const dir = layOut(omdommetrappen.replace('staircase -->', 'staircase\ndirection: down -->'));
    expect(dir.problems.map((p) => [p.code, p.loc?.line])).toEqual([['bad-option', line(2)]]);
    expect(dir.problems[0]!.expected ?? '').toContain('up');
    const img = layOut(`${staircase(['A', 'B'])}\n\n| a | b |\n|---|---|\n| 1 | 2 |`);
    expect(img.problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'staircase-ignored', line(8)]]);
  });
});

describe('staircase: geometry', () => {
  it('the example `samling components` prints lays out without a problem', () => {
    const { problems, geometry } = layOut(component.syntax);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it.each([
    ['small: two steps', staircase(['Plan', 'Praksis'])],
    ['two steps with a quote', staircase(['Plan', 'Praksis'], `\n\n${quoteMd}`)],
    ['typical: Omdømmetrappen with the quote', omdommetrappen],
    ['typical: seed 001, seven steps with descriptions and a caption', seed001],
    ['eight steps, names only', staircase(names8)],
    ['eight steps with long names', staircase(names8.map((n) => `${n}/organisasjonskultur`))],
    ['maximal: eight steps, two-line descriptions, the quote', maximal],
    ['maximal with a caption too', `${maximal}\n\n*Bevissthet → aksept → eierskap*`],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it('fits eight steps with two-line descriptions beside a quote at readable sizes', () => {
    const s = layOut(maximal).slides[0]!;
    expect(steps(s)).toHaveLength(8);
    expect(steps(s)[0]!.style.size).toBeGreaterThanOrEqual(14);
    expect(named(s, 'Beskrivelse')[7]!.style.size).toBeGreaterThanOrEqual(10);
    const quoteBox = s.elements.find((e) => e.kind === 'shape' && e.name === 'Sitatboks')!;
    expect(named(s, 'Beskrivelse').every((d) => d.box.x + d.box.w < quoteBox.box.x)).toBe(true);
  });
});

describe('staircase: in the .pptx', () => {
  it('writes step names, descriptions and the quote as editable text in the deck language', async () => {
    const result = await buildPptx(`${omdommetrappen}\n\n---\n\n${seed001}`, 'title: Test\nlang: nn');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!));
    const one = shapes(xml[1]!).map((s) => s.text);
    expect(one).toEqual(expect.arrayContaining(['Kvalitet', 'Strukturer/systemer/økonomi', 'Tillit', '— Harald Burson']));
    expect(one).toContain('«If you take care of the inside, the inside will take care of the outside»');
    expect(shapes(xml[1]!).find((s) => s.ph === 'title')?.text).toBe('Hvordan styrke sitt omdømme? – Omdømmetrappen');
    const two = shapes(xml[2]!).map((s) => s.text);
    expect(two).toEqual(expect.arrayContaining(['Internalisering', '«Ny praksis er i ferd med å bli en del av organisasjonskulturen»']));
    expect(xml[1]).toContain('lang="nn-NO"');
    expect(xml[1]).toContain('prst="rect"');
  });
});

describe('staircase: the library partial omdommetrappen', () => {
  /** A project of its own: the real partial, the real theme. */
  function project(lang: string, body: string) {
    const dir = mkdtempSync(join(tmpdir(), 'samling-trapp-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    symlinkSync(join(root, 'themes'), join(dir, 'themes'));
    mkdirSync(join(dir, '_library'));
    cpSync(join(root, 'decks', '_library', 'omdommetrappen.md'), join(dir, '_library', 'omdommetrappen.md'));
    const file = join(dir, 'deck.md');
    writeFileSync(file, `---\ntitle: Nettverk omdømme – andre samling\nlang: ${lang}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
    return buildDeckFile(file);
  }
  const placed = (r: Awaited<ReturnType<typeof buildDeckFile>>) => r.placed![1]!;
  const heading = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && e.placeholder === 'title').map(textOf);

  it('without parameters: the standard title, the five steps and the Burson quote', async () => {
    const r = await project('nb', '{{> omdommetrappen}}');
    expect(printed(r)).toBe('');
    expect(heading(placed(r))).toEqual(['Hvordan styrke sitt omdømme? – Omdømmetrappen']);
    expect(steps(placed(r)).map(textOf)).toEqual(['Kvalitet', 'Strukturer/systemer/økonomi', 'Intern profilering', 'Ekstern profilering', 'Tillit']);
    expect(named(placed(r), 'Kilde').map(textOf)).toEqual(['— Harald Burson']);
    expect(geometryProblems(placed(r), 13.333, 7.5, 6.9)).toEqual([]);
  });

  it('title="…" replaces the heading', async () => {
    const r = await project('nb', '{{> omdommetrappen title="Omdømmetrappen"}}');
    expect(printed(r)).toBe('');
    expect(heading(placed(r))).toEqual(['Omdømmetrappen']);
    expect(steps(placed(r))).toHaveLength(5);
  });

  it('title="…" replaces the heading also when it is the deck\'s own title', async () => {
    const r = await project('nb', '{{> omdommetrappen title="Nettverk omdømme – andre samling"}}');
    expect(printed(r)).toBe('');
    expect(heading(placed(r))).toEqual(['Nettverk omdømme – andre samling']);
  });

  it('in nynorsk and English', async () => {
    const nn = await project('nn', '{{> omdommetrappen}}');
    expect(heading(placed(nn))).toEqual(['Korleis styrkje omdømmet sitt? – Omdømmetrappa']);
    expect(steps(placed(nn)).map(textOf)[1]).toBe('Strukturar/system/økonomi');
    const en = await project('en', '{{> omdommetrappen title="Omdømmetrappen"}}');
    expect(heading(placed(en))).toEqual(['Omdømmetrappen']);
    expect(steps(placed(en)).map(textOf)).toEqual(['Quality', 'Structures/systems/finances', 'Internal profiling', 'External profiling', 'Trust']);
    expect(named(placed(en), 'Sitat').map(textOf)).toEqual(['“If you take care of the inside, the inside will take care of the outside”']);
  });
});
