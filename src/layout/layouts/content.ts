/**
 * content — DEPMAL "Tekst med kulepunkter"; every slide without a layout but the first.
 *
 *   # Overordnet mål
 *   - Et godt omdømme gjennom å utvikle og synliggjøre kommunenes arbeid
 *     - nested details (3 levels)
 *   A paragraph with **bold**, *italic* and [a link](https://www.ks.no).
 *
 *   | or one table | … |        or one image: ![alt](assets/bilde.png)
 */
import { z } from 'zod';
import type { Block, Slide } from '../../model/types.js';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { containBox, resolveImage } from '../images.js';
import { continuedTitle, splitForContinuation } from '../continuation.js';
import { tablePages } from '../table.js';
import { blocksToParas, fitParagraphs, heightFor } from '../text-fit.js';
import { defineLayout, type Element, type LayoutContext, type Page } from '../types.js';

export const content = defineLayout({
  name: 'content',
  summary: 'Title and bullets (3 levels), paragraphs, one table or one image',
  syntax: '# Title\n- bullet\n  - sub-bullet\nParagraph **bold** *italic* [link](url)\n| one | table |  or  ![one](image.png)',
  master: 'content',
  options: z.object({}).strict(),
  layout: (slide, _o, ctx) => textSlide(slide, ctx, true),
});

/** Shared by `content` and `text`: title, text, and one table or image. */
export function textSlide(slide: Slide, ctx: LayoutContext, bullets: boolean): Page | Page[] {
  const master = bullets ? 'content' : 'text';
  const { title, titleLoc, rest } = splitTitle(slide);
  const elements: Element[] = [];
  if (title) elements.push(titleElement(title, master, ctx, titleLoc!));
  const tables = rest.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const images = rest.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
  const text = rest.filter((b) => b.kind !== 'table' && b.kind !== 'image');
  for (const extra of [...tables.slice(1), ...images.slice(tables.length ? 0 : 1)]) {
    ctx.problems.error({ code: 'one-table-or-image', params: { layout: slide.layout }, loc: extra.loc });
  }
  const paras = blocksToParas(text, bullets);
  const textLoc = text[0]?.loc ?? slide.loc;
  const body = ctx.theme.region(master, 'body');

  if (images[0] && !tables.length) {
    const img = resolveImage(images[0], ctx);
    const picture = ctx.theme.region('image', 'picture');
    const textBox = ctx.theme.region('image', 'body');
    if (paras.length) elements.push(bodyElement(paras, textBox, ctx, slide.loc, { placeholder: 'body' }).element);
    const area = paras.length ? picture : body;
    if (img) elements.push({ kind: 'image', box: containBox(img, area), path: img.path, alt: images[0].alt });
    return { elements, master: paras.length ? 'image' : master };
  }
  if (tables[0]) {
    let top = body.y;
    if (paras.length) {
      // the text takes the height it needs at a comfortable size; the table the rest
      const fit = fitParagraphs(ctx.measure, paras, { ...body, h: body.h * 0.4 }, { max: ctx.theme.sizes.body.comfortable, min: ctx.theme.sizes.body.min }, ctx.theme.sizes.paragraphGap);
      const textBox = { ...body, h: Math.min(body.h * 0.4, heightFor(fit, body)) };
      elements.push(bodyElement(paras, textBox, ctx, slide.loc, { placeholder: 'body', range: { max: fit.size, min: ctx.theme.sizes.body.min } }).element);
      top = textBox.y + textBox.h + 0.1;
    }
    const area = { x: body.x, y: top, w: body.w, h: body.y + body.h - top };
    const pages = tablePages(tables[0], area, ctx, slide.directives.continue !== false && !paras.length);
    if (pages.length === 1) return { elements: [...elements, pages[0]!], master };
    // a long table continues on the next slides, its header repeated
    return pages.map((table, i) => ({
      master,
      elements: [...(title ? [i === 0 ? elements[0]! : titleElement(continuedTitle(title, ctx), master, ctx, titleLoc!)] : []), table],
    }));
  }
  if (!paras.length) return { elements, master };
  const fit = fitParagraphs(ctx.measure, paras, body, ctx.theme.sizes.body, ctx.theme.sizes.paragraphGap);
  const split = !fit.fits && slide.directives.continue !== false ? splitForContinuation(paras, body, ctx) : undefined;
  if (!split) {
    elements.push(bodyElement(paras, body, ctx, textLoc, { placeholder: 'body' }).element);
    return { elements, master };
  }
  // too long for one slide: continue on the next, at one size for all parts
  return split.parts.map((part, i) => ({
    master,
    elements: [
      ...(title ? [i === 0 ? elements[0]! : titleElement(continuedTitle(title, ctx), master, ctx, titleLoc!)] : []),
      bodyElement(part, body, ctx, textLoc, { placeholder: 'body', range: { max: split.size, min: split.size } }).element,
    ],
  }));
}
