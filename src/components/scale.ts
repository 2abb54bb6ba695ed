/**
 * scale — «Hvor høyt på dagsorden …? 1–10»: a statement and a numbered scale to vote on.
 *
 *   <!-- layout: scale
 *   scale: 10                              4–10; default: the «1–N» in the text, else 10
 *   labels: [I liten grad, I stor grad] -->  the two ends; default per language, `false`: none
 *   # Innovasjon på dagsorden
 *   På en skala fra 1–10 – hvor høyt på dagsorden i din kommune?
 *
 * The paragraphs are the statement (without any, the `#` title is); the scale
 * is a row of numbered boxes under it. A list instead rates every item on the
 * same scale, as a grid: statements left, one column per number right.
 *
 *   <!-- layout: scale -->
 *   # Hvor godt stemmer følgende påstander for deg? 1–10
 *   1. Jeg identifiserer meg sterkt med min kommune
 *   2. Jeg vet hva kommunens virksomhet står for
 */
import { luminanceOf, withLuminance } from '../theme/color.js';
import { z } from 'zod';
import type { Block, Lang, ListItem } from '../model/types.js';
import { INSET, applySpacing, plainText } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import { contentArea, para, textHeight, titled } from './kit.js';

const ENDS: Record<Lang, [string, string]> = {
  nb: ['I liten grad', 'I stor grad'],
  nn: ['I liten grad', 'I stor grad'],
  en: ['To a small extent', 'To a large extent'],
};

/** «1–10», «1-6», «1 til 10», «1 to 10» in running text: the scale the author mentions. */
const MENTION = /(?:^|[^\d,.])1\s*(?:[-–—]|til\s|to\s)\s*(\d{1,2})(?![\d,.]\d)/i;

export function mentionedScale(text: string): number | undefined {
  const m = MENTION.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Colour `i` (0-based) of `n`, graded from the theme's quiet surface to its navy. */
export function gradedColor(i: number, n: number, ctx: LayoutContext): string {
  // tints of navy (a scheme colour with lumMod/lumOff) from the quiet surface's lightness down
  const from = luminanceOf(ctx.theme.color('mist'));
  const to = luminanceOf(ctx.theme.color('navy'));
  const t = n <= 1 ? 1 : 0.12 + (0.88 * i) / (n - 1);
  return withLuminance(ctx.theme.color('navy'), from + (to - from) * t);
}

/** Text colour that reads on `fill`. */
export function onFill(fill: string, ctx: LayoutContext): string {
  const [r, g, b] = hex(fill).map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? ctx.theme.color('onDark') : ctx.theme.color('heading');
}

const hex = (c: string) => [0, 2, 4].map((k) => parseInt(c.slice(k, k + 2), 16));

/** Point size of a number in a box `cell` inches wide: scaled with the box, within the theme's range. */
export function numberSize(cell: number, ctx: LayoutContext): number {
  return Math.max(ctx.theme.sizes.table.min, Math.min(ctx.theme.sizes.body.max, Math.floor(cell * 72 * 0.42)));
}

/** Boxes 1..n in a row from (x, y), each `cell` wide and `h` tall, graded in colour. */
export function numberedScale(x: number, y: number, cell: number, h: number, gap: number, n: number, ctx: LayoutContext, name = 'Skala'): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const fill = gradedColor(i, n, ctx);
    return {
      kind: 'text',
      box: { x: x + i * (cell + gap), y, w: cell, h },
      paragraphs: [para(String(i + 1), { align: 'center' })],
      style: { size: numberSize(Math.min(cell, h * 1.2), ctx), color: onFill(fill, ctx), font: 'body', bold: true, align: 'center', valign: 'middle', inset: 0.02 },
      fill,
      shape: 'roundRect',
      name: `${name} ${i + 1}`,
    } satisfies Element;
  });
}

const options = z
  .object({
    scale: z.number().int().min(4).max(10).optional().meta({ description: 'the numbers to vote on, 1 to 4–10; default: the «1–N» in the text, else 10', examples: [6] }),
    labels: z.union([z.tuple([z.string(), z.string()]), z.literal(false)]).optional().meta({ description: 'the words at the two ends; default «I liten grad» and «I stor grad» (in the deck\'s language); `false`: none', examples: [['Lite', 'Mye']] }),
  })
  .strict();

