import { z } from 'zod';
import type { Measure } from '../i18n/messages/types.js';
import { schemaError } from '../i18n/schema-errors.js';

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, schemaError('hex-colour'));

/**
 * Sense checks. A theme is data a person edits, so its numbers are bounded
 * here, where the error can name the line: a text size of 100 000 pt would
 * make every fit loop (layout/text-fit.ts, and the components' own, which try
 * each size from `max` down to `min`) run for minutes, and a range with
 * max < min would leave them with no size at all.
 */
const TEXT_PT = { min: 4, max: 200 };
/** PowerPoint's own bounds for a slide's width and height, inches. */
const SLIDE_IN = { min: 1, max: 56 };
/** Rounding in a theme's inches (12.133 + 0.6 + 0.6 = 13.333) is not a region off the slide. */
const ROUNDING_IN = 0.01;

const number = z.number({ error: schemaError('number') });
const between = (lo: number, hi: number, unit: string, of: Measure) =>
  number.min(lo, { error: (iss) => schemaError('too-small', { input: String(iss.input), unit, of, lo, hi }) }).max(hi, { error: (iss) => schemaError('too-big', { input: String(iss.input), unit, of, lo, hi }) });
/** A text size, points. */
const pt = between(TEXT_PT.min, TEXT_PT.max, ' pt', 'text-size');
/** A position on the slide, inches (checked against the slide's size below). */
const inches = between(-SLIDE_IN.max, SLIDE_IN.max, ' in', 'position');
const length = number.positive({ error: (iss) => schemaError('not-a-length', { input: String(iss.input) }) }).max(SLIDE_IN.max, { error: (iss) => schemaError('length-too-big', { input: String(iss.input), max: SLIDE_IN.max }) });
const textMargin = number.min(0).max(SLIDE_IN.max);
/** `frame`: the text margins (and capitals) of a template's placeholder drawn in the box, set when a .potx is read (layout/types.ts TextFrame) */
const frame = z.object({ inset: z.object({ l: textMargin, t: textMargin, r: textMargin, b: textMargin }), caps: z.boolean().optional() });
const rect = z.object({ x: inches, y: inches, w: length, h: length, frame: frame.optional() });

/** `{ max, min }`, and min ≤ max: a fit loop from max down to min would otherwise try no size at all. */
const ordered = <T extends { max: number; min: number }>(r: T) => r.min <= r.max;
const orderError = { path: ['min'], error: (iss: { input: unknown }) => { const r = iss.input as { max: number; min: number }; return schemaError('size-order', { min: r.min, max: r.max }); } };
const sizeRange = z.object({ max: pt, min: pt }).refine(ordered, orderError);
const bodyRange = z
  .object({ max: pt, comfortable: pt, min: pt })
  .refine(ordered, orderError)
  .refine((r) => r.min <= r.comfortable && r.comfortable <= r.max, {
    path: ['comfortable'],
    error: (iss) => { const r = iss.input as { max: number; comfortable: number; min: number }; return schemaError('comfortable-range', { comfortable: r.comfortable, min: r.min, max: r.max }); },
  });

/**
 * A metrics file: a plain relative path inside the theme folder, like
 * `metrics/regular.json`. `../` or an absolute path would read any file the
 * user can (`../../../../etc/passwd`); where a path inside leads (a link) is
 * checked when it is read (theme-files.ts).
 */
export const metricsPath = z
  .string({ error: schemaError('metrics-path') })
  .min(1, schemaError('metrics-path'))
  .refine((p) => !/^([\\/]|[A-Za-z]:)/.test(p), { error: (iss) => schemaError('metrics-absolute', { input: String(iss.input) }) })
  .refine((p) => !p.split(/[\\/]/).includes('..'), { error: (iss) => schemaError('metrics-up', { input: String(iss.input) }) });

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
const regionKeys = ['title', 'body', 'left', 'right', 'picture', 'caption', 'chart', 'attribution'] as const;

const slideSide = between(SLIDE_IN.min, SLIDE_IN.max, ' in', 'slide-side');
const margin = number.min(0, { error: (iss) => schemaError('margin-negative', { input: String(iss.input) }) }).max(SLIDE_IN.max, { error: (iss) => schemaError('margin-too-big', { input: String(iss.input), max: SLIDE_IN.max }) });

