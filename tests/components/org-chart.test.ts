import { describe, expect, it } from 'vitest';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { shapes, slides, unzip } from '../helpers.js';
import { orgChart } from '../../src/components/org-chart.js';
import { buildPptx, layOut } from './harness.js';

// the body starts at line 10 of the file layOut writes (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
type Line = Extract<Element, { kind: 'line' }>;
const boxes = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && !e.placeholder);
const lines = (s: PlacedSlide) => s.elements.filter((e): e is Line => e.kind === 'line');
const box = (s: PlacedSlide, name: string) => boxes(s).find((e) => e.name === name)!;
const parts = (e: Text) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const cx = (e: Text) => e.box.x + e.box.w / 2;
const chart = (list: string) => `<!-- layout: org-chart -->\n\n# Organisering\n\n${list}`;

const seed = `- **Kommunalminister** — Liv Signe Navarsete
  - **Programråd** — KRD, KS, LO K, Unio, YS K, Akad.
  - **Sekretariatet** — KRD kommunalavdelingen
    - **Nettverksledere** — KS
      - **Prosjektledere** — Kommunene
      - **Ressursgruppe** — Hovedsammenslutningene
      - **Kompetansemiljø**
  - **Adm. styringsgruppe** — KRD, KS, LO K, Unio, YS K, Akad.`;

/** 4 levels, 8 boxes in the widest, one leaf beside a deep subtree: the largest chart promised. */
const maximal = `- **Kommunalminister** — Liv Signe Navarsete
  - **Sekretariatet** — KRD kommunalavdelingen
    - **Omdømme** — Asbjørn Stavem
      - **Gamvik**
      - **Ørland**
      - **Meland**
    - **Sykefravær** — Geir Johan Hansen
      - **Vefsn**
      - **Steinkjer**
    - **Kompetanse** — Marit Tovsen
      - **Luster**
      - **Gloppen**
      - **Dyrøy**
  - **Programråd** — KRD, KS, LO K, Unio, YS K, Akademikerne`;

describe('org-chart: reading the list', () => {
  it('reads a subtitle after ` — ` or ` – `, on a line of its own (bold name), after a hard break, or in a paragraph of its own', () => {
    const md = chart(['- **Minister** — Liv Signe Navarsete', '  - **Råd** – KRD, KS', '  - **Sekretariatet**', '    KRD kommunalavdelingen', '  - Styringsgruppe\\', '    KRD og KS', '  - Nettverksledere', '', '    KS'].join('\n'));
    const { slides, problems } = layOut(md);
    expect(problems).toEqual([]);
    expect(boxes(slides[0]!).map(parts)).toEqual([
      ['Minister', 'Liv Signe Navarsete'],
      ['Råd', 'KRD, KS'],
      ['Sekretariatet', 'KRD kommunalavdelingen'],
      ['Styringsgruppe', 'KRD og KS'],
      ['Nettverksledere', 'KS'],
    ]);
    // the name bold, the subtitle smaller
    const minister = box(slides[0]!, 'Minister').paragraphs;
    expect(minister[0]!.bold).toBe(true);
    expect(minister[1]!.size!).toBeLessThan(minister[0]!.size!);
  });

  it('a box without a subtitle is just its name (hyphenated names stay whole)', () => {
    const { slides } = layOut(chart('- Nord-Aurdal kommune\n  - Kommune-ledelsen'));
    expect(boxes(slides[0]!).map(parts)).toEqual([['Nord-Aurdal kommune'], ['Kommune-ledelsen']]);
  });

  it('draws levels top-down, children centred under their parent, one text size per level', () => {
    const { slides, problems } = layOut(chart(seed));
    expect(problems).toEqual([]);
    const s = slides[0]!;
    const [minister, sekretariat, nettverk, prosjekt, ressurs, kompetanse] = ['Kommunalminister', 'Sekretariatet', 'Nettverksledere', 'Prosjektledere', 'Ressursgruppe', 'Kompetansemiljø'].map((n) => box(s, n));
    expect(minister!.box.y).toBeLessThan(sekretariat!.box.y);
    expect(sekretariat!.box.y).toBeLessThan(nettverk!.box.y);
    expect(nettverk!.box.y).toBeLessThan(prosjekt!.box.y);
    expect(cx(nettverk!)).toBeCloseTo((cx(prosjekt!) + cx(kompetanse!)) / 2, 5);
    expect(cx(ressurs!)).toBeCloseTo(cx(nettverk!), 5);
    expect(cx(minister!)).toBeCloseTo(cx(sekretariat!), 5);
    const level2 = ['Programråd', 'Sekretariatet', 'Adm. styringsgruppe'].map((n) => box(s, n));
    expect(new Set(level2.map((b) => b.style.size)).size).toBe(1);
    expect(new Set(level2.map((b) => b.box.y)).size).toBe(1);
    expect(new Set(level2.map((b) => b.box.h)).size).toBe(1);
  });

  it('the top level is navy with light text, lower levels mist with navy text', () => {
    const s = layOut(chart(seed)).slides[0]!;
    expect([box(s, 'Kommunalminister').fill, box(s, 'Kommunalminister').style.color]).toEqual(['0B2F55', 'FFFFFF']);
    expect([box(s, 'Prosjektledere').fill, box(s, 'Prosjektledere').style.color]).toEqual(['E8EEF4', '0B2F55']);
  });

  it('joins parent and children with orthogonal connectors: down, across, down', () => {
    const s = layOut(chart('- **Leder**\n  - **A**\n  - **B**\n  - **C**\n- **Alene**')).slides[0]!;
    const l = lines(s);
    expect(l).toHaveLength(1 + 1 + 3);
    for (const e of l) expect(e.box.w === 0 || e.box.h === 0).toBe(true);
    const leder = box(s, 'Leder');
    const [a, c] = [box(s, 'A'), box(s, 'C')];
    const down = l.find((e) => e.box.w === 0 && Math.abs(e.box.x - cx(leder)) < 1e-6 && Math.abs(e.box.y - (leder.box.y + leder.box.h)) < 1e-6);
    expect(down).toBeDefined();
    const across = l.find((e) => e.box.h === 0)!;
    expect(across.box.x).toBeCloseTo(cx(a), 5);
    expect(across.box.x + across.box.w).toBeCloseTo(cx(c), 5);
    for (const child of [a, c]) expect(l.some((e) => e.box.w === 0 && Math.abs(e.box.x - cx(child)) < 1e-6 && Math.abs(e.box.y + e.box.h - child.box.y) < 1e-6)).toBe(true);
    // a second top-level item is a tree of its own, with no connector
    expect(box(s, 'Alene').box.y).toBe(leder.box.y);
  });
});

