/**
 * text — DEPMAL "Tekst uten kulepunkter": as `content`, but list items are set without bullet marks
 * (numbered lists keep their numbers).
 *
 *   <!-- layout: text -->
 *   # SPEED DATE
 *   Kjappe samtaler om hvordan arbeide med innovasjon og omdømme
 *   1. Hva er den største utfordringen …?
 */
import { z } from 'zod';
import { defineLayout } from '../types.js';
import { textSlide } from './content.js';

export const text = defineLayout({
  name: 'text',
  summary: 'Title and paragraphs without bullet marks (numbered lists keep numbers)',
  syntax: '<!-- layout: text -->\n# Title\nParagraph\n1. numbered question',
  master: 'text',
  options: z.object({}).strict(),
  layout: (slide, _o, ctx) => textSlide(slide, ctx, false),
});
