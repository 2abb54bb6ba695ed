import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { fixture, shapes, slides, unzip } from '../helpers.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
const texts = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const textOf = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ');
const named = (s: PlacedSlide, prefix: string) => texts(s).filter((e) => e.name?.startsWith(prefix));
const dots = (s: PlacedSlide) => s.elements.filter((e): e is Extract<Element, { kind: 'shape' }> => e.kind === 'shape' && !!e.name?.startsWith('Milepæl'));
const centre = (b: { x: number; w: number }) => b.x + b.w / 2;

/** The fixture's slides: small, typical (seed 000 and seed 003) and maximal (8 milestones with details and a row). */
const [small, seed000, seed003, maximal] = readFileSync(fixture('components', 'timeline.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n---\n/).map((s) => s.trim()) as [string, string, string, string];

const timeline = (body: string, directives = '') => `<!-- layout: timeline${directives} -->\n\n# Tidslinje\n\n${body}`;

describe('timeline: reading the Markdown', () => {
  it('splits `when: what` at the first colon: when above the arrow, what below, in order', () => {
    const { slides, problems } = layOut(seed000);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(named(s, 'Når').map(textOf)).toEqual(['29.–30. januar 2013', 'Mars 2013', '1.–2. oktober 2013', 'April/mai 2014']);
    expect(named(s, 'Hva').map(textOf)).toEqual(['Oppstartsamling', 'Temadager', '2. samling', '3. samling']);
    const arrow = s.elements.find((e) => e.kind === 'shape' && e.shape === 'rightArrow')!;
    expect(dots(s).map((d) => d.box.y + d.box.h / 2).every((y) => Math.abs(y - (arrow.box.y + arrow.box.h / 2)) < 1e-9)).toBe(true);
    expect(named(s, 'Når').every((w) => w.box.y + w.box.h <= arrow.box.y)).toBe(true);
    expect(named(s, 'Hva').every((w) => w.box.y >= arrow.box.y + arrow.box.h)).toBe(true);
    const xs = dots(s).map((d) => centre(d.box));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('reads `**when**:` in bold and a colon inside the what', () => {
    const { slides } = layOut(timeline('- **Mars 2013**: Temadager: informasjon og spredning\n- April 2014: 3. samling'));
    expect(named(slides[0]!, 'Når').map(textOf)).toEqual(['Mars 2013', 'April 2014']);
    expect(named(slides[0]!, 'Hva').map(textOf)[0]).toBe('Temadager: informasjon og spredning');
  });

  it('highlights the current milestone in the accent colour, by `current: N` or by `(nå)`, `(no)`, `(now)`', () => {
    for (const md of [seed000, timeline('- A: en\n- B: to\n- C: tre (nå)'), timeline('- A: en\n- B: to\n- C: tre (now)'), timeline('- A: en\n- B: to\n- C: tre (no)')]) {
      const s = layOut(md).slides[0]!;
      const current = dots(s).findIndex((d) => d.fill === 'E08A1E');
      expect(current).toBe(2);
      expect(named(s, 'Når 3')[0]).toMatchObject({ fill: 'E08A1E', shape: 'roundRect' });
      expect(named(s, 'Hva').map(textOf)).not.toContain('tre (nå)');
    }
  });

  it('puts nested items under their milestone as details, smaller and muted', () => {
    const what = named(layOut(timeline('- Januar 2013: Oppstartsamling\n  - Gardermoen\n- Mars 2013: Temadager')).slides[0]!, 'Hva')[0]!;
    expect(what.paragraphs.map((p) => p.runs[0]!.text)).toEqual(['Oppstartsamling', 'Gardermoen']);
    expect(what.paragraphs[1]!.size).toBeLessThan(what.paragraphs[0]!.size!);
    expect(what.paragraphs[1]!.color).toBe('476176');
  });

  it('joins items in a row with the same `when` into one milestone, and draws the `### Rapportering` row under the milestones', () => {
    const { slides, problems } = layOut(seed003);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(named(s, 'Når').map(textOf)).toEqual(['Vår 2013', 'Høst 2013', 'Vår 2014']);
    expect(named(s, 'Hva').map(textOf)).toEqual(['1. nettverkssamling | Temadag i kommunen', '2. nettverkssamling', 'Prosjektledersamling (kun prosjektleder) | 3. nettverkssamling']);
    expect(named(s, 'Rad 1').map(textOf)).toEqual(['Rapportering', 'Oppstartsrapportering', 'Årsrapportering (årlig)', 'Økonomirapportering']);
    const boxes = named(s, 'Rad 1 –');
    dots(s).forEach((d, i) => expect(centre(boxes[i]!.box)).toBeCloseTo(centre(d.box), 6));
    expect(boxes.every((b) => b.box.y > dots(s)[0]!.box.y)).toBe(true);
  });

  it('spreads a row evenly when its count differs from the milestones; a trailing paragraph is a row of one box', () => {
    const s = layOut(timeline('- A: en\n- B: to\n- C: tre\n\n### Rapportering\n\n- Oppstart\n- Årlig\n\nHusk fristene')).slides[0]!;
    expect(named(s, 'Rad 1 –').map(textOf)).toEqual(['Oppstart', 'Årlig']);
    expect(named(s, 'Rad 2').map(textOf)).toEqual(['Husk fristene']);
    expect(named(s, 'Rad 2')[0]!.box.w).toBeCloseTo(12.133, 6);
    const row = layOut(timeline('- A: en\n- B: to\n- C: tre\n\n### Rapportering\n\n- Oppstart\n- Årlig')).slides[0]!;
    const two = named(row, 'Rad 1 –');
    expect(two[0]!.box.x).toBeCloseTo(0.6, 6);
    expect(two[1]!.box.x + two[1]!.box.w).toBeCloseTo(0.6 + 12.133, 6);
  });

  it('alternates above and below the arrow when the milestones do not fit side by side', () => {
    const s = layOut(maximal).slides[0]!;
    const arrow = s.elements.find((e) => e.kind === 'shape' && e.shape === 'rightArrow')!;
    const side = named(s, 'Hva').map((w) => (w.box.y < arrow.box.y ? 'above' : 'below'));
    expect(side).toEqual(['above', 'below', 'above', 'below', 'above', 'below', 'above', 'below']);
    expect(named(s, 'Når 1')[0]!.style.size).toBeGreaterThanOrEqual(14);
  });

  it('reports an item without a colon at its line, with the expected form', () => {
    const { problems, messages } = layOut(timeline('- Mars 2013: Temadager\n- Oktober 2013 andre samling\n- April 2014: 3. samling'));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-item', line(6)]]);
    expect(problems[0]!.expected).toBe('`- when: what`, like `- Mars 2013: Temadager`');
    expect(messages()).toMatchSnapshot();
  });

  it('reports a ninth milestone, naming the limit', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `- ${2010 + i}: Samling ${i + 1}`).join('\n');
    const { problems, messages, slides } = layOut(timeline(nine));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-milestones', line(13)]]);
    expect(problems[0]!.message).toBe('a timeline holds 2 to 8 milestones; this is milestone 9');
    expect(dots(slides[0]!)).toHaveLength(8);
    expect(messages()).toMatchSnapshot();
  });

  it('reports a single milestone, `current:` beyond the end, two `(nå)`, and text before the list', () => {
    expect(layOut(timeline('- Mars 2013: Temadager')).problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-milestones', line(5)]]);
    expect(layOut(timeline('- A: en\n- B: to', '\ncurrent: 3')).problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-current', line(2)]]);
    expect(layOut(timeline('- A: en (nå)\n- B: to (nå)')).problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-current', line(6)]]);
    expect(layOut(timeline('Innledning\n\n- A: en\n- B: to')).problems.map((p) => [p.code, p.loc?.line])).toEqual([['timeline-block', line(5)]]);
    expect(layOut(timeline('- A: en\n- B: to', '\ncurrent: 9')).problems.map((p) => p.code)).toEqual(['bad-option']);
  });

  it('reports milestones too long to fit at the longest one', () => {
    const long = Array.from({ length: 8 }, (_, i) => `- Høst ${2013 + i}: ${'Nettverkssamling med erfaringsdeling og gruppearbeid '.repeat(i === 5 ? 12 : 1)}`).join('\n');
    const { problems } = layOut(timeline(long));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['component-overflow', line(10)]]);
    expect(problems[0]!.message).toMatch(/^the milestone «Høst 2018» does not fit beside the others at 14 pt/);
  });
});

describe('timeline: geometry', () => {
  it.each([
    ['small (2 milestones)', small],
    ['typical (seed 000: 4 milestones, one current)', seed000],
    ['typical (seed 003: 3 milestones of two items, a row of reports)', seed003],
    ['maximal: 8 milestones with details and a row of 3', maximal],
    ['8 short milestones side by side with a row of 8', timeline(`${Array.from({ length: 8 }, (_, i) => `- ${2013 + i}: Samling ${i + 1}`).join('\n')}\n\n### Rapportering\n\n${Array.from({ length: 8 }, (_, i) => `- Rapport ${i + 1}`).join('\n')}`)],
    ['two rows under the arrow', timeline('- Vår 2013: Oppstart\n- Høst 2013: Midtveis\n- Vår 2014: Avslutning\n\n### Rapportering\n\n- Oppstart\n- Årlig\n- Økonomi\n\n### Kunnskapsstatus\n\n- FAFO\n- Agenda Kaupang')],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(md);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });
});

describe('timeline: in the .pptx', () => {
  it('writes the milestones as editable text on native shapes, in the deck language', async () => {
    const result = await buildPptx(seed003, 'title: Test\nlang: en');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!))[1]!;
    const all = shapes(xml).map((s) => s.text);
    expect(all).toEqual(expect.arrayContaining(['Vår 2013', 'Høst 2013', 'Vår 2014', '2. nettverkssamling', 'Rapportering', 'Oppstartsrapportering', 'Økonomirapportering']));
    expect(all).toContain('1. nettverkssamlingTemadag i kommunen');
    expect(xml).toContain('prst="rightArrow"');
    expect(xml).toContain('prst="ellipse"');
    expect(xml).toContain('lang="en-');
  });
});
