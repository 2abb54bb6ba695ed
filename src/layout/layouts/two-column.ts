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
import { splitTitle, titleElement } from '../common.js';
import { textAndVisual } from '../text-and-visual.js';
import { blocksToParas, fitParagraphs } from '../text-fit.js';
import { defineLayout, type Element } from '../types.js';

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
      ctx.problems.error({ code: 'two-columns', params: { columns: columns.length }, loc: columns[2]?.[0]?.loc ?? slide.loc });
    }
    const regions = [ctx.theme.region('twoColumn', 'left'), ctx.theme.region('twoColumn', 'right')];
    // both columns at one size: the size at which the fuller column fits
    const textParas = columns.slice(0, 2).map((col) => blocksToParas(col.filter((b) => b.kind !== 'table' && b.kind !== 'image')));
    const sizes = textParas.map((paras, i) => (paras.length ? fitParagraphs(ctx.measure, paras, regions[i]!, ctx.theme.sizes.body, ctx.theme.sizes.paragraphGap).size : Infinity));
    const size = Math.min(...sizes, ctx.theme.sizes.body.max);
    columns.slice(0, 2).forEach((col, i) => elements.push(...textAndVisual(col, textParas[i]!, regions[i]!, ctx, { placeholder: i === 0 ? 'left' : 'right', range: { max: size, min: ctx.theme.sizes.body.min } })));
    return { elements };
  },
});
