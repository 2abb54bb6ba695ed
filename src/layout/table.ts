import type { Block, Run } from '../model/types.js';
import { HEIGHT_SLACK, INSET, plainText } from './text-fit.js';
import type { Box, Element, LayoutContext } from './types.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A cell's margin as the renderer writes it, inches on the drawn slide (render/pptx/table-xml.ts CELL_PAD_IN). */
const CELL_PAD = 0.06;

/**
 * The cell margin on samling's page: the renderer writes 0.06 in on the
 * template's own slide, which a template narrower than samling's page
 * (render/pptx/scale-placed.ts) makes a larger share of a column.
 */
function cellPad(ctx: LayoutContext): number {
  const t = ctx.theme.template;
  return t ? CELL_PAD / (t.model.size.cx / 914400 / ctx.theme.width) : CELL_PAD;
}

interface TableGeometry {
  size: number;
  colW: number[];
  /** header first, then every row */
  rowH: number[];
  h: number;
}

function measureTable(table: TableBlock, width: number, size: number, ctx: LayoutContext): TableGeometry {
  const cols = table.header.length;
  const rows = [table.header, ...table.rows];
  const colW = columnWidths(rows, cols, width, size, ctx);
  const pad = cellPad(ctx);
  // a cell's lines as the renderers set them (a little taller than the font's line height: text-fit.ts HEIGHT_SLACK)
  const rowH = rows.map((row, r) =>
    Math.max(...colW.map((w, c) => ctx.measure.measure([{ runs: row[c] ?? [], bold: r === 0 }], w - 2 * pad, size).height / HEIGHT_SLACK + 2 * pad + 0.02)),
  );
  return { size, colW, rowH, h: rowH.reduce((a, b) => a + b, 0) };
}

/**
 * A native table in `area`: column widths from the content's natural widths,
 * row heights from measured wrapped text, at the largest size in the theme's
 * table range at which the whole table fits.
 */
export function tableElement(table: TableBlock, area: Box, ctx: LayoutContext): Element {
  return tablePages(table, area, ctx, false)[0]!;
}

/**
 * As `tableElement`, but a table too long for one slide at the theme's
 * smallest size is split between rows into several tables (one per slide),
 * each repeating the header, at one size: the theme's smallest + 2 pt (a
 * little larger than the smallest, since the rows now have room).
 */
export function tablePages(table: TableBlock, area: Box, ctx: LayoutContext, allowContinue: boolean): Element[] {
  const range = ctx.theme.sizes.table;
  let geometry: TableGeometry | undefined;
  for (let size = range.max; size >= range.min; size--) {
    geometry = measureTable(table, area.w, size, ctx);
    if (geometry.h <= area.h) return [tableOf(table, table.rows, geometry, geometry.rowH.slice(1), area, ctx)];
  }
  if (!allowContinue) {
    ctx.problems.error({ code: 'table-overflow', params: { tooTall: (geometry!.h - area.h).toFixed(2), size: geometry!.size, rows: Math.floor((table.rows.length + 1) * (area.h / geometry!.h)) }, loc: table.loc });
    return [tableOf(table, table.rows, geometry!, geometry!.rowH.slice(1), area, ctx)];
  }
  const g = measureTable(table, area.w, Math.min(range.max, range.min + 2), ctx);
  const heights = g.rowH.slice(1);
  return evenParts(heights, area.h - g.rowH[0]!).map(([from, to]) => tableOf(table, table.rows.slice(from, to), g, heights.slice(from, to), area, ctx));
}

/**
 * Rows [from, to) per slide: as few slides as the rows need, and the rows
 * shared evenly between them (29 rows → 10 + 10 + 9, not 14 + 14 + 1): the
 * lowest height per slide that still needs no more slides than filling each
 * one would.
 */
export function evenParts(heights: number[], room: number): [number, number][] {
  const fill = (cap: number): [number, number][] => {
    const parts: [number, number][] = [];
    let used = Infinity;
    heights.forEach((h, i) => {
      if (used + h > cap + 1e-9) {
        parts.push([i, i]);
        used = 0;
      }
      parts[parts.length - 1]![1] = i + 1;
      used += h;
    });
    return parts;
  };
  const count = fill(room).length;
  // a row taller than the slide still gets a slide of its own
  let lo = Math.min(room, Math.max(0, ...heights));
  let hi = room;
  if (fill(lo).length <= count) return fill(lo);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fill(mid).length <= count) hi = mid;
    else lo = mid;
  }
  return fill(hi);
}

function tableOf(table: TableBlock, rows: Run[][][], g: TableGeometry, heights: number[], area: Box, ctx: LayoutContext): Element {
  const { theme } = ctx;
  const cols = table.header.length;
  const rowH = [g.rowH[0]!, ...heights];
  return {
    kind: 'table',
    box: { x: area.x, y: area.y, w: g.colW.reduce((a, b) => a + b, 0), h: Math.min(area.h, rowH.reduce((a, b) => a + b, 0)) },
    header: table.header.map(written),
    rows: rows.map((r) => Array.from({ length: cols }, (_, c) => written(r[c] ?? []))),
    colW: g.colW,
    rowH,
    size: g.size,
    align: table.align,
    colors: { headerFill: theme.color('navy'), headerText: theme.color('onDark'), text: theme.color('text'), band: theme.color('mist'), rule: theme.color('rule') },
  };
}

/**
 * A cell's runs without empty ones: LibreOffice sets a paragraph whose only run
 * is empty at its default 18 pt, not at the run's size, and an empty cell's row
 * grew taller than measured (an evaluation's feedback table ran off the slide).
 */
const written = (runs: Run[]): Run[] => (runs.some((r) => r.text === '' && !r.br) ? runs.filter((r) => r.text !== '' || r.br) : runs);

/** Natural widths, shrunk proportionally (but not below the longest word) to fit `total`. */
function columnWidths(rows: Run[][][], cols: number, total: number, size: number, ctx: LayoutContext): number[] {
  const natural: number[] = [];
  const minimum: number[] = [];
  const pad = cellPad(ctx);
  for (let c = 0; c < cols; c++) {
    let nat = 0.4;
    let min = 0.4;
    rows.forEach((row, r) => {
      const text = plainText(row[c] ?? []);
      nat = Math.max(nat, ctx.measure.width(text, size, r === 0) + 2 * pad + INSET);
      for (const word of text.split(/\s+/)) min = Math.max(min, ctx.measure.width(word, size, r === 0) + 2 * pad + 0.02);
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
