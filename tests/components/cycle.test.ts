import { describe, expect, it } from 'vitest';
import { cycle as component } from '../../src/components/cycle.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { shapes, slides, unzip } from '../helpers.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
type Shape = Extract<Element, { kind: 'shape' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix));
const items = (s: PlacedSlide) => named(s, 'Steg ');
const arrows = (s: PlacedSlide) => s.elements.filter((e): e is Shape => e.kind === 'shape' && e.shape === 'rightArrow');
const centre = (e: Element) => ({ x: e.box.x + e.box.w / 2, y: e.box.y + e.box.h / 2 });

const cycleMd = (list: string[], extra = '', directives = '') => `<!-- layout: cycle${directives} -->\n\n# Erfaringer – refleksjon alle veier\n\n${list.map((s) => `- ${s}`).join('\n')}${extra}`;
const seed001 = cycleMd(['Refleksjon', 'Læring', 'Utvikling', 'Nye mål'], '\n\n*De gode historiene*');
const seed000 = `<!-- layout: cycle\ncycle: false -->\n\n# Forventninger\n\n- Utvikle lokale tiltak\n- Opparbeide kunnskap\n- Sikre erfaringsoverføring`;
const eight = ['Kartlegge dagens situasjon', 'Sette mål for arbeidet', 'Forankre i ledelsen', 'Involvere de ansatte', 'Prøve ut nye tiltak', 'Måle resultatene', 'Dele erfaringene', 'Justere kursen'];

describe('cycle: reading the Markdown', () => {
  it('puts the items clockwise on a ring from the top, an arrow from each to the next and from the last to the first', () => {
    const { slides, problems } = layOut(seed001);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(items(s).map(textOf)).toEqual(['Refleksjon', 'Læring', 'Utvikling', 'Nye mål']);
    const [top, right, bottom, left] = items(s).map(centre);
    expect(top!.y).toBeLessThan(right!.y);
    expect(right!.x).toBeGreaterThan(bottom!.x);
    expect(bottom!.y).toBeGreaterThan(left!.y);
    expect(left!.x).toBeLessThan(top!.x);
    expect(arrows(s)).toHaveLength(4);
    // the arrow from «Nye mål» (left) back to «Refleksjon» (top) points up and right
    expect(arrows(s)[3]!.rotate).toBeLessThan(0);
    expect(arrows(s)[3]!.rotate).toBeGreaterThan(-90);
  });

  it('sets the paragraph in the middle of the ring when it fits', () => {
    const s = layOut(seed001).slides[0]!;
    const middle = named(s, 'Midten');
    expect(middle.map(textOf)).toEqual(['De gode historiene']);
    const [top, , bottom] = items(s);
    expect(centre(middle[0]!).y).toBeGreaterThan(top!.box.y + top!.box.h);
    expect(centre(middle[0]!).y).toBeLessThan(bottom!.box.y);
  });

  it('puts a paragraph too long for the middle under the ring, and reports one too long for both', () => {
    const long = 'Hele sirkelen tar omtrent ett år, og vi starter på nytt med de nye erfaringene fra alle kommunene i nettverket. '.repeat(2);
    const s = layOut(cycleMd(['Refleksjon', 'Læring', 'Utvikling', 'Nye mål'], `\n\n${long}`)).slides[0]!;
    expect(named(s, 'Midten')).toEqual([]);
    const caption = named(s, 'Bildetekst')[0]!;
    expect(caption.box.y).toBeGreaterThanOrEqual(Math.max(...items(s).map((b) => b.box.y + b.box.h)));
    const { problems } = layOut(cycleMd(eight, `\n\n${long.repeat(8)}`));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(14)]]);
  });

  it('sets all items at one size, nested items as smaller lines in the same box', () => {
    const s = layOut(cycleMd(['Refleksjon', 'Læring\n  - i nettverket', 'Utvikling'])).slides[0]!;
    expect(new Set(items(s).map((b) => b.style.size)).size).toBe(1);
    expect(textOf(items(s)[1]!)).toBe('Læring | i nettverket');
    expect(items(s)[1]!.paragraphs[1]!.size).toBeLessThan(items(s)[1]!.paragraphs[0]!.size!);
  });

  it('`cycle: false`: a row of circles left to right, arrows between, none back', () => {
    const { slides, problems } = layOut(`${seed000}\n\nForventer resultater`);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    const circles = items(s);
    expect(circles.map(textOf)).toEqual(['Utvikle lokale tiltak', 'Opparbeide kunnskap', 'Sikre erfaringsoverføring']);
    expect(circles.every((c) => c.shape === 'ellipse' && Math.abs(c.box.w - c.box.h) < 1e-9)).toBe(true);
    expect(circles.map((c) => c.box.y)).toEqual([circles[0]!.box.y, circles[0]!.box.y, circles[0]!.box.y]);
    expect(arrows(s)).toHaveLength(2);
    expect(arrows(s).every((a) => a.rotate === 0)).toBe(true);
    expect(named(s, 'Bildetekst').map(textOf)).toEqual(['Forventer resultater']);
  });

  it('reports too few and too many items at the list and at the ninth item', () => {
    const few = layOut(cycleMd(['Refleksjon', 'Læring']));
    expect(few.problems.map((p) => [p.code, p.loc?.line, p.message])).toEqual([['cycle-count', line(5), 'the cycle has 2 items; it draws 3 to 8']]);
    expect(few.messages()).toMatchSnapshot();
    const many = layOut(cycleMd([...eight, 'Feire']));
    expect(many.problems.map((p) => [p.code, p.loc?.line])).toEqual([['cycle-count', line(13)]]);
    expect(layOut(cycleMd(['A', 'B'], '', '\ncycle: false')).problems).toEqual([]);
  });

  it('reports a slide without a list, a second list and a `cycle:` that is not true/false', () => {
    const none = layOut('<!-- layout: cycle -->\n\n# Syklus\n\nBare tekst');
    expect(none.problems.map((p) => [p.code, p.loc?.line])).toEqual([['cycle-items', line(1)]]);
    expect(none.messages()).toMatchSnapshot();
    expect(layOut(`${seed001}\n\n- Enda en`).problems.map((p) => [p.code, p.loc?.line])).toEqual([['cycle-lists', line(12)]]);
    expect(layOut(cycleMd(['A', 'B', 'C'], '', '\ncycle: nei')).problems.map((p) => [p.code, p.loc?.line])).toEqual([['bad-option', line(2)]]);
  });

  it('reports items too long for the row at the longest item', () => {
    const { problems, messages } = layOut(`<!-- layout: cycle\ncycle: false -->\n\n# Rad\n\n${eight.map((s, i) => `- ${i === 4 ? 'Prøve ut nye organisasjonsutviklingstiltak' : s}`).join('\n')}`);
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(10)]]);
    expect(messages()).toMatchSnapshot();
  });
});

