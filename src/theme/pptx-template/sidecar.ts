import { z } from 'zod';
import { schemaError } from '../../i18n/schema-errors.js';
import { symbolPartSchema, type MasterKey } from '../schema.js';
import { roleKeyOf } from './roles.js';

/**
 * What a template cannot say about itself, in a YAML file beside it
 * (`DEPMAL.potx` + `DEPMAL.samling.yaml`): which of its layouts serves a
 * samling role when the name is not enough to find it, the footer text, the
 * network colours, the department symbols. Every key is optional.
 */
const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, schemaError('hex-colour'));
// the deck format's layout names (two-column, full-image, title-only), or samling's own keys (twoColumn, fullImage, blank)
export const ROLE_NAMES = ['title', 'content', 'text', 'two-column', 'image', 'full-image', 'chart', 'section', 'quote', 'title-only'] as const;
const role = z.enum([...ROLE_NAMES, 'twoColumn', 'fullImage', 'blank']);

// a symbol's colours are the template's theme colours, by name: they follow a changed theme
const SYMBOL_COLOURS = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'text', 'heading', 'paper', 'mist', 'navy', 'muted', 'rule', 'onDark', 'link', 'accent'] as const;
const symbolsSchema = z.record(z.string(), z.array(symbolPartSchema.extend({ fill: z.enum(SYMBOL_COLOURS) })));

export const sidecarSchema = z
  .object({
    layouts: z
      .partialRecord(role, z.string())
      .transform((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [roleKeyOf(k)!, v])) as Partial<Record<MasterKey, string>>)
      .optional().describe('samling role → the name of the template layout that serves it'),
    footer: z.union([z.string(), z.object({ nb: z.string().optional(), nn: z.string().optional(), en: z.string().optional() }).strict()]).optional().describe('footer text on every slide (per language, or one for all)'),
    networks: z.record(z.string(), hex).optional().describe('network theme → colour (default: the template accents 1–4)'),
    symbols: symbolsSchema.optional().describe('department symbols, as in a theme folder\'s symbols.yaml'),
    symbol: z.object({ x: z.number(), y: z.number(), w: z.number().positive(), h: z.number().positive() }).optional().describe("where a symbol goes (inches, on the template's slide)"),
  })
  .strict();

export const SIDECAR_KEYS = Object.keys(sidecarSchema.shape);

export type TemplateSidecar = z.infer<typeof sidecarSchema>;
