import { z } from 'zod';
import { symbolsSchema } from '../schema.js';

/**
 * What a template cannot say about itself, in a YAML file beside it
 * (`DEPMAL.potx` + `DEPMAL.samling.yaml`): which of its layouts serves a
 * samling role when the name is not enough to find it, the footer text, the
 * network colours, the department symbols. Every key is optional.
 */
const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a colour as six hex digits, like "1B5A96"');
const role = z.enum(['title', 'content', 'text', 'twoColumn', 'image', 'fullImage', 'chart', 'section', 'quote', 'blank']);

export const sidecarSchema = z
  .object({
    layouts: z.partialRecord(role, z.string()).optional().describe('samling role → the name of the template layout that serves it'),
    footer: z.union([z.string(), z.object({ nb: z.string().optional(), nn: z.string().optional(), en: z.string().optional() }).strict()]).optional().describe('footer text on every slide (per language, or one for all)'),
    networks: z.record(z.string(), hex).optional().describe('network theme → colour (default: the template accents 1–4)'),
    symbols: symbolsSchema.optional().describe('department symbols, as in a theme folder\'s symbols.yaml'),
    symbol: z.object({ x: z.number(), y: z.number(), w: z.number().positive(), h: z.number().positive() }).optional().describe('where a symbol goes (inches)'),
  })
  .strict();

export type TemplateSidecar = z.infer<typeof sidecarSchema>;
