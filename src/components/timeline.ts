/**
 * timeline — «3 samlinger og en temadag», «Programmets struktur»: milestones on an arrow, in order.
 *
 *   <!-- layout: timeline
 *   current: 3 -->                        optional: the milestone to highlight (1-based)
 *   # 3 samlinger og en temadag
 *   - 29.–30. januar 2013: Oppstartsamling  `when: what`, split at the first colon
 *   - Mars 2013: Temadager
 *   - 1.–2. oktober 2013: 2. samling (nå)   `(nå)`, `(no)` or `(now)` also marks the current one
 *     - Gardermoen                         nested items: details under the milestone
 *   - April/mai 2014: 3. samling
 *   ### Rapportering                       optional: a row of boxes beneath the arrow
 *   - Oppstartsrapportering
 *   - Årsrapportering (årlig)
 *
 * Items in a row with the same `when` share one milestone. The `when` goes above
 * the arrow and the `what` below; when the words do not fit side by side, the
 * milestones alternate above and below. A row's boxes stand under the milestones
 * when there are as many of each, else they are spread evenly.
 */
import { z } from 'zod';
import { applySpacing, plainText, toMeasure } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import type { Block, Lang, ListItem, Run, SourceLoc } from '../model/types.js';
import { contentArea, para, titled } from './kit.js';

/** «(nå)» at the end of a milestone marks it as current; any language's word counts. */
const CURRENT: Record<Lang, string> = { nb: 'nå', nn: 'no', en: 'now' };
const CURRENT_MARK = new RegExp(`\\s*\\((?:${Object.values(CURRENT).join('|')})\\)\\s*$`, 'i');

const MIN_MILESTONES = 2;
const MAX_MILESTONES = 8;
const ARROW_H = 0.5;
const DOT = 0.3;
const CURRENT_DOT = 0.42;
const LABEL_GAP = 0.1; // between the arrow and the text on either side
const SLOT_GAP = 0.16; // between the texts of neighbouring milestones
const ROW_GAP = 0.35; // between the timeline and a row of boxes under it
const BOX_GAP = 0.16;
/** the current milestone's pill: its width over its text's (the rounded corners take a text margin of their own) */
const PILL_PAD = 0.36;
const BOX_PAD = 0.1;
const DETAIL_SCALE = 0.82;
/** Details are never set smaller (points). */
const DETAIL_MIN = 12;
const SLACK = 1.03; // renderers set lines a few per cent taller than the sum of line heights

/** A point on the arrow: its `when`, one or more `what`s (items with the same when) and their details. */
export interface Milestone { when: string; whats: Run[][]; details: Run[][]; current: boolean; loc: SourceLoc }
/** A row of boxes under the arrow (`### Rapportering` and its list). */
export interface BoxRow { label?: Run[]; boxes: { runs: Run[]; details: Run[][]; loc: SourceLoc }[]; loc: SourceLoc }

const options = z
  .object({ current: z.number().int().min(1).max(MAX_MILESTONES).optional().meta({ description: 'the milestone to highlight, counted from 1; `(nå)` at the end of an item does the same', examples: [3] }) })
  .strict();

export const timeline = defineLayout({
  name: 'timeline',
  summary: 'Milestones on an arrow, in order: list items `when: what`; `(nå)` or `current: N` highlights one',
  syntax: '<!-- layout: timeline -->\n# 3 samlinger og en temadag\n- Januar 2013: Oppstartsamling\n- Mars 2013: Temadager\n- Oktober 2013: 2. samling (nå)\n- April 2014: 3. samling',
  master: 'blank',
  options,
  layout(slide, o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const { milestones, rows } = readTimeline(rest, slide.loc, ctx);
    if (o.current !== undefined) {
      if (o.current > milestones.length) {
        ctx.problems.error({ code: 'timeline-current', params: { kind: 'past-end', current: o.current, milestones: milestones.length }, loc: slide.directiveLocs.current ?? slide.loc });
      } else milestones.forEach((m, i) => (m.current = i === o.current! - 1));
    }
    if (milestones.length >= MIN_MILESTONES) elements.push(...drawTimeline(milestones, rows, contentArea(ctx), ctx));
    return { elements };
  },
});