describe('org-chart: bad input', () => {
  it('more than 4 levels: error at the first box of level 5', () => {
    const { problems, messages } = layOut(chart('- A\n  - B\n    - C\n      - D\n        - E'));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['org-chart-deep', line(9)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('more than 8 boxes in a level: error naming the level and how many fit', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `  - Kommune ${i + 1}`).join('\n');
    const { problems, messages } = layOut(chart(`- Prosjektledere\n${nine}`));
    expect(problems.map((p) => [p.code, p.loc?.line, p.message])).toEqual([['org-chart-wide', line(6), 'level 2 of the org chart has 9 boxes; it fits 8']]);
    expect(messages()).toMatchSnapshot();
  });

  it('long words make a level fit fewer boxes', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `  - Hovedsammenslutningene${i + 1}`).join('\n');
    const { problems } = layOut(chart(`- Leder\n${seven}`));
    expect(problems.map((p) => p.code)).toEqual(['org-chart-wide']);
    expect(problems[0]!.message).toMatch(/^level 2 of the org chart has 7 boxes; it fits [1-6]$/);
  });

  it('no list: an error at the slide; other blocks: a warning', () => {
    expect(layOut(chart('Bare tekst.')).problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'org-chart-ignored'], ['error', 'org-chart-list']]);
    expect(layOut(chart('- A\n  - B\n\nEn merknad.')).problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'org-chart-ignored']]);
  });
});

describe('org-chart: geometry', () => {
  it('the example `samling components` shows lays out without a problem', () => {
    const { problems, geometry } = layOut(orgChart.syntax);
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it.each([
    ['one box', '- **Nettverksleder** — Marit Tovsen'],
    ['a leader and two groups', '- **Nettverksleder** — Marit Tovsen\n  - **Prosjektledere** — Kommunene\n  - **Ressursgruppe** — Kristen Dalby'],
    ['the seed: the programme', seed],
    ['4 levels, 8 wide', maximal],
    ['8 wide under one parent, long subtitles', `- **Nettverksleder** — Asbjørn Stavem\n${Array.from({ length: 8 }, (_, i) => `  - **Kommune ${i + 1}** — prosjektleder og tillitsvalgt`).join('\n')}`],
  ])('%s: on the slide, clear of the footer, no box overlaps', (_, list) => {
    const { problems, geometry, slides } = layOut(chart(list));
    expect(problems).toEqual([]);
    expect(geometry).toEqual([]);
    for (const b of boxes(slides[0]!)) expect(b.style.size).toBeGreaterThanOrEqual(14);
  });
});

describe('org-chart: the .pptx', () => {
  it('writes every box as editable text in the deck language, with the connectors as lines', async () => {
    const result = await buildPptx(chart(seed), 'title: Test\nlang: nn');
    expect(result.diagnostics).toEqual([]);
    const xml = slides(await unzip(result.pptx!))[1]!;
    const texts = shapes(xml).map((s) => s.text);
    for (const t of ['Kommunalminister', 'Liv Signe Navarsete', 'KRD kommunalavdelingen', 'Hovedsammenslutningene', 'Kompetansemiljø']) expect(texts.some((x) => x.includes(t))).toBe(true);
    expect(xml).toContain('lang="nn-NO"');
    expect(xml.match(/prst="line"/g)!.length).toBe(lines(layOut(chart(seed)).slides[0]!).length);
  });
});
