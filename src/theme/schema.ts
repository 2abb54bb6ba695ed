import { z } from 'zod';

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a colour as six hex digits, like "1B5A96"');
const rect = z.object({ x: z.number(), y: z.number(), w: z.number().positive(), h: z.number().positive() });
const sizeRange = z.object({ max: z.number().positive(), min: z.number().positive() });

/**
 * A metrics file: a plain relative path inside the theme folder, like
 * `metrics/regular.json`. `../` or an absolute path would read any file the
 * user can (`../../../../etc/passwd`); where a path inside leads (a link) is
 * checked when it is read (theme-files.ts).
 */
export const metricsPath = z
  .string({ error: 'a path to a metrics file, like `metrics/regular.json`' })
  .min(1, 'a path to a metrics file, like `metrics/regular.json`')
  .refine((p) => !/^([\\/]|[A-Za-z]:)/.test(p), { error: (iss) => `\`${String(iss.input)}\` is an absolute path: a metrics file is a path inside the theme folder, like \`metrics/regular.json\`` })
  .refine((p) => !p.split(/[\\/]/).includes('..'), { error: (iss) => `\`${String(iss.input)}\` goes up out of the theme folder with \`..\`: a metrics file is a path inside the theme folder, like \`metrics/regular.json\`` });

const master = z.object({
  name: z.string(),
  dark: z.boolean().default(false),
  background: z.string().optional(),
  title: rect.optional(),
  body: rect.optional(),
  left: rect.optional(),
  right: rect.optional(),
  picture: rect.optional(),
  caption: rect.optional(),
  chart: rect.optional(),
  attribution: rect.optional(),
});

const masterKeys = ['title', 'content', 'text', 'twoColumn', 'image', 'fullImage', 'chart', 'section', 'quote', 'blank'] as const;

export const themeSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  slide: z.object({ width: z.number().positive(), height: z.number().positive() }),
  fonts: z.object({
    heading: z.string(),
    body: z.string(),
    metrics: z.object({ regular: metricsPath, bold: metricsPath, italic: metricsPath, boldItalic: metricsPath }),
  }),
  palette: z.array(hex).length(6),
  colors: z.record(z.string(), hex),
  networks: z.record(z.string(), hex),
  sizes: z.object({
    title: sizeRange,
    titleSlide: sizeRange,
    subtitle: z.number(),
    body: sizeRange.extend({ comfortable: z.number() }),
    table: sizeRange,
    chart: z.number(),
    quote: sizeRange,
    caption: z.number(),
    footer: z.number(),
    lineSpacing: z.number(),
    paragraphGap: z.number(),
  }),
  margins: z.object({ left: z.number(), right: z.number(), top: z.number(), bottom: z.number() }),
  footer: z.object({
    text: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
    number: rect,
    label: rect,
    rule: z.object({ x: z.number(), y: z.number(), w: z.number() }),
  }),
  wordmark: z.object({ box: rect, lines: z.tuple([z.string(), z.string()]) }),
  symbol: rect,
  masters: z.object(Object.fromEntries(masterKeys.map((k) => [k, master])) as Record<(typeof masterKeys)[number], typeof master>),
});

export const symbolPartSchema = z.object({
  shape: z.string(),
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
  fill: z.string(),
});
export const symbolsSchema = z.record(z.string(), z.array(symbolPartSchema));

export type ThemeData = z.infer<typeof themeSchema>;
export type MasterKey = (typeof masterKeys)[number];
export type MasterData = z.infer<typeof master>;
export type Rect = z.infer<typeof rect>;
export type SymbolPart = z.infer<typeof symbolPartSchema>;