/** The first list is the milestones; after it, each `###` heading (or bare list/paragraph) is a row of boxes. */
export function readTimeline(blocks: Block[], slideLoc: SourceLoc, ctx: LayoutContext): { milestones: Milestone[]; rows: BoxRow[] } {
  const milestones: Milestone[] = [];
  const rows: BoxRow[] = [];
  const before = ctx.problems.list.length;
  let list: Extract<Block, { kind: 'list' }> | undefined;
  for (const b of blocks) {
    if (!list && b.kind === 'list') {
      list = b;
      for (const item of b.items) readMilestone(item, milestones, ctx);
    } else if (list && b.kind === 'heading') rows.push({ label: b.runs, boxes: [], loc: b.loc });
    else if (list && (b.kind === 'list' || b.kind === 'paragraph')) {
      if (!rows.length || rows[rows.length - 1]!.boxes.length) rows.push({ boxes: [], loc: b.loc });
      const row = rows[rows.length - 1]!;
      if (b.kind === 'paragraph') row.boxes.push({ runs: b.runs, details: [], loc: b.loc });
      else row.boxes.push(...b.items.map((i) => ({ runs: i.runs, details: i.children.map((c) => c.runs), loc: i.loc })));
    } else {
      ctx.problems.error({ code: 'timeline-block', params: { block: b.kind, afterList: !!list }, loc: b.loc });
    }
  }
  const marked = milestones.filter((m) => m.current);
  if (marked.length > 1) ctx.problems.error({ code: 'timeline-current', params: { kind: 'twice' }, loc: marked[1]!.loc });
  if (milestones.length > MAX_MILESTONES) {
    ctx.problems.error({ code: 'timeline-milestones', params: { kind: 'too-many', min: MIN_MILESTONES, max: MAX_MILESTONES }, loc: milestones[MAX_MILESTONES]!.loc });
    milestones.length = MAX_MILESTONES;
  } else if (milestones.length < MIN_MILESTONES && ctx.problems.list.length === before) {
    ctx.problems.error({ code: 'timeline-milestones', params: { kind: 'too-few', min: MIN_MILESTONES, count: milestones.length }, loc: list?.loc ?? slideLoc });
  }
  return { milestones, rows: rows.filter((r) => r.boxes.length) };
}

function readMilestone(item: ListItem, into: Milestone[], ctx: LayoutContext): void {
  const text = plainText(item.runs);
  const colon = text.indexOf(':');
  const when = text.slice(0, colon).trim();
  let what = trimRuns(sliceRuns(item.runs, colon + 1, text.length));
  if (colon < 0 || !when || (!plainText(what) && !item.children.length)) {
    return ctx.problems.error({ code: 'timeline-item', params: { missing: colon < 0 ? 'colon' : !when ? 'when' : 'what' }, loc: item.loc });
  }
  const mark = CURRENT_MARK.exec(plainText(what));
  if (mark) what = trimRuns(sliceRuns(what, 0, mark.index));
  const details = item.children.map((c) => c.runs);
  const last = into[into.length - 1];
  if (last && last.when.toLowerCase() === when.toLowerCase()) {
    if (plainText(what)) last.whats.push(what);
    last.details.push(...details);
    last.current ||= !!mark;
  } else into.push({ when, whats: plainText(what) ? [what] : [], details, current: !!mark, loc: item.loc });
}

/** The runs between character `start` and `end` of their plain text. */
export function sliceRuns(runs: Run[], start: number, end: number): Run[] {
  let at = 0;
  const out: Run[] = [];
  for (const r of runs) {
    const len = r.text.length + (r.br ? 1 : 0);
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + r.text.length) - at;
    if (to > from) out.push({ ...r, text: r.text.slice(from, to), br: r.br && end >= at + len ? true : undefined });
    at += len;
  }
  return out;
}

