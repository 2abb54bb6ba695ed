/**
 * cycle — «Erfaringer – refleksjon alle veier»: a list drawn as a cycle of arrows.
 *
 *   <!-- layout: cycle -->
 *   # Erfaringer – refleksjon alle veier
 *   - Refleksjon                 ← 3 to 8 items, clockwise from the top
 *   - Læring
 *     - a nested item: a smaller line in the same box
 *   - Utvikling
 *   - Nye mål
 *
 *   *De gode historiene*         ← a paragraph: in the middle of the cycle if it fits, else under it
 *
 *   <!-- layout: cycle
 *   cycle: false -->             ← a row of linked circles, left to right (2 to 8 items)
 *   # Forventninger
 *   - Utvikle lokale tiltak
 *   - Opparbeide kunnskap
 *   - Sikre erfaringsoverføring
 *
 * Labels too long for the circles are set under them and the circles numbered.
 * Every item gets the same text size, the largest at which all of them fit;
 * the items are graded from a light tint of the first palette colour to navy
 * (as the staircase's steps), the arrows a quiet colour.
 */
import { z } from 'zod';
import { applySpacing, plainText } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import type { Block, ListItem, SourceLoc } from '../model/types.js';
import { contentArea, textHeight, titled } from './kit.js';
import { SLACK, arrow, arrowPoints, fitsUnbroken, gapBetween, gradedFill, overlaps, sizesOf, textOn, type Node } from './diagram-kit.js';

const MIN_CYCLE = 3;
const MIN_ROW = 2;
const MAX_ITEMS = 8;
/** A ring wider than tall fits the 16:9 content area; more than this looks like two rows. */
const RING_ASPECT = 1.9;
/** Free space between two boxes for the arrow joining them (inches). */
const MIN_ARROW_GAP = 0.5;
const MAX_BOX_W = 3.0;
const MIN_BOX_W = 1.2;
const MIN_BOX_H = 0.7;
const MAX_BOX_H = 1.5;
/** Text room each side in a box, beyond the inset (the rounded corners take some). */
const PAD = 0.08;
const CENTRE_MARGIN = 0.15;
const CAPTION_GAP = 0.2;
const ROW_GAP = 0.75;
const MAX_CIRCLE = 3.0;
/** Between a circle and its label, and between two labels side by side (inches). */
const LABEL_GAP = 0.15;
const LABEL_SPACE = 0.1;
/** The text rectangle of an ellipse is its inscribed square: side × √½. */
const INSCRIBED = Math.SQRT1_2;

interface Item {
  paras: TextPara[];
  loc: SourceLoc;
}

const options = z.object({ cycle: z.boolean().default(true).meta({ description: '`false`: a row of linked circles, left to right, instead of a cycle', examples: [false] }) }).strict();

export const cycle = defineLayout({
  name: 'cycle',
  summary: 'A list as a cycle of arrows (Refleksjon → Læring → …); `cycle: false` → a row of linked circles',
  syntax: '<!-- layout: cycle -->\n# Erfaringer – refleksjon alle veier\n- Refleksjon\n- Læring\n- Utvikling\n- Nye mål\n\n*De gode historiene*',
  master: 'blank',
  options,
  layout(slide, o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const lists = rest.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    const paragraphs = rest.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
    for (const b of rest.filter((b) => b.kind !== 'list' && b.kind !== 'paragraph')) {
      ctx.problems.warn({ code: 'cycle-ignored', params: { block: b.kind }, loc: b.loc });
    }
    const list = lists[0];
    const min = o.cycle ? MIN_CYCLE : MIN_ROW;
    if (!list) {
      ctx.problems.error({ code: 'cycle-items', params: { min, max: MAX_ITEMS }, loc: slide.loc });
      return { elements };
    }
    if (lists[1]) ctx.problems.error({ code: 'cycle-lists', loc: lists[1].loc });
    if (list.items.length < min || list.items.length > MAX_ITEMS) {
      const extra = list.items[MAX_ITEMS];
      ctx.problems.error({ code: 'cycle-count', params: { cycle: o.cycle, items: list.items.length, min, max: MAX_ITEMS, tooMany: !!extra }, loc: extra?.loc ?? list.loc });
      return { elements };
    }
    const items = list.items.map(readItem);
    const centre: TextPara[] = paragraphs.map((p) => ({ runs: p.runs, align: 'center' }));
    elements.push(...(o.cycle ? ring(items, centre, contentArea(ctx), list.loc, ctx, paragraphs[0]?.loc) : row(items, centre, contentArea(ctx), list.loc, ctx)));
    return { elements };
  },
});