export const scale = defineLayout({
  name: 'scale',
  summary: 'A statement (or a list of statements) with a numbered scale 1–N to vote on',
  syntax: '<!-- layout: scale\nscale: 10 -->\n# Innovasjon på dagsorden\nPå en skala fra 1–10 – hvor høyt på dagsorden i din kommune?',
  master: 'blank',
  options,
  layout(slide, o, ctx) {
    const { title, rest, elements } = titled(slide, ctx);
    const lists = rest.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    const paras = rest.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
    for (const b of rest.filter((b) => b.kind !== 'paragraph' && b.kind !== 'list')) {
      ctx.problems.warn({ code: 'scale-ignored', params: { block: b.kind }, loc: b.loc });
    }
    if (lists.length > 1) {
      ctx.problems.error({ code: 'scale-lists', loc: lists[1]!.loc });
    }
    const text = [title ? plainText(title) : '', ...paras.map((p) => plainText(p.runs))].join(' ');
    const mentioned = mentionedScale(text);
    const n = o.scale ?? (mentioned && mentioned >= 4 && mentioned <= 10 ? mentioned : 10);
    if (o.scale && mentioned && mentioned !== o.scale) {
      ctx.problems.warn({ code: 'scale-mismatch', params: { mentioned, steps: o.scale }, loc: slide.directiveLocs.scale ?? slide.loc });
    }
    const ends = o.labels === false ? undefined : (o.labels ?? ENDS[ctx.deck.meta.lang]);
    const area = contentArea(ctx);
    if (lists[0]) elements.push(...grid(lists[0], paras, n, ends, area, ctx));
    else elements.push(...single(paras, n, ends, area, ctx));
    return { elements };
  },
});

const GAP = 0.14;

/** One statement, large, with the row of numbers under it; the group centred in the area. */
function single(paras: Extract<Block, { kind: 'paragraph' }>[], n: number, ends: [string, string] | undefined, area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const cell = Math.min(1.25, (area.w - (n - 1) * GAP) / n);
  const rowW = n * cell + (n - 1) * GAP;
  const labelSize = theme.sizes.caption;
  const labelH = ends ? textHeight([para(ends[0])], rowW / 2, labelSize, ctx) : 0;
  const scaleH = cell + (ends ? 0.08 + labelH : 0);
  const text: TextPara[] = paras.map((p) => ({ runs: p.runs, align: 'center' }));
  const room = area.h - scaleH - 0.4;
  let size = theme.sizes.body.min;
  let h = 0;
  for (let s = theme.sizes.quote.max; s >= theme.sizes.body.min; s -= s > 20 ? 2 : 1) {
    size = s;
    h = text.length ? textHeight(text, area.w, s, ctx) * 1.04 : 0;
    if (h <= room) break;
  }
  if (h > room) {
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'statement', size, chars: Math.floor((room / h) * plainText(paras.flatMap((p) => p.runs)).length) }, loc: paras[0]!.loc });
  }
  const total = h + (h ? 0.4 : 0) + scaleH;
  let y = area.y + Math.max(0, (area.h - total) / 2);
  const out: Element[] = [];
  if (h) {
    out.push({ kind: 'text', box: { x: area.x, y, w: area.w, h }, paragraphs: applySpacing(text, size, theme.sizes.paragraphGap), style: { size, color: theme.color('text'), font: 'body', align: 'center', valign: 'top' }, name: 'Påstand' });
    y += h + 0.4;
  }
  const x = area.x + (area.w - rowW) / 2;
  out.push(...numberedScale(x, y, cell, cell, GAP, n, ctx));
  if (ends) out.push(...endLabels(ends, x, y + cell + 0.08, rowW, labelH, labelSize, ctx));
  return out;
}

function endLabels(ends: [string, string], x: number, y: number, w: number, h: number, size: number, ctx: LayoutContext): Element[] {
  const style = (align: 'left' | 'right') => ({ size, color: ctx.theme.color('muted'), font: 'body' as const, align, valign: 'top' as const });
  return [
    { kind: 'text', box: { x, y, w: w / 2 - 0.05, h }, paragraphs: [para(ends[0], { align: 'left' })], style: style('left'), name: 'Ytterpunkt lav' },
    { kind: 'text', box: { x: x + w / 2 + 0.05, y, w: w / 2 - 0.05, h }, paragraphs: [para(ends[1], { align: 'right' })], style: style('right'), name: 'Ytterpunkt høy' },
  ];
}

const CELLS = [0.6, 0.5, 0.42, 0.36];
/** Inner margin of a statement's text box: tighter than the default, rows sit close together. */
const ROW_INSET = 0.04;
const ROW_GAP = 0.04;
const COL_GAP = 0.06;

