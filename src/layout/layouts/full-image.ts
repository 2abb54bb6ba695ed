/**
 * full-image — DEPMAL "1 utfallende bilde": one image over the whole slide (cropped to fill), optional caption.
 *
 *   <!-- layout: full-image -->
 *   ![Omdømmevandring i Drammen](assets/drammen.jpg)
 *   Omdømmevandring i Drammen        ← a paragraph is the caption
 */
import { z } from 'zod';
import type { Block } from '../../model/types.js';
import { pictureOf, resolveImage } from '../images.js';
import { blocksToParas, fitParagraphs } from '../text-fit.js';
import { defineLayout, type Element } from '../types.js';

export const fullImage = defineLayout({
  name: 'full-image',
  summary: 'One image filling the slide (cropped, not stretched), optional caption',
  syntax: '<!-- layout: full-image -->\n![alt](assets/photo.jpg)\nOptional caption',
  master: 'fullImage',
  titleOptional: true,
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { theme } = ctx;
    const pictures = slide.blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
    const elements: Element[] = [];
    if (pictures.length !== 1) {
      ctx.problems.error({ code: 'image-count', params: { layout: 'full-image', images: pictures.length }, loc: pictures[1]?.loc ?? slide.loc });
    }
    const img = pictures[0] && resolveImage(pictures[0], ctx);
    const area = theme.region('fullImage', 'picture');
    if (img) elements.push({ kind: 'image', box: area, ...pictureOf(img), alt: pictures[0]!.alt, sizing: { type: 'cover', w: area.w, h: area.h } });
    const caption = blocksToParas(slide.blocks.filter((b) => b.kind !== 'image'), false);
    if (caption.length) {
      const box = theme.region('fullImage', 'caption');
      const fit = fitParagraphs(ctx.measure, caption, box, { max: theme.sizes.caption + 4, min: theme.sizes.caption }, 0.2);
      const h = Math.min(box.h, fit.height + 0.2);
      elements.push({
        kind: 'text',
        box: { ...box, y: box.y + box.h - h, h },
        paragraphs: caption.map((p) => ({ ...p, size: fit.size })),
        style: { size: fit.size, color: theme.color('onDark'), font: 'body', valign: 'middle' },
        fill: theme.color('navy'),
        name: 'Bildetekst',
      });
    }
    return { elements };
  },
});
