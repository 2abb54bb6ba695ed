import type { Block, Run } from '../model/types.js';
import { INSET, plainText } from './text-fit.js';
import type { Box, Element, LayoutContext } from './types.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

const CELL_PAD = 0.06;

/**
 * A native table in `area`: column widths from the content's natural widths,
 * row heights from measured wrapped text, at the largest size in the theme's
 * table range at which the whole table fits.
 */
export function tableElement(table: TableBlock, area: Box, ctx: LayoutContext): Element {
  const { measure, theme } = ctx;
  const cols = table.header.length;
  const rows = [table.header, ...table.rows];
  const range = theme.sizes.table;
  let best: { size: number; colW: number[]; rowH: number[]; h: number } | undefined;
  for (let size = range.max; size >= range.min; size--) {
    const colW = columnWidths(rows, cols, area.w, size, ctx);
    const rowH = rows.map((row, r) =>
      Math.max(...colW.map((w, c) => {
        const runs = row[c] ?? [];
        const m = measure.measure([{ runs, bold: r === 0 }], w - 2 * CELL_PAD, size);
        return m.height + 2 * CELL_PAD + 0.02;
      })),
    );
    const h = rowH.reduce((a, b) => a + b, 0);
    best = { size, colW, rowH, h };
    if (h <= area.h) break;
  }
  if (best!.h > area.h) {
    ctx.problems.error({
      code: 'table-overflow',
      message: `the table does not fit on the slide: ${(best!.h - area.h).toFixed(2)} in too tall at ${best!.size} pt`,
      loc: table.loc,
      expected: `at most about ${Math.floor(rows.length * (area.h / best!.h))} rows of this length`,
      hint: 'split the rows over two slides with a line `---`, or shorten the cells',
    });
  }
  const { size, colW, rowH, h } = best!;
  return {
    kind: 'table',
    box: { x: area.x, y: area.y, w: colW.reduce((a, b) => a + b, 0), h },
    header: table.header,
    rows: table.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? [])),
    colW,
    rowH,
    size,
    align: table.align,
    colors: { headerFill: theme.color('navy'), headerText: theme.color('onDark'), text: theme.color('text'), band: theme.color('mist'), rule: theme.color('rule') },
  };
}

/** Natural widths, shrunk proportionally (but not below the longest word) to fit `total`. */
function columnWidths(rows: Run[][][], cols: number, total: number, size: number, ctx: LayoutContext): number[] {
  const natural: number[] = [];
  const minimum: number[] = [];
  for (let c = 0; c < cols; c++) {
    let nat = 0.4;
    let min = 0.4;
    rows.forEach((row, r) => {
      const text = plainText(row[c] ?? []);
      nat = Math.max(nat, ctx.measure.width(text, size, r === 0) + 2 * CELL_PAD + INSET);
      for (const word of text.split(/\s+/)) min = Math.max(min, ctx.measure.width(word, size, r === 0) + 2 * CELL_PAD + 0.02);
    });
    natural.push(nat);
    minimum.push(Math.min(min, total / cols));
  }
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) {
    // spread the slack so the table spans the area, as a designer would
    return natural.map((w) => w + (total - sum) / cols);
  }
  // give every column its minimum, share the rest by natural width beyond it
  const minSum = minimum.reduce((a, b) => a + b, 0);
  const extra = natural.map((n, c) => Math.max(0, n - minimum[c]!));
  const extraSum = extra.reduce((a, b) => a + b, 0) || 1;
  return minimum.map((m, c) => m + ((total - minSum) * extra[c]!) / extraSum);
}
