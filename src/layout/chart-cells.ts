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
      problems.error({
        code: 'chart-number',
        message: `\`${cell.text}\` in row ${r + 1}, column “${names[s]}” is not a number`,
        loc: rowLoc(r),
        expected: 'a number such as 108, 4,6, 1 234 or 62 %; or nothing, `n/a` or `-` where there is no value',
        hint: 'a chart table has text only in its first column and header',
      });
    }),
  );
  const drawnCells = cells.slice(0, drawn);
  const numbers = drawnCells.flatMap((column, s) => column.flatMap((cell, r) => (cell.kind === 'number' ? [{ cell, s, r }] : [])));
  if (rows.length && drawnCells.length && !numbers.length && cells.flat().every((c) => c.kind !== 'text')) {
    problems.error({ code: 'chart-row-empty', message: 'the chart has no value to draw: every cell it draws is empty', loc: rowLoc(0), expected: 'a number in at least one row', hint: 'fill in the numbers, or write 0 where the value is zero' });
  } else {
    rows.forEach((row, r) => {
      if (!drawnCells.length || !drawnCells.every((column) => column[r]!.kind === 'missing')) return;
      const where = drawn === 1 ? `no value in “${names[0]}”${names.length > 1 ? ', the column the chart draws' : ''}` : 'no value in any column';
      // the category stays, with no value: a gap, as the issue asks; said, because a row of nothing is often a slip
      problems.warn({
        code: 'chart-row-empty',
        message: `row ${r + 1} (“${row[0] || '(empty)'}”) has ${where}: it is drawn as a gap (the category, with no ${drawn === 1 && names.length === 1 ? 'bar or point' : 'value'})`,
        loc: rowLoc(r),
        hint: 'write 0 where the value is zero; leave the row out if it should not be on the chart',
      });
    });
  }
  const withPercent = numbers.filter((n) => n.cell.percent);
  const percent = numbers.length > 0 && withPercent.length === numbers.length;
  if (withPercent.length && !percent) {
    const fewer = withPercent.length * 2 <= numbers.length ? withPercent[0]! : numbers.find((n) => !n.cell.percent)!;
    problems.warn({
      code: 'chart-percent-mixed',
      message: fewer.cell.percent
        ? `\`${fewer.cell.text}\` (row ${fewer.r + 1}, column “${names[fewer.s]}”) is written with %, ${numbers.length - withPercent.length} of the chart's ${numbers.length} values without: the chart shows plain numbers, without %`
        : `\`${fewer.cell.text}\` (row ${fewer.r + 1}, column “${names[fewer.s]}”) has no %, ${withPercent.length} of the chart's ${numbers.length} values have one: the chart shows plain numbers, without %`,
      loc: rowLoc(fewer.r),
      hint: 'write % after every value of the chart, or after none',
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
