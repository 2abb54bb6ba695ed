/**
 * The numbers of a chart table as facilitators write them: `4,6`, `1 234`,
 * `62 %`, and a value nobody has — an empty cell, `n/a`, `-` — which becomes a
 * gap in its series, not a zero.
 */
import type { Problems } from '../errors/diagnostic.js';
import type { SourceLoc } from '../model/types.js';

/** What a cell of a chart table holds. */
export type ChartCell =
  | { kind: 'number'; value: number; percent: boolean; decimals: number; text: string; digits: string }
  | { kind: 'missing'; text: string }
  | { kind: 'text'; text: string };

/** "no value" as spreadsheets and reports write it: empty, n/a, na, -, –, — (case does not matter) */
const MISSING = /^(n\/?a|[-–—])?$/i;
/** Past this a percent format would have more decimals than any slide can show. */
const MAX_DECIMALS = 4;

export function readChartCell(text: string): ChartCell {
  const t = text.replace(/[\s\u00A0\u202F]/g, '');
  if (MISSING.test(t)) return { kind: 'missing', text };
  const percent = t.endsWith('%');
  const digits = (percent ? t.slice(0, -1) : t).replace(',', '.').replace('−', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(digits)) return { kind: 'text', text };
  // a 400-digit number is Infinity, which no chart (nor the schema) can hold
  const value = Number(digits);
  if (!Number.isFinite(value)) return { kind: 'text', text };
  return { kind: 'number', value, percent, decimals: digits.split('.')[1]?.length ?? 0, text, digits };
}

/** "1 234", "4,6", "12 %", "-3.5" → number; anything else → undefined (a `%` is read past). */
export function parseNumber(text: string): number | undefined {
  const cell = readChartCell(text);
  return cell.kind === 'number' ? cell.value : undefined;
}

/** One series as the chart draws it: null is a gap. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartValues {
  series: ChartSeries[];
  /** every value was written with %: the values are fractions (62 % → 0.62), shown as percentages */
  percent?: { decimals: number };
}

/**
 * The table's cells as series. A cell that is neither a number nor missing is
 * an error at its row, and so is a row with no value in the series drawn
 * (nothing to draw; a pie draws only its first column, so a missing slice is
 * an error: `drawn` is how many series the chart draws).
 * The chart has one value axis, so % is the chart's unit or not: on every
 * value (of the series drawn), the values become fractions with a percent
 * format; on some only, a warning at the first cell of the fewer kind, and the
 * numbers are drawn as written.
 */
export function chartValues(names: string[], rows: string[][], drawn: number, rowLoc: (r: number) => SourceLoc, problems: Problems): ChartValues {
  const cells = names.map((_, s) => rows.map((row) => readChartCell(row[s + 1] ?? '')));
  cells.forEach((column, s) =>
    column.forEach((cell, r) => {
      if (cell.kind !== 'text') return;
      problems.error({ code: 'chart-number', params: { text: cell.text, row: r + 1, column: String(names[s]) }, loc: rowLoc(r) });
    }),
  );
  const drawnCells = cells.slice(0, drawn);
  const numbers = drawnCells.flatMap((column, s) => column.flatMap((cell, r) => (cell.kind === 'number' ? [{ cell, s, r }] : [])));
  if (rows.length && drawnCells.length && !numbers.length && cells.flat().every((c) => c.kind !== 'text')) {
    problems.error({ code: 'chart-row-empty', params: { kind: 'all' }, loc: rowLoc(0) });
  } else {
    rows.forEach((row, r) => {
      if (!drawnCells.length || !drawnCells.every((column) => column[r]!.kind === 'missing')) return;
      // the category stays, with no value: a gap, as the issue asks; said, because a row of nothing is often a slip
      problems.warn({ code: 'chart-row-empty', params: { kind: 'row', row: r + 1, category: row[0] ?? '', drawn, columns: names }, loc: rowLoc(r) });
    });
  }
  const withPercent = numbers.filter((n) => n.cell.percent);
  const percent = numbers.length > 0 && withPercent.length === numbers.length;
  if (withPercent.length && !percent) {
    const fewer = withPercent.length * 2 <= numbers.length ? withPercent[0]! : numbers.find((n) => !n.cell.percent)!;
    problems.warn({
      code: 'chart-percent-mixed',
      params: { text: fewer.cell.text, row: fewer.r + 1, column: String(names[fewer.s]), hasPercent: !!fewer.cell.percent, others: fewer.cell.percent ? numbers.length - withPercent.length : withPercent.length, values: numbers.length },
      loc: rowLoc(fewer.r),
    });
  }
  return {
    series: names.map((name, s) => ({
      name,
      // 33,3 % → 0.333 by moving the decimal point: dividing gives 0.33299999999999996, which the workbook would show
      values: cells[s]!.map((cell) => (cell.kind !== 'number' ? null : percent ? Number(`${cell.digits}e-2`) : cell.value)),
    })),
    percent: percent ? { decimals: Math.min(MAX_DECIMALS, Math.max(...withPercent.map((n) => n.cell.decimals))) } : undefined,
  };
}
