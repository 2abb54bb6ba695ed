import { INSET, applySpacing, fitParagraphs, type Fitted } from '../layout/text-fit.js';
import type { Box, Element, LayoutContext, TextPara } from '../layout/types.js';
import type { TextPart } from '../i18n/messages/types.js';
import type { Block, Run, Slide, SourceLoc } from '../model/types.js';
import { splitTitle, titleElement } from '../layout/common.js';

/**
 * Small drawing kit shared by the components: where a component may draw, and
 * text boxes whose size is measured, not guessed. Colours and sizes always come
 * from the theme (ctx.theme.color('navy'), ctx.theme.sizes.body …).
 */

/** The area under the title and above the footer of the "Bare tittel" master. */
export function contentArea(ctx: LayoutContext): Box {
  return ctx.theme.region('blank', 'body');
}

/** Split a box into `n` columns (or rows) with `gap` between them. */
export function columns(area: Box, n: number, gap: number): Box[] {
  const w = (area.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: area.x + i * (w + gap), y: area.y, w, h: area.h }));
}

export function rows(area: Box, n: number, gap: number): Box[] {
  const h = (area.h - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: area.x, y: area.y + i * (h + gap), w: area.w, h }));
}

export interface TextBoxOptions {
  range: { max: number; min: number };
  color: string;
  fill?: string;
  line?: { color: string; width: number };
  shape?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  font?: 'heading' | 'body';
  /** paragraph gap in multiples of the size */
  gap?: number;
  name?: string;
  /** what to call it in an overflow error ("the bio of Anne") */
  what?: TextPart;
  loc?: SourceLoc;
  maxLines?: number;
}

/**
 * A text element fitted into `box`: the largest size in `range` at which the
 * paragraphs fit. Reports an overflow error (at `loc`) when even the smallest
 * size does not fit.
 */
export function fittedText(text: TextPara[], box: Box, ctx: LayoutContext, o: TextBoxOptions): { element: Element; fit: Fitted } {
  const gap = o.gap ?? ctx.theme.sizes.paragraphGap;
  // a bold box is measured with the bold face
  const paras = o.bold ? text.map((p) => ({ ...p, bold: true })) : text;
  const fit = fitParagraphs(ctx.measure, paras, box, o.range, gap, o.maxLines);
  if (!fit.fits && o.loc) {
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'text', part: o.what ?? { kind: 'text' }, overflow: fit.overflow.toFixed(2), size: fit.size, w: box.w.toFixed(1), h: box.h.toFixed(1) }, loc: o.loc });
  }
  return {
    fit,
    element: {
      kind: 'text',
      box,
      paragraphs: applySpacing(paras, fit.size, fit.gap),
      style: { size: fit.size, color: o.color, font: o.font ?? 'body', bold: o.bold, align: o.align, valign: o.valign ?? 'top' },
      fill: o.fill,
      line: o.line,
      shape: o.shape,
      name: o.name,
    },
  };
}

/** Height (inches, insets included) the paragraphs need at `size` in a box `width` wide. */
export function textHeight(paras: TextPara[], width: number, size: number, ctx: LayoutContext, gap = ctx.theme.sizes.paragraphGap): number {
  const fit = fitParagraphs(ctx.measure, paras, { x: 0, y: 0, w: width, h: 1000 }, { max: size, min: size }, gap);
  return fit.height + 2 * INSET;
}

export const para = (text: string | Run[], extra: Partial<TextPara> = {}): TextPara => ({ runs: typeof text === 'string' ? [{ text }] : text, ...extra });

/**
 * Every component starts the same way: the slide's `#` heading into the title
 * placeholder of the "Bare tittel" master, and the blocks under it to draw.
 */
export function titled(slide: Slide, ctx: LayoutContext): { elements: Element[]; rest: Block[]; title?: Run[]; titleLoc?: SourceLoc } {
  const { title, titleLoc, rest } = splitTitle(slide);
  const elements: Element[] = title ? [titleElement(title, 'blank', ctx, titleLoc!)] : [];
  return { elements, rest, title, titleLoc };
}