function trimRuns(runs: Run[]): Run[] {
  const text = plainText(runs);
  const start = text.length - text.trimStart().length;
  return sliceRuns(runs, start, Math.max(start, text.trimEnd().length));
}

interface Fit {
  size: number;
  alternate: boolean;
  /** centre of each milestone on the arrow, and the width of its text, inches */
  cx: number[];
  textW: number;
  step: number;
  /** height of the texts above the arrow */
  above: number;
  whenH: number[];
  whatH: number[];
  rowSize: number;
  rowH: number[];
  rowLabelH: number[];
  height: number;
}

const whenParas = (m: Milestone): TextPara[] => [{ runs: [{ text: m.when }], bold: true, align: 'center' }];
const whatParas = (m: Milestone, size: number, ctx: LayoutContext) => centred(m.whats, m.details, size, ctx);
const boxParas = (b: BoxRow['boxes'][number], size: number, ctx: LayoutContext) => centred([b.runs], b.details, size, ctx);

/** Centred bold lines, then smaller muted details. */
function centred(lines: Run[][], details: Run[][], size: number, ctx: LayoutContext): TextPara[] {
  const scale = Math.max(DETAIL_MIN, Math.round(size * DETAIL_SCALE)) / size;
  return [
    ...lines.map((runs, i): TextPara => ({ runs, bold: true, align: 'center', gap: i ? 0.2 : 0 })),
    ...details.map((runs): TextPara => ({ runs, scale, align: 'center', gap: 0.15, color: ctx.theme.color('muted') })),
  ];
}

/** Height of the paragraphs in `w` inches, or Infinity when a word would have to be broken. */
function heightIn(paras: TextPara[], w: number, size: number, ctx: LayoutContext): number {
  for (const p of paras) {
    const s = size * (p.scale ?? 1);
    for (const word of plainText(p.runs).split(/\s+/)) if (ctx.measure.width(word, s, p.bold) > w) return Infinity;
  }
  return ctx.measure.measure(toMeasure(paras, size, 0), w, size).height * SLACK;
}

/**
 * Where the milestones stand. Side by side each has an equal slot; alternating,
 * a text spans two steps (its neighbours are on the other side of the arrow),
 * and the first and last texts end at the edges of the area.
 */
function positions(n: number, alternate: boolean, area: Box): { cx: number[]; textW: number; step: number } {
  const step = alternate ? (area.w + SLOT_GAP) / (n + 1) : area.w / n;
  const textW = (alternate ? 2 * step : step) - SLOT_GAP;
  return { cx: Array.from({ length: n }, (_, i) => area.x + textW / 2 + i * step + (alternate ? 0 : SLOT_GAP / 2)), textW, step };
}

function measure(ms: Milestone[], rows: BoxRow[], area: Box, size: number, alternate: boolean, ctx: LayoutContext): Fit {
  const { cx, textW, step } = positions(ms.length, alternate, area);
  const inner = textW - 0.16;
  const whenH = ms.map((m) => heightIn(whenParas(m), m.current ? textW - PILL_PAD : inner, size, ctx) + 0.16);
  const whatH = ms.map((m) => (m.whats.length || m.details.length ? heightIn(whatParas(m, size, ctx), inner, size, ctx) + 0.16 : 0));
  // alternating, a milestone's when and what stand together on its side of the arrow
  const side = (odd: number) => Math.max(0, ...ms.map((_, i) => (i % 2 === odd ? whenH[i]! + whatH[i]! : 0)));
  const above = alternate ? side(0) : Math.max(...whenH);
  const below = alternate ? side(1) : Math.max(...whatH);
  // the boxes under the arrow are secondary: no larger than comfortable reading size
  let rowSize = Math.min(size, ctx.theme.sizes.body.comfortable);
  let rowH: number[] = [];
  const rowLabelH = rows.map((r) => (r.label ? heightIn([{ runs: r.label, bold: true }], area.w, ctx.theme.sizes.caption, ctx) + 0.1 : 0));
  for (; rowSize >= ctx.theme.sizes.body.min; rowSize--) {
    rowH = rows.map((r) => {
      const w = (r.boxes.length === ms.length ? step : (area.w + BOX_GAP) / r.boxes.length) - BOX_GAP - 2 * BOX_PAD;
      return Math.max(...r.boxes.map((b) => heightIn(boxParas(b, rowSize, ctx), w, rowSize, ctx))) + 2 * BOX_PAD;
    });
    if (rowH.every(Number.isFinite)) break;
  }
  const rowsH = rows.reduce((sum, _, i) => sum + ROW_GAP + rowLabelH[i]! + rowH[i]!, 0);
  const height = above + 2 * LABEL_GAP + ARROW_H + below + rowsH;
  return { size, alternate, cx, textW, step, above, whenH, whatH, rowSize: Math.max(rowSize, ctx.theme.sizes.body.min), rowH, rowLabelH, height };
}

