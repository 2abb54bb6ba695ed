import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile, type BuildResult } from '../../src/build.js';
import { formatDiagnostic } from '../../src/errors/format.js';
import type { Element, PlacedSlide } from '../../src/layout/types.js';
import { root, shapes, slides, unzip } from '../helpers.js';
import { geometryProblems } from './geometry.js';
import { layOut } from './harness.js';

// the body starts at line 10 of the deck file (front-matter, a title slide, `---`)
const line = (bodyLine: number) => bodyLine + 9;

type Text = Extract<Element, { kind: 'text' }>;
type Chart = Extract<Element, { kind: 'chart' }>;
type Table = Extract<Element, { kind: 'table' }>;
const headline = (s: PlacedSlide) => s.elements.filter((e): e is Text => e.kind === 'text' && e.name === 'Gjennomsnitt').map((e) => e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')))[0];
const chart = (s: PlacedSlide) => s.elements.find((e): e is Chart => e.kind === 'chart')!;
const table = (s: PlacedSlide) => s.elements.find((e): e is Table => e.kind === 'table');
const cells = (t: Table) => [t.header, ...t.rows].map((row) => row.map((c) => c.map((r) => r.text).join('')));

const seedCsv = readFileSync(join(root, 'decks', '_data', 'evaluering-2013-10.csv'), 'utf8');

/** A project of its own with CSV files in `_data`: the layout reads them beside the deck. */
async function project(body: string, csv: Record<string, string> = {}, lang = 'nb') {
  const dir = mkdtempSync(join(tmpdir(), 'samling-evres-'));
  writeFileSync(join(dir, 'package.json'), '{}');
  symlinkSync(join(root, 'themes'), join(dir, 'themes'));
  mkdirSync(join(dir, '_data'));
  for (const [name, text] of Object.entries(csv)) writeFileSync(join(dir, '_data', `${name}.csv`), text);
  const file = join(dir, 'deck.md');
  writeFileSync(file, `---\ntitle: Test\nlang: ${lang}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
  const result = await buildDeckFile(file);
  const messages = () => result.diagnostics.map((d) => formatDiagnostic(d, { sources: result.sources, color: false, cwd: dir })).join('\n\n');
  return { result, messages, slide: result.placed?.[1], dir };
}
const fromData = (name: string, extra = '') => `<!-- layout: evaluation-results\ndata: ${name}${extra} -->\n\n# Evaluering av andre nettverkssamling`;
const codes = (r: BuildResult) => r.diagnostics.map((d) => [d.severity, d.code, d.loc?.file.split('/').pop(), d.loc?.line]);

const inline = `<!-- layout: evaluation-results -->

# Evaluering – første samling

| Terningkast | Hva fungerte godt? | Hva kunne vært bedre? |
|---|---|---|
| 5 | Kommunepresentasjonene | Mer tid til gruppearbeid |
| 4 | Café-dialogen | |
|   | Middagen | Lengre pauser |
| 6 | | |`;

describe('evaluation-results: reading the answers', () => {
  it('from an inline table: the average, the count per score and the written answers', () => {
    const { slides, problems } = layOut(inline);
    expect(problems).toEqual([]);
    const s = slides[0]!;
    expect(headline(s)).toEqual(['Gjennomsnittlig terningkast: 5,0 (skala 1–6)', 'Basert på 3 svar']);
    expect(chart(s).categories).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(chart(s).series).toEqual([{ name: 'Antall svar', values: [0, 0, 0, 1, 1, 1] }]);
    expect(chart(s).title).toBe('Antall svar per terningkast');
    // the score column is left out; a participant who wrote nothing has no row
    expect(cells(table(s)!)).toEqual([
      ['Hva fungerte godt?', 'Hva kunne vært bedre?'],
      ['Kommunepresentasjonene', 'Mer tid til gruppearbeid'],
      ['Café-dialogen', ''],
      ['Middagen', 'Lengre pauser'],
    ]);
  });

  it('from the CSV in _data (`;`-separated): the seed gathering\'s twelve answers', async () => {
    const { result, slide } = await project(fromData('evaluering-2013-10'), { 'evaluering-2013-10': seedCsv });
    expect(codes(result)).toEqual([['warning', 'evaluation-rows', 'deck.md', line(2)]]);
    expect(headline(slide!)).toEqual(['Gjennomsnittlig terningkast: 4,8 (skala 1–6)', 'Basert på 12 svar']);
    expect(chart(slide!).series[0]!.values).toEqual([0, 0, 1, 3, 6, 2]);
    expect(cells(table(slide!)!)[0]).toEqual(['Hva fungerte godt?', 'Hvorfor?', 'Hva kunne vært bedre?']);
    expect(result.dependencies).toContain(join(result.file, '..', '_data', 'evaluering-2013-10.csv'));
  });

  it('from a `,`-separated CSV with quoted cells, a score column found by name or by `score:`', async () => {
    const csv = 'Kommune,Poeng,Kommentar\nSørreisa,4,"Bra, men lang dag"\nØrsta,6,Supert\n';
    const byName = await project(fromData('svar'), { svar: csv });
    expect(headline(byName.slide!)![0]).toBe('Gjennomsnittlig terningkast: 5,0 (skala 1–6)');
    expect(cells(table(byName.slide!)!)).toEqual([['Kommune', 'Kommentar'], ['Sørreisa', 'Bra, men lang dag'], ['Ørsta', 'Supert']]);
    const named = await project(fromData('svar', '\nscore: Vurdering\ncolumns: [Kommentar]'), { svar: csv.replace('Poeng', 'Vurdering') });
    expect(codes(named.result)).toEqual([]);
    expect(cells(table(named.slide!)!)).toEqual([['Kommentar'], ['Bra, men lang dag'], ['Supert']]);
  });

  it('on a scale 1–10, in each language', async () => {
    const csv = 'Score;Hva fungerte?\n7;Gruppearbeidet\n10;Alt\n8;Quizen\n';
    const nb = await project(fromData('svar', '\nscale: 10'), { svar: csv });
    expect(headline(nb.slide!)).toEqual(['Gjennomsnittlig skår: 8,3 (skala 1–10)', 'Basert på 3 svar']);
    expect(chart(nb.slide!).categories).toHaveLength(10);
    const nn = await project(fromData('svar', '\nscale: 10'), { svar: csv }, 'nn');
    expect(headline(nn.slide!)).toEqual(['Gjennomsnittleg skår: 8,3 (skala 1–10)', 'Basert på 3 svar']);
    const en = await project(fromData('svar'), { svar: csv.replace('10;', '6;').replace('7;', '4;').replace('8;', '5;') }, 'en');
    expect(headline(en.slide!)).toEqual(['Average score: 5.0 (scale 1–6)', 'Based on 3 responses']);
    expect(chart(en.slide!).title).toBe('Responses per score');
  });

  it('without written columns: the chart across the slide, no table', () => {
    const { slides, problems } = layOut('<!-- layout: evaluation-results -->\n\n# Terningkast\n\n| Terningkast |\n|---|\n| 5 |\n| 4 |');
    expect(problems).toEqual([]);
    expect(table(slides[0]!)).toBeUndefined();
    expect(chart(slides[0]!).box.w).toBeGreaterThan(12);
  });
});

describe('evaluation-results: many answers', () => {
  const many = ['Terningkast;Hva fungerte godt?;Hvorfor?;Hva kunne vært bedre?', ...Array.from({ length: 30 }, (_, i) => `${(i % 6) + 1};Gruppearbeid ${i + 1};Fikk snakket med nye folk fra andre kommuner;Mer tid`)].join('\n');

  it('shows as many as fit and says how many are left out, from which CSV line', async () => {
    const { result, slide, messages } = await project(fromData('mange'), { mange: many });
    const shown = table(slide!)!.rows.length;
    expect(shown).toBeGreaterThanOrEqual(8);
    expect(shown).toBeLessThan(30);
    expect(table(slide!)!.size).toBeGreaterThanOrEqual(12);
    expect(codes(result)).toEqual([['warning', 'evaluation-rows', 'deck.md', line(2)]]);
    expect(result.diagnostics[0]!.message).toBe(`the feedback table shows ${shown} of 30 answers; ${30 - shown} are left out (from _data/mange.csv:${shown + 2} on)`);
    expect(result.diagnostics[0]!.hint).toBe(`show the rest on a copy of this slide with \`from: ${shown + 1}\``);
    expect(messages()).toMatchSnapshot();
    expect(geometryProblems(slide!, 13.333, 7.5, 6.9)).toEqual([]);
  });

  it('`from:` starts the table at a later answer; the average still counts everyone', async () => {
    const { slide } = await project(fromData('mange', '\nfrom: 25'), { mange: many });
    expect(cells(table(slide!)!).slice(1).map((r) => r[0])).toEqual(['Gruppearbeid 25', 'Gruppearbeid 26', 'Gruppearbeid 27', 'Gruppearbeid 28', 'Gruppearbeid 29', 'Gruppearbeid 30']);
    expect(headline(slide!)![1]).toBe('Basert på 30 svar');
  });
});

describe('evaluation-results: bad input', () => {
  it('a score that is not a number: at the CSV line', async () => {
    const { result, messages } = await project(fromData('svar'), { svar: 'Terningkast;Kommentar\n5;Bra\nfem;Fint\n' });
    expect(codes(result)).toEqual([['error', 'evaluation-score', 'svar.csv', 3]]);
    expect(messages()).toMatchSnapshot();
  });

  it('a score outside the scale: at the CSV line, with the hint for 1–10', async () => {
    const { result } = await project(fromData('svar'), { svar: 'Terningkast;Kommentar\n5;Bra\n"8";"To\nlinjer"\n7;Fint\n' });
    expect(codes(result)).toEqual([
      ['error', 'evaluation-score', 'svar.csv', 3],
      ['error', 'evaluation-score', 'svar.csv', 5],
    ]);
    expect(result.diagnostics[0]!.hint).toBe('for scores up to 10, write `scale: 10`');
  });

  it('a score outside the scale in an inline table: at the table row', () => {
    const { problems } = layOut(inline.replace('| 4 |', '| 4,5 |'));
    expect(problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-score', line(8)]]);
  });

  it('no score column: at the directive, naming the columns', async () => {
    const { result, messages } = await project(fromData('svar'), { svar: 'Kommune;Kommentar\nØrsta;Bra\n' });
    expect(codes(result)).toEqual([['error', 'evaluation-score', 'deck.md', line(2)]]);
    expect(messages()).toMatchSnapshot();
  });

  it('`score:` naming a column that is not there: did you mean', async () => {
    const { result } = await project(fromData('svar', '\nscore: Terningkats'), { svar: 'Terningkast;Kommentar\n5;Bra\n' });
    expect(codes(result)).toEqual([['error', 'evaluation-score', 'deck.md', line(3)]]);
    expect(result.diagnostics[0]!.hint).toBe('did you mean `Terningkast`?');
  });

  it('a data file that does not exist: did you mean', async () => {
    const { result } = await project(fromData('evalering'), { evaluering: 'Terningkast\n5\n' });
    expect(codes(result)).toEqual([['error', 'evaluation-data', 'deck.md', line(2)]]);
    expect(result.diagnostics[0]!.hint).toBe('did you mean `evaluering`?');
  });

  it('a CSV saved by Excel as «CSV (semikolonseparert)» (Windows-1252) is read, with a warning; `,` works too', async () => {
    const { dir } = await project(fromData('svar'));
    const text = 'Terningkast;Kva fungerte godt?;Kva kunne vore betre?\n5;Gruppearbeidet på Ørsta;Lengre pausar\n4;Kaffen;Færre foredrag\n';
    writeFileSync(join(dir, '_data', 'svar.csv'), Buffer.from(text, 'latin1'));
    const result = await buildDeckFile(join(dir, 'deck.md'));
    expect(codes(result)).toEqual([['warning', 'csv-windows-1252', 'svar.csv', 2]]);
    expect(cells(table(result.placed![1]!)!)).toEqual([
      ['Kva fungerte godt?', 'Kva kunne vore betre?'],
      ['Gruppearbeidet på Ørsta', 'Lengre pausar'],
      ['Kaffen', 'Færre foredrag'],
    ]);
    writeFileSync(join(dir, '_data', 'svar.csv'), Buffer.from(text.replace(/;/g, ','), 'latin1'));
    const commas = await buildDeckFile(join(dir, 'deck.md'));
    expect(codes(commas)).toEqual([['warning', 'csv-windows-1252', 'svar.csv', 2]]);
    expect(cells(table(commas.placed![1]!)!)[1]).toEqual(['Gruppearbeidet på Ørsta', 'Lengre pausar']);
  });

  it('`data: svar.csv` reads svar.csv (not svar.csv.csv); a missing one is named once', async () => {
    const { result } = await project(fromData('svar.csv'), { svar: 'Terningkast;Kommentar\n5;Bra\n4;Godt\n' });
    expect(codes(result)).toEqual([]);
    const missing = await project(fromData('evalering.csv'), { evaluering: 'Terningkast\n5\n' });
    expect(missing.result.diagnostics[0]!.message).toBe('there is no data file `_data/evalering.csv`');
    expect(missing.result.diagnostics[0]!.hint).toBe('did you mean `evaluering`?');
  });

  it('a CSV with only a header, and one where nobody gave a score', async () => {
    const empty = await project(fromData('svar'), { svar: 'Terningkast;Kommentar\n' });
    expect(codes(empty.result)).toEqual([['error', 'evaluation-empty', 'deck.md', line(2)]]);
    const none = await project(fromData('svar'), { svar: 'Terningkast;Kommentar\n;Bra\n' });
    expect(codes(none.result)).toEqual([['error', 'evaluation-empty', 'deck.md', line(2)]]);
  });

  it('both `data:` and a table, no answers at all, `from:` past the end', async () => {
    expect(layOut(`${fromData('svar')}\n\n| Terningkast |\n|---|\n| 5 |`).problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-data', line(6)]]);
    expect(layOut('<!-- layout: evaluation-results -->\n\n# Evaluering').problems.map((p) => [p.code, p.loc?.line])).toEqual([['evaluation-data', line(1)]]);
    const past = await project(fromData('svar', '\nfrom: 5'), { svar: 'Terningkast;Kommentar\n5;Bra\n' });
    expect(codes(past.result)).toEqual([['error', 'evaluation-rows', 'deck.md', line(3)]]);
  });

  it('warns about what it does not draw', () => {
    const { problems } = layOut(`${inline}\n\nSe vedlegg.`);
    expect(problems.map((p) => [p.severity, p.code, p.loc?.line])).toEqual([['warning', 'evaluation-ignored', line(12)]]);
  });

  it('a scale other than 6 or 10: the valid values listed', () => {
    const { problems } = layOut(inline.replace('evaluation-results -->', 'evaluation-results\nscale: 5 -->'));
    expect(problems.map((p) => [p.code, p.loc?.line, p.expected])).toEqual([['bad-option', line(2), 'one of `6`, `10`']]);
  });
});

describe('evaluation-results: geometry', () => {
  const long = 'Mange gode eksempler fra andre kommuner som vi kan ta med hjem og bruke i eget arbeid';
  it.each([
    ['small: one answer', '| Terningkast | Kommentar |\n|---|---|\n| 5 | Bra |'],
    ['inline, four answers', inline.split('\n').slice(4).join('\n')],
    ['long answers', `| Terningkast | Hva fungerte? | Hvorfor? | Hva kunne vært bedre? |\n|---|---|---|---|\n${Array.from({ length: 20 }, (_, i) => `| ${(i % 6) + 1} | ${long} | ${long} | ${long} |`).join('\n')}`],
  ])('%s: on the slide, above the footer, no overlaps', (_name, md) => {
    const { geometry, problems } = layOut(`<!-- layout: evaluation-results -->\n\n# Evaluering\n\n${md}`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(geometry).toEqual([]);
  });

  it('typical: the seed CSV', async () => {
    const { slide } = await project(fromData('evaluering-2013-10'), { 'evaluering-2013-10': seedCsv });
    expect(geometryProblems(slide!, 13.333, 7.5, 6.9)).toEqual([]);
  });
});

describe('evaluation-results: in the .pptx', () => {
  it('writes the average as text, a native chart and the feedback as a native table, in the deck language', async () => {
    const { result } = await project(fromData('evaluering-2013-10'), { 'evaluering-2013-10': seedCsv });
    const parts = await unzip(result.pptx!);
    const xml = slides(parts)[1]!;
    const all = shapes(xml).map((s) => s.text);
    expect(all).toContain('Gjennomsnittlig terningkast: 4,8 (skala 1–6)Basert på 12 svar');
    expect(xml).toContain('<a:tbl>');
    expect(xml).toContain('<a:t>Kommunepresentasjonene</a:t>');
    expect(xml).toContain('lang="nb-NO"');
    const chartXml = [...parts.entries()].find(([name]) => /^ppt\/charts\/chart\d+\.xml$/.test(name))![1];
    expect(chartXml).toContain('<c:barChart>');
    expect(chartXml).toContain('Antall svar per terningkast');
  });
});
