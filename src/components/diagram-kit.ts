import { INSET } from '../layout/text-fit.js';
import type { LayoutContext, TextPara } from '../layout/types.js';
import { splitBreakable } from '../text/measure.js';
import { textHeight } from './kit.js';

/**
 * What the diagram components (staircase, cycle) share: colours derived from
 * the theme for a sequence of shapes, and a fit test that also refuses to
 * break a word between letters (a step name split as «Internaliser-ing» is
 * worse than a smaller size).
 */

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

/** Colour `i` of `n`: from a light tint of the first palette colour up to navy; white text reads on all. */
export function gradedFill(i: number, n: number, ctx: LayoutContext): string {
  const low = blend(ctx.theme.paletteColor(0), ctx.theme.color('paper'), 0.25);
  return blend(low, ctx.theme.color('navy'), n <= 1 ? 1 : i / (n - 1));
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