function choose(ms: Milestone[], rows: BoxRow[], area: Box, ctx: LayoutContext): { fit: Fit; fits: boolean } {
  const { body } = ctx.theme.sizes;
  let last: Fit | undefined;
  // side by side reads in one sweep: alternate only when the words do not fit that way at a comfortable size
  const phases = [[false, body.max, body.comfortable], [true, body.max, body.comfortable], [false, body.comfortable - 1, body.min], [true, body.comfortable - 1, body.min]] as const;
  for (const [alternate, max, min] of phases) {
    for (let size = max; size >= min; size -= size > 20 ? 2 : 1) {
      last = measure(ms, rows, area, size, alternate, ctx);
      if (last.height <= area.h) return { fit: last, fits: true };
    }
  }
  return { fit: last!, fits: false };
}

function drawTimeline(ms: Milestone[], rows: BoxRow[], area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const { fit, fits } = choose(ms, rows, area, ctx);
  if (!fits) return reportTooLong(ms, rows, fit, area, ctx), [];
  const { size, alternate, cx: centres, textW, above, whenH, whatH } = fit;
  const top = area.y + (area.h - fit.height) / 2;
  const arrowY = top + above + LABEL_GAP;
  const mid = arrowY + ARROW_H / 2;
  const out: Element[] = [{ kind: 'shape', box: { x: area.x, y: arrowY, w: area.w, h: ARROW_H }, shape: 'rightArrow', fill: theme.color('rule'), name: 'Tidslinje' }];
  ms.forEach((m, i) => {
    const cx = centres[i]!;
    const x = cx - textW / 2;
    const up = !alternate || i % 2 === 0;
    const d = m.current ? CURRENT_DOT : DOT;
    out.push({ kind: 'shape', box: { x: cx - d / 2, y: mid - d / 2, w: d, h: d }, shape: 'ellipse', fill: theme.color(m.current ? 'accent' : 'navy'), line: { color: theme.color('paper'), width: 2 }, name: `Milepæl ${i + 1}` });
    const whenY = up ? arrowY - LABEL_GAP - whenH[i]! : arrowY + ARROW_H + LABEL_GAP;
    const whatY = alternate ? (up ? whenY - whatH[i]! : whenY + whenH[i]!) : arrowY + ARROW_H + LABEL_GAP;
    out.push(label(m, { x, y: whenY, w: textW, h: whenH[i]! }, size, up, ctx, i));
    if (whatH[i]) out.push({ kind: 'text', box: { x, y: whatY, w: textW, h: whatH[i]! }, paragraphs: applySpacing(whatParas(m, size, ctx), size, 0), style: { size, color: theme.color('text'), font: 'body', align: 'center', valign: up && alternate ? 'bottom' : 'top' }, name: `Hva ${i + 1}` });
  });
  let y = top + fit.height - rows.reduce((s, _, r) => s + ROW_GAP + fit.rowLabelH[r]! + fit.rowH[r]!, 0);
  rows.forEach((row, r) => {
    out.push(...drawRow(row, r, y + ROW_GAP, fit, area, ctx));
    y += ROW_GAP + fit.rowLabelH[r]! + fit.rowH[r]!;
  });
  return out;
}

