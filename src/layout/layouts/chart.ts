/**
 * chart — DEPMAL "Diagram": a Markdown table drawn as a native, editable chart in the theme palette.
 *
 *   <!-- layout: chart
 *   chart: stacked-bar -->           bar | stacked-bar | line | pie | doughnut
 *   # Høylandet
 *   ## Behov for årsverk samlet      ← optional chart title
 *   |      | Pleie og omsorg | Grunnskole | Barnehage |
 *   |------|----:|----:|----:|
 *   | 2012 | 108 | 148 | 153 |
 *
 * The first column holds the categories, every other column is a series.
 * Numbers may use a decimal comma (4,6), spaces between thousands (1 234) and
 * % (62 %); an empty cell, n/a or - is a gap (chart-cells.ts).
 */
import { z } from 'zod';
import type { Block } from '../../model/types.js';
import { splitTitle, titleElement } from '../common.js';
import { plainText } from '../text-fit.js';
import { chartValues } from '../chart-cells.js';
import { defineLayout, type Element } from '../types.js';

/** Past these a chart is a wall of bars, and its XML and workbook grow without use. */
const MAX_CATEGORIES = 100;
const MAX_SERIES = 12;

const options = z
  .object({
    chart: z.enum(['bar', 'stacked-bar', 'line', 'pie', 'doughnut']).default('bar').meta({ description: 'the kind of chart; `pie` and `doughnut` show the first series only', examples: ['pie'] }),
    // data labels: default on, but off for line charts, where several series' labels collide
    labels: z.boolean().optional().meta({ description: 'the values on the bars, points or slices (percentages on `pie` and `doughnut`); default `true`, `false` on `line`', examples: [false] }),
    legend: z.boolean().optional().meta({ description: 'the legend; default: shown for `pie`, `doughnut` and more than one series', examples: [false] }),
    horizontal: z.boolean().default(false).meta({ description: '`bar` and `stacked-bar` with the bars on their side', examples: [true] }),
  })
  .strict();

export const chart = defineLayout({
  name: 'chart',
  summary: 'A Markdown table → a native bar, stacked-bar, line, pie or doughnut chart in the theme palette',
  syntax: '<!-- layout: chart\nchart: stacked-bar -->\n# Title\n## Chart title\n| | Series A | Series B |\n|---|---:|---:|\n| 2012 | 108 | 148 |',
  master: 'chart',
  options,
  layout(slide, o, ctx) {
    const { theme } = ctx;
    const { title, titleLoc, rest } = splitTitle(slide);
    const elements: Element[] = [];
    if (title) elements.push(titleElement(title, 'chart', ctx, titleLoc!));
    const table = rest.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    if (!table) {
      ctx.problems.error({ code: 'chart-table', params: { kind: 'missing' }, loc: slide.loc });
      return { elements };
    }
    const caption = rest.find((b) => b.kind === 'heading' || b.kind === 'paragraph') as Extract<Block, { kind: 'heading' | 'paragraph' }> | undefined;
    if (table.rows.length > MAX_CATEGORIES || table.header.length - 1 > MAX_SERIES) {
      const params = table.rows.length > MAX_CATEGORIES ? { what: 'rows' as const, n: table.rows.length, max: MAX_CATEGORIES } : { what: 'series' as const, n: table.header.length - 1, max: MAX_SERIES };
      ctx.problems.error({ code: 'chart-too-big', params, loc: table.loc });
      return { elements };
    }
    const names = table.header.slice(1).map(plainText);
    const categories = table.rows.map((r) => plainText(r[0] ?? []));
    const round = o.chart === 'pie' || o.chart === 'doughnut';
    const rowLoc = (r: number) => ({ ...table.loc, line: table.loc.line + r + 2 });
    const cells = table.rows.map((row) => row.map(plainText));
    const { series, percent } = chartValues(names, cells, round ? 1 : names.length, rowLoc, ctx.problems);
    if (!names.length) ctx.problems.error({ code: 'chart-table', params: { kind: 'no-series' }, loc: table.loc });
    const negative = round ? series[0]?.values.findIndex((v) => v !== null && v < 0) ?? -1 : -1;
    if (negative >= 0) {
      ctx.problems.error({ code: 'chart-negative', params: { chart: o.chart, category: String(categories[negative]), value: cells[negative]![1]!.trim() }, loc: rowLoc(negative) });
    }
    if (round && series.length > 1) {
      ctx.problems.warn({ code: 'chart-pie-series', params: { chart: o.chart, left: series.slice(1).map((s) => s.name) }, loc: table.loc });
    }
    const area = theme.region('chart', 'chart');
    elements.push({
      kind: 'chart',
      box: area,
      chart: o.chart,
      categories,
      series: round ? series.slice(0, 1) : series,
      percent,
      percentSpace: ctx.deck.meta.lang !== 'en',
      colors: round ? categories.map((_, i) => theme.paletteColor(i)) : series.map((_, i) => theme.paletteColor(i)),
      labels: o.labels ?? o.chart !== 'line',
      legend: o.legend ?? (round || series.length > 1),
      title: caption ? plainText(caption.runs) : undefined,
      size: theme.sizes.chart,
      textColor: theme.color('text'),
      gridColor: theme.color('rule'),
      horizontal: o.horizontal,
    });
    return { elements };
  },
});