/** Statements left, the numbers 1..n as column heads right, a box to tick per statement and number. */
function grid(list: Extract<Block, { kind: 'list' }>, intro: Extract<Block, { kind: 'paragraph' }>[], n: number, ends: [string, string] | undefined, area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const statements = list.items.map(statementParas);
  const maxNumber = Math.max(...list.items.map((item, i) => item.number ?? i + 1));
  const introParas: TextPara[] = intro.map((p) => ({ runs: p.runs }));
  const labelSize = theme.sizes.caption;
  const rowText = (p: TextPara[], w: number, size: number) => (textHeight(p, w, size, ctx) - 2 * INSET) * 1.04 + 2 * ROW_INSET;
  const measureAt = (size: number, cell: number) => {
    const gridW = n * cell + (n - 1) * COL_GAP;
    const numW = list.ordered ? ctx.measure.width(`${maxNumber}.`, size) + 0.1 : 0;
    const textW = area.w - gridW - 0.3 - numW;
    const labelH = ends ? textHeight([para(ends[0])], gridW / 2, labelSize, ctx) : 0;
    // the intro sits left of the end labels and the number heads
    const introH = introParas.length ? textHeight(introParas, textW + numW, size, ctx) * 1.04 : 0;
    const head = Math.max(introH, labelH + cell * 0.8) + 0.12;
    const texts = statements.map((p) => rowText(p, textW, size));
    const heights = texts.map((t) => Math.max(cell * 0.85, t));
    return { size, cell, gridW, numW, textW, labelH, introH, head, texts, heights, total: head + heights.reduce((a, b) => a + b + ROW_GAP, 0) };
  };
  let chosen: ReturnType<typeof measureAt> | undefined;
  let last: ReturnType<typeof measureAt> | undefined;
  search: for (let size = theme.sizes.body.max; size >= theme.sizes.body.min; size -= size > 20 ? 2 : 1) {
    // number heads in proportion to the text: large text over tiny boxes looks unfinished
    for (const cell of CELLS.filter((c, i) => c >= size * 0.022 || size === theme.sizes.body.min || i === 0)) {
      last = measureAt(size, cell);
      if (last.total <= area.h) {
        chosen = last;
        break search;
      }
    }
  }
  if (!chosen) {
    let used = last!.head;
    const fits = last!.heights.findIndex((h) => (used += h + ROW_GAP) > area.h);
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'statements', count: statements.length, fits, size: last!.size }, loc: list.loc });
    return [];
  }
  const { size, cell, gridW, numW, textW, labelH, introH, head, texts, heights } = chosen;
  const gx = area.x + area.w - gridW;
  const out: Element[] = [];
  let y = area.y;
  if (introH) out.push({ kind: 'text', box: { x: area.x, y, w: textW + numW, h: introH }, paragraphs: applySpacing(introParas, size, theme.sizes.paragraphGap), style: { size, color: theme.color('text'), font: 'body', valign: 'top' }, name: 'Innledning' });
  const headY = y + head - 0.12 - cell * 0.8;
  if (ends) out.push(...endLabels(ends, gx, headY - labelH, gridW, labelH, labelSize, ctx));
  out.push(...numberedScale(gx, headY, cell, cell * 0.8, COL_GAP, n, ctx));
  y += head;
  statements.forEach((paras, i) => {
    const h = heights[i]!;
    if (i % 2 === 0) out.push({ kind: 'shape', box: { x: area.x, y: y - ROW_GAP / 2, w: area.w, h: h + ROW_GAP }, shape: 'rect', fill: theme.color('mist'), name: `Rad ${i + 1}` });
    const item = list.items[i]!;
    // the number beside the statement's first line, however many lines it has
    const top = y + (h - texts[i]!) / 2;
    if (numW) out.push({ kind: 'text', box: { x: area.x, y: top, w: numW, h: texts[i]! }, paragraphs: [para(`${item.number ?? i + 1}.`, { align: 'right' })], style: { size, color: theme.color('heading'), font: 'body', bold: true, align: 'right', valign: 'top', inset: ROW_INSET }, name: `Nummer ${i + 1}` });
    out.push({ kind: 'text', box: { x: area.x + numW, y, w: textW, h }, paragraphs: applySpacing(paras, size, theme.sizes.paragraphGap * 0.5), style: { size, color: theme.color('text'), font: 'body', valign: 'middle', inset: ROW_INSET }, name: `Påstand ${i + 1}` });
    const box = Math.min(cell * 0.62, h * 0.8);
    for (let k = 0; k < n; k++) {
      out.push({ kind: 'shape', box: { x: gx + k * (cell + COL_GAP) + (cell - box) / 2, y: y + (h - box) / 2, w: box, h: box }, shape: 'roundRect', fill: theme.color('paper'), line: { color: theme.color('rule'), width: 1 }, name: `Påstand ${i + 1} – ${k + 1}` });
    }
    y += h + ROW_GAP;
  });
  return out;
}

/** A statement; nested items follow it, smaller. (Its number is drawn beside it, right-aligned, so that 9. and 10. line up.) */
function statementParas(item: ListItem): TextPara[] {
  return [
    { runs: item.runs, bullet: false },
    ...item.children.map((c): TextPara => ({ runs: c.runs, scale: 0.8, bullet: false, gap: 0.1 })),
  ];
}
