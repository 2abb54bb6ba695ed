import type { Block } from '../model/types.js';
import { bodyElement } from './common.js';
import { containBox, pictureOf, resolveImage } from './images.js';
import { tableElement } from './table.js';
import { fitParagraphs, heightFor } from './text-fit.js';
import type { Box, Element, LayoutContext, PlaceholderSlot, TextPara } from './types.js';

/**
 * One region holding text and at most one table or picture (a column of
 * `two-column`, a placeholder of a template's own layout): the text on top,
 * in at most 45 % of the height, and the table or picture in what is left.
 */
export function textAndVisual(blocks: Block[], paras: TextPara[], region: Box, ctx: LayoutContext, opts: { placeholder?: PlaceholderSlot; range: { max: number; min: number } }): Element[] {
  const out: Element[] = [];
  const visual = blocks.find((b) => b.kind === 'table' || b.kind === 'image');
  const loc = blocks[0]!.loc;
  let area = region;
  if (paras.length) {
    if (visual) {
      const fit = fitParagraphs(ctx.measure, paras, { ...region, h: region.h * 0.45 }, opts.range, ctx.theme.sizes.paragraphGap);
      const textBox = { ...region, h: Math.min(region.h * 0.45, heightFor(fit, region)) };
      out.push(bodyElement(paras, textBox, ctx, loc, opts).element);
      area = { ...region, y: textBox.y + textBox.h + 0.1, h: region.h - textBox.h - 0.1 };
    } else out.push(bodyElement(paras, region, ctx, loc, opts).element);
  }
  if (visual?.kind === 'table') out.push(tableElement(visual, area, ctx));
  if (visual?.kind === 'image') {
    const img = resolveImage(visual, ctx);
    if (img) out.push({ kind: 'image', box: containBox(img, area), ...pictureOf(img), alt: visual.alt });
  }
  return out;
}