export const themeSchema = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    slide: z.object({ width: slideSide, height: slideSide }),
    fonts: z.object({
      heading: z.string(),
      body: z.string(),
      // a theme folder names its metrics files (load-theme.ts requires them); a
      // PowerPoint template has none: its fonts are measured as installed (system-fonts.ts)
      metrics: z.object({ regular: metricsPath, bold: metricsPath, italic: metricsPath, boldItalic: metricsPath }).optional(),
    }),
    palette: z.array(hex).length(6),
    colors: z.record(z.string(), hex),
    networks: z.record(z.string(), hex),
    sizes: z.object({
      title: sizeRange,
      titleSlide: sizeRange,
      subtitle: pt,
      body: bodyRange,
      table: sizeRange,
      chart: pt,
      quote: sizeRange,
      caption: pt,
      footer: pt,
      lineSpacing: between(0.5, 3, '', 'line-spacing'),
      paragraphGap: between(0, 3, '', 'paragraph-gap'),
    }),
    margins: z.object({ left: margin, right: margin, top: margin, bottom: margin }),
    footer: z.object({
      text: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
      number: rect,
      label: rect,
      rule: z.object({ x: inches, y: inches, w: length }),
    }),
    wordmark: z.object({ box: rect, lines: z.tuple([z.string(), z.string()]) }),
    symbol: rect,
    masters: z.object(Object.fromEntries(masterKeys.map((k) => [k, master])) as Record<(typeof masterKeys)[number], typeof master>),
  })
  .superRefine((t, ctx) => {
    // every box samling draws into lies on the slide; a number already refused above is not reported twice
    const { width, height } = t.slide;
    const within = (n: number, lo: number, hi: number) => n >= lo && n <= hi;
    if (!within(width, SLIDE_IN.min, SLIDE_IN.max) || !within(height, SLIDE_IN.min, SLIDE_IN.max)) return;
    const boxes: [PropertyKey[], { x: number; y: number; w: number; h?: number }][] = [
      [['footer', 'number'], t.footer.number],
      [['footer', 'label'], t.footer.label],
      [['footer', 'rule'], t.footer.rule],
      [['wordmark', 'box'], t.wordmark.box],
      [['symbol'], t.symbol],
      ...masterKeys.flatMap((m) => regionKeys.flatMap((r) => (t.masters[m][r] ? [[['masters', m, r], t.masters[m][r]!] as [PropertyKey[], Rect]] : []))),
    ];
    for (const [path, b] of boxes) {
      if (![b.x, b.y].every((n) => within(n, -SLIDE_IN.max, SLIDE_IN.max)) || ![b.w, b.h ?? 1].every((n) => within(n, Number.MIN_VALUE, SLIDE_IN.max))) continue;
      const off =
        b.x < -ROUNDING_IN ? schemaError('off-slide', { edge: 'left', x: b.x })
        : b.y < -ROUNDING_IN ? schemaError('off-slide', { edge: 'top', y: b.y })
        : b.x + b.w > width + ROUNDING_IN ? schemaError('off-slide', { edge: 'right', right: round(b.x + b.w), width })
        : b.h !== undefined && b.y + b.h > height + ROUNDING_IN ? schemaError('off-slide', { edge: 'bottom', bottom: round(b.y + b.h), height })
        : undefined;
      if (off) ctx.addIssue({ code: 'custom', path, message: off });
    }
    if (![t.margins.left, t.margins.right, t.margins.top, t.margins.bottom].every((n) => within(n, 0, SLIDE_IN.max))) return;
    if (t.margins.left + t.margins.right >= width) ctx.addIssue({ code: 'custom', path: ['margins'], message: schemaError('margins-wide', { left: t.margins.left, right: t.margins.right, width }) });
    if (t.margins.top + t.margins.bottom >= height) ctx.addIssue({ code: 'custom', path: ['margins'], message: schemaError('margins-high', { top: t.margins.top, bottom: t.margins.bottom, height }) });
  });

const round = (n: number) => Math.round(n * 1000) / 1000;

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
