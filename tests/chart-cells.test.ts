import { describe, expect, it } from 'vitest';
import { parseNumber, readChartCell } from '../src/layout/chart-cells.js';
import type { Element } from '../src/layout/types.js';
import { buildPptx, layOut } from './components/harness.js';
import { unzip } from './helpers.js';

/**
 * A chart table as facilitators write it (issue 12): a missing value is a gap,
 * values written with % stay percentages. The workbook and caches are compared
 * in package-parts.test.ts; here the reading of the cells and the chart XML of
 * the choices (pie labels, English).
 */
type Chart = Extract<Element, { kind: 'chart' }>;
const chartOf = (body: string, frontMatter?: string) => {
  const laid = layOut(body, frontMatter);
  return { ...laid, chart: laid.slides[0]?.elements.find((e): e is Chart => e.kind === 'chart') };
};
const table = (kind: string, rows: string[]) => `<!-- layout: chart\nchart: ${kind} -->\n\n# Diagram\n\n| | A | B |\n|---|--:|--:|\n${rows.join('\n')}`;
const codes = (problems: { code: string; loc?: { line: number } }[]) => problems.map((p) => [p.code, p.loc?.line]);
// the table starts at line 15 of the harness' deck (front-matter, a title slide, the directive), its first row at 17
const row = (n: number) => 16 + n;
const TABLE = 15;

describe('reading a chart cell', () => {
  it('missing: empty, n/a, N/A, na, NA, -, –, —, with spaces around', () => {
    for (const t of ['', ' ', 'n/a', 'N/A', 'na', 'NA', 'Na', '-', '–', '—', ' n/a ']) expect(readChartCell(t).kind, JSON.stringify(t)).toBe('missing');
  });

  it('numbers with %, a decimal comma, a no-break space, a narrow no-break space, a minus sign', () => {
    expect(readChartCell('62 %')).toMatchObject({ kind: 'number', value: 62, percent: true, decimals: 0 });
    expect(readChartCell('62%')).toMatchObject({ kind: 'number', value: 62, percent: true });
    expect(readChartCell('33,3 %')).toMatchObject({ kind: 'number', value: 33.3, digits: '33.3' });
    expect(readChartCell('62,5\u00A0%')).toMatchObject({ kind: 'number', value: 62.5, percent: true, decimals: 1 });
    expect(readChartCell('1\u202F234')).toMatchObject({ kind: 'number', value: 1234, percent: false });
    expect(readChartCell('−3,25 %')).toMatchObject({ kind: 'number', value: -3.25, percent: true, decimals: 2 });
    expect(readChartCell('mange').kind).toBe('text');
    expect(readChartCell('n/a/b').kind).toBe('text');
    expect(readChartCell('%').kind).toBe('text');
  });

  it('parseNumber (the evaluation scores) reads no number from a missing cell', () => {
    expect(parseNumber('4,6')).toBe(4.6);
    expect(parseNumber('12 %')).toBe(12);
    for (const t of ['', 'n/a', '-', 'mange']) expect(parseNumber(t)).toBeUndefined();
  });
});

