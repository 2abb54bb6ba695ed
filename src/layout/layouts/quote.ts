/**
 * quote — a block quote set large, with its attribution.
 *
 *   <!-- layout: quote -->
 *   > Omsorgskrisen skapes ikke av eldrebølgen. Den skapes av forestillingen
 *   > om at omsorg ikke kan gjøres annerledes enn i dag.
 *   >
 *   > — Kåre Hagen, 2012
 */
import { z } from 'zod';
import type { Block, Run } from '../../model/types.js';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { blocksToParas, fitParagraphs } from '../text-fit.js';
import { defineLayout, type Element, type TextPara } from '../types.js';

const ATTRIBUTION = /^\s*(—|–|--)\s*/;

export const quote = defineLayout({
  name: 'quote',
  summary: 'A block quote set large; a last line starting with — is the attribution',
  syntax: '<!-- layout: quote -->\n# Optional title\n> The quote …\n>\n> — Name, source',
  master: 'quote',
  titleOptional: true,
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { theme } = ctx;
    const { title, titleLoc, rest } = splitTitle(slide);
    const elements: Element[] = [];
    if (title) elements.push(titleElement(title, 'quote', ctx, titleLoc!));
    const quoted = rest.filter((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote');
    if (!quoted.length) {
      ctx.problems.error({ code: 'quote-missing', loc: slide.loc });
      return { elements };
    }
    const paras: TextPara[] = [];
    let attribution: Run[] | undefined;
    for (const p of [...quoted.flatMap((q) => blocksToParas(q.blocks, false)), ...blocksToParas(rest.filter((b) => b.kind === 'paragraph'), false)]) {
      const first = p.runs[0];
      if (first && ATTRIBUTION.test(first.text)) attribution = [{ ...first, text: '— ' + first.text.replace(ATTRIBUTION, '') }, ...p.runs.slice(1)];
      else paras.push({ ...p, italic: false });
    }
    const box = theme.region('quote', 'body');
    // quotation marks belong to the text: the author's own, or «» / “” by language
    const [open, close] = ctx.deck.meta.lang === 'en' ? ['“', '”'] : ['«', '»'];
    const quotedAlready = /^["«“'‘]/.test(paras[0]?.runs[0]?.text ?? '');
    const marked = quotedAlready ? paras : paras.map((p, i) => ({
      ...p,
      runs: [...(i === 0 ? [{ text: open }] : []), ...p.runs, ...(i === paras.length - 1 ? [{ text: close }] : [])],
    }));
    const fit = fitParagraphs(ctx.measure, marked, box, theme.sizes.quote, 0.4);
    const { element } = bodyElement(marked, box, ctx, quoted[0]!.loc, { placeholder: 'body', color: theme.color('heading'), range: { max: fit.size, min: theme.sizes.quote.min }, what: { kind: 'quote' }, valign: 'middle' });
    elements.push(element);
    if (attribution) {
      elements.push({
        kind: 'text',
        box: theme.region('quote', 'attribution'),
        paragraphs: [{ runs: attribution, size: theme.sizes.subtitle }],
        style: { size: theme.sizes.subtitle, color: theme.color('muted'), font: 'body', align: 'right', valign: 'top' },
        name: 'Kilde',
      });
    }
    return { elements };
  },
});