function readItem(item: ListItem): Item {
  const details: TextPara[] = [];
  const walk = (items: ListItem[]) => items.forEach((c) => (details.push({ runs: c.runs, scale: 0.8, gap: 0.15 }), walk(c.children)));
  walk(item.children);
  return { paras: [{ runs: item.runs, bold: true, align: 'center' }, ...details.map((d) => ({ ...d, align: 'center' as const }))], loc: item.loc };
}

const extent = (v: number[]): [number, number] => [Math.min(...v), Math.max(...v)];

/** The items on an ellipse, clockwise from the top, arrows between them; the paragraph in the middle or under. */
function ring(items: Item[], centre: TextPara[], area: Box, loc: SourceLoc, ctx: LayoutContext, centreLoc?: SourceLoc): Element[] {
  const attempt = (space: Box) => {
    for (const size of sizesOf(ctx.theme.sizes.body)) {
      for (let bw = MAX_BOX_W; bw >= MIN_BOX_W - 1e-9; bw -= 0.1) {
        const need = Math.max(...items.map((it) => textHeight(it.paras, bw - 2 * PAD, size, ctx) * SLACK));
        const bh = Math.max(MIN_BOX_H, bw * 0.42, need + 0.1);
        if (bh > MAX_BOX_H || !items.every((it) => fitsUnbroken(it.paras, bw - 2 * PAD, bh, size, ctx))) continue;
        const nodes = placeOnRing(items.length, bw, bh, space);
        if (nodes) return { size, nodes };
      }
    }
    return undefined;
  };
  let placed = attempt(area);
  let inMiddle: Element | undefined;
  if (placed && centre.length) inMiddle = middleText(centre, placed.nodes, placed.size, ctx);
  let caption: Element | undefined;
  if (placed && centre.length && !inMiddle) {
    const cap = captionUnder(centre, area, ctx);
    caption = cap.element;
    placed = attempt({ ...area, h: area.h - cap.height - CAPTION_GAP });
    if (!placed) {
      ctx.problems.error({ code: 'component-overflow', params: { kind: 'cycle-centre' }, loc: centreLoc ?? loc });
      return [];
    }
  }
  if (!placed) {
    reportTooLong(items, loc, ctx, 'cycle');
    return [];
  }
  const { size, nodes } = placed;
  const out: Element[] = [];
  nodes.forEach((a, i) => out.push(arrow(a, nodes[(i + 1) % nodes.length]!, ctx)));
  nodes.forEach((nd, i) => {
    const fill = gradedFill(i, items.length, ctx);
    out.push({ kind: 'text', box: nd.box, paragraphs: applySpacing(items[i]!.paras, size, ctx.theme.sizes.paragraphGap), style: { size, color: textOn(fill, ctx), font: 'body', align: 'center', valign: 'middle' }, shape: 'roundRect', fill, name: `Steg ${i + 1}` });
  });
  if (inMiddle) out.push(inMiddle);
  if (caption) out.push(caption);
  return out;
}