describe('gaps', () => {
  it('a missing value is null in its series, the other values as written', () => {
    const { chart, problems } = chartOf(table('line', ['| 2012 | 1 | 2 |', '| 2013 | n/a | 3 |', '| 2014 | 4 | |', '| 2015 | – | 5 |']));
    expect(problems).toEqual([]);
    expect(chart!.series.map((s) => s.values)).toEqual([
      [1, null, 4, null],
      [2, 3, null, 5],
    ]);
    expect(chart!.percent).toBeUndefined();
  });

  it('a row with no value in any column is a gap, with a warning at its line; a chart with no value at all is an error', () => {
    const { problems } = chartOf(table('bar', ['| 2012 | 1 | 2 |', '| 2013 | N/A | - |', '| 2014 | | |']));
    expect(codes(problems)).toEqual([
      ['chart-row-empty', row(2)],
      ['chart-row-empty', row(3)],
    ]);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    const none = chartOf(table('bar', ['| 2012 | | |', '| 2013 | n/a | - |']));
    expect(none.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['the chart has no value to draw: every cell it draws is empty']);
  });

  it('a pie draws its first column only: a missing slice there is a warning, one in a column left out is not', () => {
    const pie = chartOf(table('pie', ['| Ja | 60 | 1 |', '| Nei | n/a | 2 |']));
    expect(codes(pie.problems)).toEqual([
      ['chart-row-empty', row(2)],
      ['chart-pie-series', TABLE],
    ]);
    expect(pie.problems[0]!.message).toBe('row 2 (“Nei”) has no value in “A”, the column the chart draws: it is drawn as a gap (the category, with no value)');
    const other = chartOf(table('doughnut', ['| Ja | 60 | 1 |', '| Nei | 40 | - |']));
    expect(codes(other.problems)).toEqual([['chart-pie-series', TABLE]]);
  });
});

describe('percent values', () => {
  it('every value with %: fractions, the most decimals written', () => {
    const { chart, problems } = chartOf(table('bar', ['| Åsnes | 62 % | 7,25% |', '| Ørsta | n/a | 0,5\u00A0% |', '| Volda | 33,3 % | 1,1 % |']));
    expect(problems).toEqual([]);
    // as written, moved two places: 33,3 % is 0.333, not 33.3 / 100 = 0.33299999999999996
    expect(chart!.series.map((s) => s.values)).toEqual([
      [0.62, null, 0.333],
      [0.0725, 0.005, 0.011],
    ]);
    expect(chart!.percent).toEqual({ decimals: 2 });
    expect(chart!.percentSpace).toBe(true);
  });

  it('% on some values only: a warning at the first of the fewer, and plain numbers', () => {
    const few = chartOf(table('bar', ['| Åsnes | 62 | 38 |', '| Ørsta | 55 % | 45 |']));
    expect(codes(few.problems)).toEqual([['chart-percent-mixed', row(2)]]);
    expect(few.problems[0]!.severity).toBe('warning');
    expect(few.chart!.series[0]!.values).toEqual([62, 55]);
    expect(few.chart!.percent).toBeUndefined();
    const many = chartOf(table('bar', ['| Åsnes | 62 % | 38 % |', '| Ørsta | 55 % | 45 |']));
    expect(codes(many.problems)).toEqual([['chart-percent-mixed', row(2)]]);
    expect(many.problems[0]!.message).toContain('`45` (row 2, column “B”) has no %');
  });

  it("a pie's left-out column does not decide: its own column is all percent", () => {
    const { chart, problems } = chartOf(table('pie', ['| Ja | 60 % | 1 |', '| Nei | 40 % | 2 |']));
    expect(codes(problems)).toEqual([['chart-pie-series', TABLE]]);
    expect(chart!.percent).toEqual({ decimals: 0 });
    expect(chart!.series).toEqual([{ name: 'A', values: [0.6, 0.4] }]);
  });

  it('in English, 62% without a space: on the axis, the labels and the pie shares', async () => {
    const result = await buildPptx(`${table('bar', ['| Åsnes | 62 % | 38 % |'])}\n\n---\n\n${table('pie', ['| Ja | 60 |', '| Nei | 40 |']).replace(/ B \|/, '').replace(/--:\|--:/, '--:')}`, 'title: Test\nlang: en');
    expect(result.diagnostics).toEqual([]);
    const parts = await unzip(result.pptx!);
    const bar = parts.get('ppt/charts/chart1.xml')!;
    expect(bar).toContain('<c:formatCode>0%</c:formatCode>');
    expect(/<c:valAx>[\s\S]*?<\/c:valAx>/.exec(bar)![0]).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    const pie = parts.get('ppt/charts/chart2.xml')!;
    expect(/<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(pie)![0]).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(pie).not.toContain('\u00A0');
  });
});
