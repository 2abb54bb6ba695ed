/**
 * org-chart — the programme's organisation: a nested list drawn as a tree of boxes with connectors.
 *
 *   <!-- layout: org-chart -->
 *   # Organisering
 *   - **Kommunalminister** — Liv Signe Navarsete      ← a box: name — subtitle
 *     - **Programråd** — KRD, KS, LO K, Unio, YS K, Akad.
 *     - **Sekretariatet**
 *       KRD kommunalavdelingen                        ← a subtitle may also go on its own line
 *       - **Nettverksledere** — KS
 *         - **Prosjektledere** — Kommunene
 *         - **Ressursgruppe**
 *
 * Levels go top-down (up to 4), children centred under their parent, joined by
 * orthogonal connectors. The top level is navy, lower levels mist. Several
 * top-level items make several trees side by side.
 */
import { z } from 'zod';
import { applySpacing, plainText } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import type { Block, ListItem, SourceLoc } from '../model/types.js';
import { contentArea, para, textHeight, titled } from './kit.js';

const MAX_LEVELS = 4;
const MAX_WIDE = 8; // boxes in the widest level
const H_GAP = 0.22; // between boxes side by side, inches
const MIN_V_GAP = 0.32; // between levels: room for the connectors
const MAX_V_GAP = 0.6;
const MAX_BOX_W = 3.0; // a wide box for a short name looks empty
const MAX_BOX_H = 1.5;
const WORD_MARGIN = 0.1; // each side of a word: the text inset and a hair more
const SUB_GAP = 0.15; // space above the subtitle, × size
const SUB_SCALE = 0.8;
const SLACK = 1.1; // renderers set mixed-size lines a little taller than the sum of line heights (LibreOffice: up to ~8 % in a 4-line box)
/** Subtitles are never set smaller (points). */
const FLOOR = 12;

interface OrgNode {
  name: string;
  subtitle?: string;
  depth: number;
  children: OrgNode[];
  loc: SourceLoc;
  /** centre x on the slide, and from the parent's centre: set by fitWidths() */
  cx: number;
  rel: number;
}