describe('cycle: geometry', () => {
  it('the example `samling components` prints lays out without a problem', () => {
    const { problems, geometry } = layOut(component.syntax);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it.each([
    ['small: three items', cycleMd(['Planlegge', 'Gjennomføre', 'Evaluere'])],
    ['three items with a centre word', cycleMd(['Planlegge', 'Gjennomføre', 'Evaluere'], '\n\nLæring')],
    ['typical: seed 001', seed001],
    ['five and six items', cycleMd(eight.slice(0, 5))],
    ['six items with a centre text', cycleMd(eight.slice(0, 6), '\n\nDe gode historiene')],
    ['maximal: eight items, a nested line and a centre sentence', cycleMd(eight.map((s, i) => (i === 7 ? `${s}\n  - før neste runde` : s)), '\n\nHele sirkelen tar omtrent ett år, og vi starter på nytt med de nye erfaringene.')],
    ['maximal: eight items and a long caption', cycleMd(eight, `\n\n${'Hele sirkelen tar omtrent ett år, og vi starter på nytt. '.repeat(4)}`)],
    ['row, typical: seed 000', seed000],
    ['row, small: two', cycleMd(['Før', 'Etter'], '', '\ncycle: false')],
    ['row, maximal: eight with a caption', cycleMd(['Kartlegge', 'Sette mål', 'Forankre', 'Involvere', 'Prøve ut', 'Måle', 'Dele', 'Justere'], '\n\nForventer resultater – følger kommunene gjennom rapportering og nettverksarbeid', '\ncycle: false')],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it('leaves room for an arrow between every two neighbours', () => {
    const s = layOut(cycleMd(eight)).slides[0]!;
    expect(arrows(s)).toHaveLength(8);
    expect(arrows(s).every((a) => a.box.w >= 0.3)).toBe(true);
  });
});

describe('cycle: in the .pptx', () => {
  it('writes the items and the centre text as editable text in the deck language', async () => {
    const result = await buildPptx(`${seed001}\n\n---\n\n${seed000}`, 'title: Test\nlang: en');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!));
    expect(shapes(xml[1]!).map((s) => s.text)).toEqual(expect.arrayContaining(['Refleksjon', 'Læring', 'Utvikling', 'Nye mål', 'De gode historiene']));
    expect(shapes(xml[2]!).map((s) => s.text)).toEqual(expect.arrayContaining(['Utvikle lokale tiltak', 'Opparbeide kunnskap', 'Sikre erfaringsoverføring']));
    expect(xml[1]).toContain('prst="roundRect"');
    expect(xml[1]).toContain('prst="rightArrow"');
    expect(xml[2]).toContain('prst="ellipse"');
    expect(xml[1]).toContain('lang="en-');
  });
});
