/**
 * section — a divider between parts of the day, on the theme's dark background.
 *
 *   <!-- layout: section -->
 *   # Dag 2
 *   Prosjektplan og veien videre
 */
import { z } from 'zod';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { blocksToParas } from '../text-fit.js';
import { defineLayout, type Element } from '../types.js';

export const section = defineLayout({
  name: 'section',
  summary: 'Section divider: a title and an optional line, on the dark background',
  syntax: '<!-- layout: section -->\n# Section title\nOptional line',
  master: 'section',
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { title, titleLoc, rest } = splitTitle(slide);
    const elements: Element[] = [];
    if (title) elements.push(titleElement(title, 'section', ctx, titleLoc!, { dark: ctx.theme.master('section').dark, range: ctx.theme.sizes.titleSlide }));
    const paras = blocksToParas(rest, false);
    const sub = ctx.theme.sizes.subtitle;
    if (paras.length) elements.push(bodyElement(paras, ctx.theme.region('section', 'body'), ctx, slide.loc, { placeholder: 'body', color: ctx.theme.color(ctx.theme.master('section').dark ? 'onDarkMuted' : 'muted'), range: { max: sub + 4, min: ctx.theme.sizes.body.min } }).element);
    return { elements };
  },
});
