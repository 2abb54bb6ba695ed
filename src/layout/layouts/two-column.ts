/**
 * two-column — DEPMAL "To innholdsdeler – Sammenlikning": each `###` heading starts a column.
 *
 *   <!-- layout: two-column -->
 *   # Formål
 *   ### Nettverket
 *   - Utvikle ny kunnskap
 *   ### Hver kommune
 *   - …
 */
import { z } from 'zod';
import type { Block } from '../../model/types.js';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { containBox, pictureOf, resolveImage } from '../images.js';
import { tableElement } from '../table.js';
import { blocksToParas, fitParagraphs } from '../text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext } from '../types.js';

export const twoColumn = defineLayout({
  name: 'two-column',
  summary: 'Two columns side by side; each `###` heading starts one',
  syntax: '<!-- layout: two-column -->\n# Title\n### Left\n- bullet\n### Right\n- bullet',
  master: 'twoColumn',
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { title, titleLoc, rest } = splitTitle(slide);
    const elements: Element[] = [];
    if (title) elements.push(titleElement(title, 'twoColumn', ctx, titleLoc!));
    const columns: Block[][] = [];
    for (const b of rest) {
      if (b.kind === 'heading' && b.level === 3) columns.push([b]);
      else if (columns.length) columns[columns.length - 1]!.push(b);
      else columns.push([b]);
    }
    if (columns.length !== 2) {
      ctx.problems.error({
        code: 'two-columns',
        message: `a two-column slide needs two columns, this one has ${columns.length}`,
        loc: columns[2]?.[0]?.loc ?? slide.loc,
        expected: 'two `###` headings, each followed by its column',
        hint: columns.length > 2 ? 'move the third column to a slide of its own' : 'start each column with a line `### Heading`',
      });
    }
    const regions = [ctx.theme.region('twoColumn', 'left'), ctx.theme.region('twoColumn', 'right')];
    // both columns at one size: the size at which the fuller column fits
    const textParas = columns.slice(0, 2).map((col) => blocksToParas(col.filter((b) => b.kind !== 'table' && b.kind !== 'image')));
    const sizes = textParas.map((paras, i) => (paras.length ? fitParagraphs(ctx.measure, paras, regions[i]!, ctx.theme.sizes.body, ctx.theme.sizes.paragraphGap).size : Infinity));
    const size = Math.min(...sizes, ctx.theme.sizes.body.max);
    columns.slice(0, 2).forEach((col, i) => elements.push(...column(col, textParas[i]!, regions[i]!, size, i === 0 ? 'left' : 'right', ctx)));
    return { elements };
  },
});

function column(blocks: Block[], paras: ReturnType<typeof blocksToParas>, region: Box, size: number, placeholder: 'left' | 'right', ctx: LayoutContext): Element[] {
  const out: Element[] = [];
  const visual = blocks.find((b) => b.kind === 'table' || b.kind === 'image');
  let area = region;
  if (paras.length) {
    const range = { max: size, min: ctx.theme.sizes.body.min };
    if (visual) {
      const fit = fitParagraphs(ctx.measure, paras, { ...region, h: region.h * 0.45 }, range, ctx.theme.sizes.paragraphGap);
      const textBox = { ...region, h: Math.min(region.h * 0.45, fit.height + 0.2) };
      out.push(bodyElement(paras, textBox, ctx, blocks[0]!.loc, { placeholder, range }).element);
      area = { ...region, y: textBox.y + textBox.h + 0.1, h: region.h - textBox.h - 0.1 };
    } else out.push(bodyElement(paras, region, ctx, blocks[0]!.loc, { placeholder, range }).element);
  }
  if (visual?.kind === 'table') out.push(tableElement(visual, area, ctx));
  if (visual?.kind === 'image') {
    const img = resolveImage(visual, ctx);
    if (img) out.push({ kind: 'image', box: containBox(img, area), ...pictureOf(img), alt: visual.alt });
  }
  return out;
}
