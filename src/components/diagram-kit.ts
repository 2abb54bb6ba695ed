import { INSET, applySpacing } from '../layout/text-fit.js';
import type { Box, Element, LayoutContext, TextPara } from '../layout/types.js';
import type { Block, Run } from '../model/types.js';
import { splitBreakable } from '../text/measure.js';
import { textHeight } from './kit.js';
import { luminanceOf, withLuminance } from '../theme/color.js';

/**
 * What the diagram components (staircase, cycle) share: colours derived from
 * the theme for a sequence of shapes; a fit test that also refuses to break a
 * word between letters (a step name split as «Internaliser-ing» is worse than
 * a smaller size); block arrows between boxes; a quote set beside a diagram.
 */

const ARROW_MARGIN = 0.08;
/** Thickness of a block arrow between two boxes (inches). */
export const ARROW_THICK = 0.34;

/** Renderers set lines a few per cent taller than the sum of line heights. */
export const SLACK = 1.04;

/** The theme's text sizes from `max` down to `min`: whole points, in twos above 20. */
export function sizesOf(range: { max: number; min: number }): number[] {
  const out: number[] = [];
  for (let s = range.max; s >= range.min; s -= s > 20 ? 2 : 1) out.push(s);
  return out;
}

/** Do the paragraphs fit a box `w` × `h` (insets included) at `size`, with no word broken between letters? */
export function fitsUnbroken(paras: TextPara[], w: number, h: number, size: number, ctx: LayoutContext, gap = ctx.theme.sizes.paragraphGap): boolean {
  if (!paras.length) return true;
  if (w <= 2 * INSET) return false;
  for (const p of paras) {
    const s = size * (p.scale ?? 1);
    for (const r of p.runs) for (const word of splitBreakable(r.text)) if (ctx.measure.width(word.trim(), s, p.bold || r.bold) > w - 2 * INSET) return false;
  }
  return (textHeight(paras, w, size, ctx, gap) - 2 * INSET) * SLACK <= h - 2 * INSET;
}

/**
 * Colour `i` of `n`: the first palette colour from a light tint of it down to
 * navy's darkness; white text reads on all. Tints and shades of one theme
 * colour, so a re-themed deck regrades them (theme/color.ts).
 */
export function gradedFill(i: number, n: number, ctx: LayoutContext): string {
  const accent = ctx.theme.paletteColor(0);
  const low = luminanceOf(blend(accent, ctx.theme.color('paper'), 0.25));
  const high = luminanceOf(ctx.theme.color('navy'));
  if (n <= 1 || i === n - 1) return ctx.theme.color('navy');
  return withLuminance(accent, low + (high - low) * (n <= 1 ? 1 : i / (n - 1)));
}

/** A lighter tint of a colour: `t` of the way to white, by luminance. */
export function tint(color: string, t: number): string {
  const l = luminanceOf(color);
  return withLuminance(color, l + (1 - l) * t);
}

const hex = (c: string) => [0, 2, 4].map((k) => parseInt(c.slice(k, k + 2), 16));