/** The `when` above (or below) the arrow; the current milestone's on an accent pill. */
function label(m: Milestone, box: Box, size: number, up: boolean, ctx: LayoutContext, i: number): Element {
  const { theme } = ctx;
  const style = { size, color: theme.color('heading'), font: 'body' as const, bold: true, align: 'center' as const, valign: up ? ('bottom' as const) : ('top' as const) };
  if (!m.current) return { kind: 'text', box, paragraphs: whenParas(m), style, name: `Når ${i + 1}` };
  // the pill hugs the text: as wide as its widest line and its padding (which leaves room for the
  // rounded corners' own text margin), on the arrow's side of the box
  const lines = ctx.measure.measure(toMeasure(whenParas(m), size, 0), box.w - PILL_PAD, size);
  const w = Math.min(box.w, lines.width + PILL_PAD);
  const h = lines.height * SLACK + 0.16;
  return { kind: 'text', box: { x: box.x + (box.w - w) / 2, y: up ? box.y + box.h - h : box.y, w, h }, paragraphs: whenParas(m), style: { ...style, color: theme.color('text'), valign: 'middle' }, shape: 'roundRect', fill: theme.color('accent'), name: `Når ${i + 1} (nå)` };
}

function drawRow(row: BoxRow, r: number, y: number, fit: Fit, area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const out: Element[] = [];
  const labelH = fit.rowLabelH[r]!;
  if (row.label) out.push({ kind: 'text', box: { x: area.x, y, w: area.w, h: labelH }, paragraphs: [para(row.label)], style: { size: theme.sizes.caption, color: theme.color('muted'), font: 'body', bold: true, valign: 'bottom' }, name: `Rad ${r + 1}` });
  // under the milestones when the counts match (one report per period), else spread evenly
  const n = fit.cx.length;
  const aligned = row.boxes.length === n;
  const step = aligned ? fit.step : (area.w + BOX_GAP) / row.boxes.length;
  row.boxes.forEach((b, i) => {
    const w = step - BOX_GAP;
    out.push({
      kind: 'text',
      box: { x: aligned ? fit.cx[i]! - w / 2 : area.x + i * step, y: y + labelH, w, h: fit.rowH[r]! },
      paragraphs: applySpacing(boxParas(b, fit.rowSize, ctx), fit.rowSize, 0),
      style: { size: fit.rowSize, color: theme.color('heading'), font: 'body', align: 'center', valign: 'middle', inset: BOX_PAD },
      shape: 'roundRect',
      fill: theme.color('mist'),
      name: `Rad ${r + 1} – ${i + 1}`,
    });
  });
  return out;
}

/** One error, at the milestone (or row) whose text is the tallest at the smallest size. */
function reportTooLong(ms: Milestone[], rows: BoxRow[], fit: Fit, area: Box, ctx: LayoutContext): void {
  const rowCulprit = fit.rowH.findIndex((h) => !Number.isFinite(h) || h > area.h / 3);
  const worst = fit.whatH.reduce((w, h, i) => (h + fit.whenH[i]! > fit.whatH[w]! + fit.whenH[w]! ? i : w), 0);
  const row = rowCulprit >= 0 ? rows[rowCulprit] : undefined;
  ctx.problems.error({
    code: 'component-overflow',
    params: row
      ? { kind: 'timeline-row', label: row.label ? plainText(row.label) : undefined, size: fit.rowSize }
      : { kind: 'milestone', when: ms[worst]!.when, size: fit.size, count: ms.length, tooTall: Number.isFinite(fit.height) ? (fit.height - area.h).toFixed(2) : undefined },
    loc: row ? row.loc : ms[worst]!.loc,
  });
}