export const orgChart = defineLayout({
  name: 'org-chart',
  summary: 'An organisation chart: a nested list → a tree of boxes (name — subtitle) with connectors',
  syntax: '<!-- layout: org-chart -->\n# Organisering\n- **Kommunalminister** — Liv Signe Navarsete\n  - **Programråd** — KRD, KS, LO K, Unio, YS K, Akad.\n  - **Sekretariatet** — KRD kommunalavdelingen',
  master: 'blank',
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const list = rest.find((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    for (const b of rest) {
      if (b !== list) ctx.problems.warn({ code: 'org-chart-ignored', params: { block: b.kind }, loc: b.loc });
    }
    if (!list) {
      ctx.problems.error({ code: 'org-chart-list', loc: slide.loc });
      return { elements };
    }
    const roots = list.items.map((i) => readNode(i, 0));
    const levels: OrgNode[][] = [];
    const collect = (n: OrgNode) => ((levels[n.depth] ??= []).push(n), n.children.forEach(collect));
    roots.forEach(collect);
    if (levels.length > MAX_LEVELS) {
      ctx.problems.error({ code: 'org-chart-deep', params: { levels: levels.length, max: MAX_LEVELS }, loc: levels[MAX_LEVELS]![0]!.loc });
      return { elements };
    }
    const area = contentArea(ctx);
    const widths = fitWidths(roots, levels, area, ctx);
    if (!widths) return { elements };
    const sizes = levelSizes(levels, widths, area.h, ctx);
    if (!sizes) {
      ctx.problems.error({ code: 'org-chart-tall', loc: list.loc });
      return { elements };
    }
    elements.push(...draw(levels, sizes, widths, area, ctx));
    return { elements };
  },
});

/** A list item: "**Name** — subtitle", or the subtitle on a line (or paragraph) of its own. */
function readNode(item: ListItem, depth: number): OrgNode {
  const runs = item.runs;
  // the parser joins an item's paragraphs with a space run marked `br: false`; a hard break sets `br: true`
  const cut = runs.findIndex((r) => r.br === true || (r.br === false && r.text === ' '));
  let name: string;
  let subtitle: string | undefined;
  if (cut >= 0) {
    const head = runs.slice(0, cut + 1).map((r) => ({ ...r, br: undefined }));
    name = plainText(runs[cut]!.br === true ? head : head.slice(0, -1));
    subtitle = plainText(runs.slice(cut + 1));
  } else {
    const text = plainText(runs);
    const dash = /\s+[—–-]\s+/.exec(text);
    // a soft line break reads as a space: a bold name followed by plain text is name and subtitle
    const boldHead = runs.length > 1 && runs[0]!.bold && !runs.slice(1).some((r) => r.bold) ? runs[0]!.text.length : -1;
    if (dash) [name, subtitle] = [text.slice(0, dash.index), text.slice(dash.index + dash[0].length)];
    else if (boldHead > 0) [name, subtitle] = [text.slice(0, boldHead), text.slice(boldHead)];
    else name = text;
  }
  return { name: name.trim(), subtitle: subtitle?.trim() || undefined, depth, loc: item.loc, cx: 0, rel: 0, children: item.children.map((c) => readNode(c, depth + 1)) };
}

/**
 * One box width per level, as wide as the slide allows (MAX_BOX_W at most),
 * and every node's centre. The fullest level gives way first, never below
 * the width its longest word needs at the smallest size. Undefined (and an
 * error reported) when the tree is too wide even then.
 */
function fitWidths(roots: OrgNode[], levels: OrgNode[][], area: Box, ctx: LayoutContext): number[] | undefined {
  const need = levels.map((l) => Math.max(...l.map((n) => longestWordAt(n, ctx.theme.sizes.body.min, ctx))) + 2 * WORD_MARGIN);
  const fits = (d: number) => Math.min(MAX_WIDE, Math.floor((area.w + H_GAP) / (need[d]! + H_GAP)));
  const crowded = levels.reduce((w, l, d) => (l.length * (need[d]! + H_GAP) > levels[w]!.length * (need[w]! + H_GAP) ? d : w), 0);
  const tooWide = (d: number, why: { kind: 'fits' } | { kind: 'crowded'; wide: string; slide: string }) => {
    ctx.problems.error({ code: 'org-chart-wide', params: { level: d + 1, boxes: levels[d]!.length, fits: fits(d), longNames: fits(d) < MAX_WIDE, why }, loc: levels[d]![0]!.loc });
    return undefined;
  };
  const over = levels.findIndex((l, d) => l.length > fits(d));
  if (over >= 0) return tooWide(over, { kind: 'fits' });
  const widths = need.map((w) => Math.max(w, MAX_BOX_W));
  for (;;) {
    const { offsets, contour } = pack(roots, widths);
    const lo = Math.min(...contour.map((e) => e.lo));
    const hi = Math.max(...contour.map((e) => e.hi));
    if (hi - lo <= area.w + 1e-6) {
      const at = (n: OrgNode, cx: number): void => ((n.cx = cx), n.children.forEach((c) => at(c, cx + c.rel)));
      roots.forEach((r, i) => at(r, area.x + (area.w - (hi - lo)) / 2 - lo + offsets[i]!));
      return widths;
    }
    // the level taking the most room gives way
    const d = widths.reduce((best, w, k) => (w > need[k]! + 1e-6 && (best < 0 || levels[k]!.length * (w + H_GAP) > levels[best]!.length * (widths[best]! + H_GAP)) ? k : best), -1);
    if (d < 0) return tooWide(crowded, { kind: 'crowded', wide: (hi - lo).toFixed(1), slide: area.w.toFixed(1) });
    widths[d] = Math.max(need[d]!, widths[d]! * 0.95);
  }
}

/** Left and right edge of a subtree's boxes at each level, from the subtree's centre (levels without boxes: absent). */
type Contour = { lo: number; hi: number }[];

/** Sibling subtrees side by side, each as close to the one before as its boxes at every level allow. */
function pack(nodes: OrgNode[], widths: number[]): { offsets: number[]; contour: Contour } {
  const contour: Contour = [];
  const offsets = nodes.map((n) => {
    const c = shape(n, widths);
    let off = contour.length ? -Infinity : 0;
    c.forEach((e, d) => contour[d] && (off = Math.max(off, contour[d]!.hi + H_GAP - e.lo)));
    if (off === -Infinity) off = 0;
    c.forEach((e, d) => (contour[d] = contour[d] ? { lo: Math.min(contour[d]!.lo, e.lo + off), hi: Math.max(contour[d]!.hi, e.hi + off) } : { lo: e.lo + off, hi: e.hi + off }));
    return off;
  });
  return { offsets, contour };
}

/** A subtree's contour, its node centred over its first and last child; sets each child's `rel`. */
function shape(n: OrgNode, widths: number[]): Contour {
  const own = { lo: -widths[n.depth]! / 2, hi: widths[n.depth]! / 2 };
  if (!n.children.length) return Object.assign([], { [n.depth]: own });
  const { offsets, contour } = pack(n.children, widths);
  const centre = (offsets[0]! + offsets[offsets.length - 1]!) / 2;
  n.children.forEach((c, i) => (c.rel = offsets[i]! - centre));
  const out: Contour = [];
  contour.forEach((e, d) => (out[d] = { lo: e.lo - centre, hi: e.hi - centre }));
  out[n.depth] = own;
  return out;
}

const subSize = (size: number) => Math.max(FLOOR, Math.round(size * SUB_SCALE));

function boxParas(n: OrgNode, size: number): TextPara[] {
  return [para(n.name, { bold: true }), ...(n.subtitle ? [para(n.subtitle, { scale: subSize(size) / size, gap: SUB_GAP })] : [])];
}

/**
 * One size per level: the largest at which no word of the level breaks, no
 * larger than the level above; then shrunk, the largest level first, until
 * the levels fit the height. Undefined when they do not fit at the smallest.
 */
function levelSizes(levels: OrgNode[][], widths: number[], height: number, ctx: LayoutContext): { size: number; h: number }[] | undefined {
  const { max, min } = { max: ctx.theme.sizes.subtitle, min: ctx.theme.sizes.body.min };
  const sizes: number[] = [];
  levels.forEach((level, i) => {
    let s = Math.min(max, sizes[i - 1] ?? max);
    const words = (size: number) => level.every((n) => longestWordAt(n, size, ctx) + 2 * WORD_MARGIN <= widths[i]!);
    while (s > min && !words(s)) s--;
    sizes.push(s);
  });
  for (;;) {
    const raw = levels.map((l, i) => Math.max(...l.map((n) => textHeight(boxParas(n, sizes[i]!), widths[i]!, sizes[i]!, ctx, SUB_GAP))) * SLACK);
    const total = raw.reduce((a, b) => a + b, 0) + MIN_V_GAP * (levels.length - 1);
    if (total <= height && raw.every((h) => h <= MAX_BOX_H)) return sizes.map((size, i) => ({ size, h: raw[i]! }));
    const biggest = sizes.lastIndexOf(Math.max(...sizes));
    if (sizes[biggest]! <= min) return undefined;
    sizes[biggest]!--;
  }
}

/** Width of the longest word of a box at `size`, inches. */
function longestWordAt(n: OrgNode, size: number, ctx: LayoutContext): number {
  const w = (text: string, s: number, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((word) => ctx.measure.width(word, s, bold)));
  return Math.max(w(n.name, size, true), n.subtitle ? w(n.subtitle, subSize(size), false) : 0);
}

function draw(levels: OrgNode[][], sizes: { size: number; h: number }[], widths: number[], area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const used = sizes.reduce((a, s) => a + s.h, 0);
  const vGap = levels.length > 1 ? Math.min(MAX_V_GAP, (area.h - used) / (levels.length - 1)) : 0;
  const tops: number[] = [];
  sizes.forEach((s, i) => tops.push(i === 0 ? area.y : tops[i - 1]! + sizes[i - 1]!.h + vGap));
  const boxes: Element[] = [];
  const lines: Element[] = [];
  const line = (box: Box): Element => ({ kind: 'line', box, color: theme.color('muted'), width: 1.25 });
  levels.forEach((level, d) => {
    const { size, h } = sizes[d]!;
    const top = d === 0;
    const boxW = widths[d]!;
    for (const n of level) {
      boxes.push({
        kind: 'text',
        box: { x: n.cx - boxW / 2, y: tops[d]!, w: boxW, h },
        paragraphs: applySpacing(boxParas(n, size), size, SUB_GAP),
        style: { size, color: theme.color(top ? 'onDark' : 'heading'), font: 'body', align: 'center', valign: 'middle' },
        fill: theme.color(top ? 'navy' : 'mist'),
        line: top ? undefined : { color: theme.color('rule'), width: 0.75 },
        shape: 'rect',
        name: n.name,
      });
      if (!n.children.length) continue;
      // parent bottom → half way down the gap → across → down to each child's top
      const bottom = tops[d]! + h;
      const mid = bottom + vGap / 2;
      const childTop = tops[d + 1]!;
      lines.push(line({ x: n.cx, y: bottom, w: 0, h: mid - bottom }));
      const xs = n.children.map((c) => c.cx);
      const [left, right] = [Math.min(n.cx, ...xs), Math.max(n.cx, ...xs)];
      if (right - left > 0.001) lines.push(line({ x: left, y: mid, w: right - left, h: 0 }));
      for (const x of xs) lines.push(line({ x, y: mid, w: 0, h: childTop - mid }));
    }
  });
  return [...lines, ...boxes];
}