/** The colour `t` of the way from `a` to `b` (hex RRGGBB). */
export function blend(a: string, b: string, t: number): string {
  const [x, y] = [hex(a), hex(b)];
  return x.map((c, k) => Math.round(c + (y[k]! - c) * t).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The theme's light or dark text colour, whichever reads better on `fill` (WCAG contrast). */
export function textOn(fill: string, ctx: LayoutContext): string {
  const lum = (c: string) => {
    const [r, g, b] = hex(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  const light = ctx.theme.color('onDark');
  const dark = ctx.theme.color('heading');
  return contrast(light, fill) >= contrast(dark, fill) ? light : dark;
}

/** A box in a diagram and its centre: what arrows join. */
export interface Node {
  box: Box;
  cx: number;
  cy: number;
}

/** How far the ray from a's centre towards b's centre travels between the two boxes. */
export function gapBetween(a: Node, b: Node): number {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const d = Math.hypot(dx, dy);
  return d - exit(a.box, dx / d, dy / d) - exit(b.box, dx / d, dy / d);
}

/** Distance from a box's centre to its edge along the unit direction (ux, uy). */
export function exit(b: Box, ux: number, uy: number): number {
  return Math.min(Math.abs(ux) > 1e-9 ? b.w / 2 / Math.abs(ux) : Infinity, Math.abs(uy) > 1e-9 ? b.h / 2 / Math.abs(uy) : Infinity);
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/** A block arrow from box a to box b, in the gap between them. */
export function arrow(a: Node, b: Node, ctx: LayoutContext, name = 'Pil'): Element {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const d = Math.hypot(dx, dy);
  const [ux, uy] = [dx / d, dy / d];
  const from = exit(a.box, ux, uy) + ARROW_MARGIN;
  const to = d - exit(b.box, ux, uy) - ARROW_MARGIN;
  const len = Math.max(0.1, to - from);
  const mx = a.cx + ux * (from + len / 2);
  const my = a.cy + uy * (from + len / 2);
  const h = Math.min(ARROW_THICK, len * 0.8);
  return { kind: 'shape', box: { x: mx - len / 2, y: my - h / 2, w: len, h }, shape: 'rightArrow', fill: ctx.theme.color('rule'), rotate: Math.round((Math.atan2(dy, dx) * 180) / Math.PI), name };
}

/** Small boxes along the arrow from a to b, each as wide as the arrow is thick. */
export function arrowPoints(a: Node, b: Node): Box[] {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const d = Math.hypot(dx, dy);
  const [ux, uy] = [dx / d, dy / d];
  const from = exit(a.box, ux, uy);
  const to = d - exit(b.box, ux, uy);
  const half = ARROW_THICK / 2;
  return Array.from({ length: 13 }, (_, k) => {
    const t = from + ((to - from) * k) / 12;
    return { x: a.cx + ux * t - half, y: a.cy + uy * t - half, w: 2 * half, h: 2 * half };
  });
}

const ATTRIBUTION = /^\s*(—|–|--)\s*/;
/** «…» — Name at the end of the quote's last line. */
const TRAILING = /^(.*[»”"])\s+[—–]\s+([^«»“”"]+)$/;

/** A block quote → its text and its `— attribution` (a last line of its own, or after the closing mark). */
export function splitQuote(quote: Extract<Block, { kind: 'quote' }>): { text: TextPara[]; attribution?: Run[] } {
  const paras: TextPara[] = quote.blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph').map((p) => ({ runs: p.runs }));
  const last = paras[paras.length - 1];
  if (last && ATTRIBUTION.test(last.runs[0]?.text ?? '')) {
    paras.pop();
    return { text: paras, attribution: [{ ...last.runs[0]!, text: '— ' + last.runs[0]!.text.replace(ATTRIBUTION, '') }, ...last.runs.slice(1)] };
  }
  const lastRun = last?.runs[last.runs.length - 1];
  const m = lastRun ? TRAILING.exec(lastRun.text) : null;
  if (last && lastRun && m) {
    last.runs = [...last.runs.slice(0, -1), { ...lastRun, text: m[1]! }];
    return { text: paras, attribution: [{ text: `— ${m[2]!.trim()}` }] };
  }
  return { text: paras };
}

/** The quote in a quiet box beside a diagram, vertically centred in `area`, its attribution under it. */
export function quoteBeside(quote: Extract<Block, { kind: 'quote' }>, area: Box, ctx: LayoutContext, what: 'diagram' | 'stairs' = 'diagram'): Element[] {
  const { theme } = ctx;
  const { text, attribution } = splitQuote(quote);
  if (!text.length) return [];
  const [open, close] = ctx.deck.meta.lang === 'en' ? ['“', '”'] : ['«', '»'];
  const marked = /^["«“'‘]/.test(text[0]!.runs[0]?.text ?? '') ? text : text.map((p, i) => ({ ...p, runs: [...(i === 0 ? [{ text: open }] : []), ...p.runs, ...(i === text.length - 1 ? [{ text: close }] : [])] }));
  const pad = 0.25;
  const inner = area.w - 2 * pad;
  let size = theme.sizes.body.min;
  let textH = 0;
  let attrH = 0;
  for (let s = theme.sizes.body.max; s >= theme.sizes.body.min; s -= s > 20 ? 2 : 1) {
    size = s;
    textH = textHeight(marked, inner, s, ctx) * SLACK;
    attrH = attribution ? textHeight([{ runs: attribution }], inner, Math.min(theme.sizes.subtitle, s), ctx) * SLACK : 0;
    if (textH + attrH + 2 * pad <= area.h) break;
  }
  if (textH + attrH + 2 * pad > area.h) {
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'quote-beside', beside: what, size, w: inner.toFixed(1), h: (area.h - 2 * pad).toFixed(1) }, loc: quote.loc });
  }
  const boxH = Math.min(area.h, textH + attrH + 2 * pad);
  const y = area.y + (area.h - boxH) / 2;
  const attrSize = Math.min(theme.sizes.subtitle, size);
  const out: Element[] = [
    { kind: 'shape', box: { x: area.x, y, w: area.w, h: boxH }, shape: 'rect', fill: theme.color('mist'), name: 'Sitatboks' },
    { kind: 'shape', box: { x: area.x, y, w: 0.08, h: boxH }, shape: 'rect', fill: theme.color('accent'), name: 'Sitatstrek' },
    { kind: 'text', box: { x: area.x + pad, y: y + pad, w: inner, h: textH }, paragraphs: applySpacing(marked.map((p) => ({ ...p, italic: true })), size, theme.sizes.paragraphGap), style: { size, color: theme.color('heading'), font: 'body', italic: true, valign: 'top' }, name: 'Sitat' },
  ];
  if (attribution) out.push({ kind: 'text', box: { x: area.x + pad, y: y + pad + textH, w: inner, h: attrH }, paragraphs: applySpacing([{ runs: attribution, align: 'right' }], attrSize, 0), style: { size: attrSize, color: theme.color('muted'), font: 'body', align: 'right', valign: 'top' }, name: 'Kilde' });
  return out;
}
