/**
 * image — DEPMAL "Tekst med kulepunkter – 1 vertikalt bilde": text left, the slide's image right.
 *
 *   <!-- layout: image -->
 *   # Kunnskapsstatuser
 *   - FAFO: sykefravær, kompetanse og omdømme
 *   ![Forsiden av rapporten](assets/rapport.png)
 */
import { z } from 'zod';
import type { Block } from '../../model/types.js';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { containBox, pictureOf, resolveImage } from '../images.js';
import { blocksToParas } from '../text-fit.js';
import { defineLayout, type Element } from '../types.js';

export const image = defineLayout({
  name: 'image',
  summary: 'Bullets left, one image right (scaled to fit, never cropped)',
  syntax: '<!-- layout: image -->\n# Title\n- bullet\n![alt text](assets/picture.png)',
  master: 'image',
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { title, titleLoc, rest } = splitTitle(slide);
    const elements: Element[] = [];
    if (title) elements.push(titleElement(title, 'image', ctx, titleLoc!));
    const pictures = rest.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
    if (pictures.length !== 1) {
      ctx.problems.error({ code: 'image-count', params: { layout: 'image', images: pictures.length }, loc: pictures[1]?.loc ?? slide.loc });
    }
    const paras = blocksToParas(rest.filter((b) => b.kind !== 'image'));
    if (paras.length) elements.push(bodyElement(paras, ctx.theme.region('image', 'body'), ctx, slide.loc, { placeholder: 'body' }).element);
    const img = pictures[0] && resolveImage(pictures[0], ctx);
    if (img) elements.push({ kind: 'image', box: containBox(img, ctx.theme.region('image', 'picture')), ...pictureOf(img), alt: pictures[0]!.alt });
    return { elements };
  },
});
