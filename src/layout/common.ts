import type { TextPart } from '../i18n/messages/types.js';
import type { Block, Run, Slide, SourceLoc } from '../model/types.js';
import type { MasterKey } from '../theme/schema.js';
import { applySpacing, fitParagraphs, plainText, type Fitted } from './text-fit.js';
import type { Box, Element, LayoutContext, PlaceholderSlot, TextPara } from './types.js';

/** The slide's `#` heading (its title) and the blocks after it. */
export function splitTitle(slide: Slide): { title?: Run[]; titleLoc?: SourceLoc; rest: Block[] } {
  const i = slide.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (i < 0) return { rest: slide.blocks };
  const h = slide.blocks[i] as Extract<Block, { kind: 'heading' }>;
  return { title: h.runs, titleLoc: h.loc, rest: slide.blocks.filter((_, k) => k !== i) };
}

/** The slide title in the master's title placeholder, at the largest size that fits on two lines. */
export function titleElement(runs: Run[], master: MasterKey, ctx: LayoutContext, loc: SourceLoc, opts: { dark?: boolean; range?: { max: number; min: number } } = {}): Element {
  const box = ctx.theme.region(master, 'title');
  const range = opts.range ?? ctx.theme.sizes.title;
  // measured bold (the wider face) whoever sets the weight: samling's own titles are bold (style), an
  // organisation's template says its own (the paragraph asks for nothing, so its title style stands)
  const fit = fitParagraphs(ctx.measure, [{ runs, bold: true }], box, range, 0, 3);
  if (!fit.fits) reportOverflow(ctx, loc, { kind: 'title' }, fit, box);
  return {
    kind: 'text',
    placeholder: 'title',
    box,
    paragraphs: [{ runs }],
    style: { size: fit.size, color: ctx.theme.color(opts.dark ? 'onDark' : 'heading'), font: 'heading', bold: true, valign: 'bottom' },
  };
}

/** Paragraphs set at the largest size within the theme's body range that fits `box`. */
export function bodyElement(paras: TextPara[], box: Box, ctx: LayoutContext, loc: SourceLoc, opts: { placeholder?: PlaceholderSlot; color?: string; range?: { max: number; min: number }; what?: TextPart; valign?: 'top' | 'middle' } = {}): { element: Element; fit: Fitted } {
  const gap = ctx.theme.sizes.paragraphGap;
  const fit = fitParagraphs(ctx.measure, paras, box, opts.range ?? ctx.theme.sizes.body, gap);
  if (!fit.fits) reportOverflow(ctx, loc, opts.what ?? { kind: 'text' }, fit, box);
  else if (ctx.lint && fit.size < ctx.theme.sizes.body.comfortable && (opts.range ?? ctx.theme.sizes.body).max >= ctx.theme.sizes.body.comfortable) {
    ctx.problems.warn({ code: 'text-shrunk', params: { part: opts.what ?? { kind: 'text' }, size: fit.size, comfortable: ctx.theme.sizes.body.comfortable }, loc });
  }
  const element: Element = {
    kind: 'text',
    placeholder: opts.placeholder,
    box,
    paragraphs: applySpacing(paras, fit.size, fit.gap),
    style: { size: fit.size, color: opts.color ?? ctx.theme.color('text'), font: 'body', valign: opts.valign ?? 'top' },
  };
  return { element, fit };
}

export function reportOverflow(ctx: LayoutContext, loc: SourceLoc, part: TextPart, fit: Fitted, box: Box): void {
  const pct = Math.round((fit.overflow / box.h) * 100);
  ctx.problems.error({ code: 'text-overflow', params: { part, overflow: fit.overflow.toFixed(2), pct, size: fit.size, w: box.w.toFixed(1), h: box.h.toFixed(1) }, loc });
}

export function titleText(runs: Run[] | undefined): string {
  return runs ? plainText(runs) : '';
}