/** `n` boxes on the largest ellipse in `space`, or undefined when neighbours leave no room for an arrow. */
function placeOnRing(n: number, bw: number, bh: number, space: Box): Node[] | undefined {
  const angles = Array.from({ length: n }, (_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  // an odd count leaves the bottom of the ellipse empty: stretch to what the boxes really span
  const [cosLo, cosHi] = extent(angles.map(Math.cos));
  const [sinLo, sinHi] = extent(angles.map(Math.sin));
  const ry = (space.h - bh) / (sinHi - sinLo);
  const rx = Math.min((space.w - bw) / (cosHi - cosLo), ((space.h - bh) / 2) * RING_ASPECT);
  if (ry <= 0 || rx <= 0) return undefined;
  const cx = space.x + space.w / 2 - (rx * (cosHi + cosLo)) / 2;
  const cy = space.y + space.h / 2 - (ry * (sinHi + sinLo)) / 2;
  const nodes = angles.map((t) => {
    const x = cx + rx * Math.cos(t);
    const y = cy + ry * Math.sin(t);
    return { cx: x, cy: y, box: { x: x - bw / 2, y: y - bh / 2, w: bw, h: bh } };
  });
  for (let i = 0; i < n; i++) {
    if (gapBetween(nodes[i]!, nodes[(i + 1) % n]!) < MIN_ARROW_GAP) return undefined;
    for (let j = i + 2; j < n; j++) if (overlaps(nodes[i]!.box, nodes[j]!.box, 0.1)) return undefined;
  }
  return nodes;
}

/** The paragraph in the middle of the ring, at the largest size that fits between the boxes and arrows. */
function middleText(paras: TextPara[], nodes: Node[], itemSize: number, ctx: LayoutContext): Element | undefined {
  // the ring's centre: the mean of points evenly spaced on an ellipse
  const cx = nodes.reduce((s, n) => s + n.cx, 0) / nodes.length;
  const cy = nodes.reduce((s, n) => s + n.cy, 0) / nodes.length;
  const ring = nodes.map((nd, i) => ({ nd, next: nodes[(i + 1) % nodes.length]! }));
  // a slanted arrow's bounding box is mostly empty: test points along it instead
  const blocked = [...nodes.map((n) => n.box), ...ring.flatMap(({ nd, next }) => arrowPoints(nd, next))];
  const maxW = Math.max(...nodes.map((n) => n.box.x + n.box.w)) - Math.min(...nodes.map((n) => n.box.x));
  for (const size of sizesOf({ max: Math.min(itemSize + 4, ctx.theme.sizes.body.max), min: ctx.theme.sizes.caption })) {
    for (let w = maxW; w >= 1.2; w -= 0.1) {
      const h = textHeight(paras, w, size, ctx) * SLACK;
      const box = { x: cx - w / 2, y: cy - h / 2, w, h };
      if (!fitsUnbroken(paras, w, h + 0.01, size, ctx)) break;
      if (blocked.every((b) => !overlaps(box, b, CENTRE_MARGIN))) {
        return { kind: 'text', box, paragraphs: applySpacing(paras, size, ctx.theme.sizes.paragraphGap), style: { size, color: ctx.theme.color('heading'), font: 'body', align: 'center', valign: 'middle' }, name: 'Midten' };
      }
    }
  }
  return undefined;
}

/** The paragraph as a caption at the bottom of `area`. */
function captionUnder(paras: TextPara[], area: Box, ctx: LayoutContext): { element: Element; height: number } {
  const size = ctx.theme.sizes.caption;
  const height = textHeight(paras, area.w, size, ctx) * SLACK;
  return {
    height,
    element: { kind: 'text', box: { x: area.x, y: area.y + area.h - height, w: area.w, h: height }, paragraphs: applySpacing(paras, size, ctx.theme.sizes.paragraphGap), style: { size, color: ctx.theme.color('muted'), font: 'body', align: 'center', valign: 'top' }, name: 'Bildetekst' },
  };
}

/**
 * `cycle: false`: circles in a row, left to right, arrows between; the paragraph
 * under them. Labels too long for the circles go under them, the circles numbered.
 */
function row(items: Item[], centre: TextPara[], area: Box, loc: SourceLoc, ctx: LayoutContext): Element[] {
  const n = items.length;
  const cap = centre.length ? captionUnder(centre, area, ctx) : undefined;
  const room = area.h - (cap ? cap.height + CAPTION_GAP : 0);
  const d = Math.min(MAX_CIRCLE, room, (area.w - (n - 1) * ROW_GAP) / n);
  // text in a circle sits in its inscribed square
  const inner = d * INSCRIBED;
  const sizes = sizesOf(ctx.theme.sizes.body);
  let size = sizes.find((s) => items.every((it) => fitsUnbroken(it.paras, inner, inner, s, ctx)));
  const labelW = d + ROW_GAP - LABEL_SPACE;
  let labelH = 0;
  if (size === undefined) {
    size = sizes.find((s) => items.every((it) => fitsUnbroken(it.paras, labelW, room - d - LABEL_GAP, s, ctx)));
    if (size === undefined) {
      reportTooLong(items, loc, ctx, 'row', labelW);
      return [];
    }
    labelH = Math.max(...items.map((it) => textHeight(it.paras, labelW, size!, ctx) * SLACK));
  }
  const height = d + (labelH ? LABEL_GAP + labelH : 0);
  const x0 = area.x + (area.w - n * d - (n - 1) * ROW_GAP) / 2;
  const y = area.y + (room - height) / 2;
  const nodes: Node[] = items.map((_, i) => {
    const x = x0 + i * (d + ROW_GAP);
    return { cx: x + d / 2, cy: y + d / 2, box: { x, y, w: d, h: d } };
  });
  const out: Element[] = [];
  for (let i = 0; i + 1 < n; i++) out.push(arrow(nodes[i]!, nodes[i + 1]!, ctx));
  nodes.forEach((nd, i) => {
    const fill = gradedFill(i, n, ctx);
    const style = { color: textOn(fill, ctx), font: 'body' as const, align: 'center' as const, valign: 'middle' as const };
    if (!labelH) {
      out.push({ kind: 'text', box: nd.box, paragraphs: applySpacing(items[i]!.paras, size!, ctx.theme.sizes.paragraphGap), style: { ...style, size: size! }, shape: 'ellipse', fill, name: `Steg ${i + 1}` });
      return;
    }
    // the number as large as the circle comfortably holds
    const numberSize = Math.floor((inner * 72) / 2);
    out.push({ kind: 'text', box: nd.box, paragraphs: [{ runs: [{ text: String(i + 1) }], align: 'center', bold: true, size: numberSize }], style: { ...style, size: numberSize, bold: true, inset: 0 }, shape: 'ellipse', fill, name: `Nummer ${i + 1}` });
    const label = { x: nd.cx - labelW / 2, y: y + d + LABEL_GAP, w: labelW, h: labelH };
    out.push({ kind: 'text', box: label, paragraphs: applySpacing(items[i]!.paras, size!, ctx.theme.sizes.paragraphGap), style: { size: size!, color: ctx.theme.color('text'), font: 'body', align: 'center', valign: 'top' }, name: `Steg ${i + 1}` });
  });
  if (cap) out.push({ ...cap.element, box: { ...cap.element.box, y: y + height + CAPTION_GAP } });
  return out;
}

/** One error, at the item with the most text, saying how wide the boxes can be. */
function reportTooLong(items: Item[], loc: SourceLoc, ctx: LayoutContext, shape: 'cycle' | 'row', width = MIN_BOX_W): void {
  const len = (it: Item) => plainText(it.paras.flatMap((p) => p.runs)).length;
  const longest = items.reduce((a, b) => (len(b) > len(a) ? b : a));
  ctx.problems.error({ code: 'component-overflow', params: { kind: 'cycle-items', shape, item: plainText(longest.paras[0]!.runs), width: width.toFixed(1), size: ctx.theme.sizes.body.min, count: items.length }, loc: longest.loc ?? loc });
}
