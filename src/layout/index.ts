import { z } from 'zod';
import type { Raise } from '../errors/diagnostic.js';
import type { TemplateLayout } from '../theme/pptx-template/read-template.js';
import { findTemplateLayout, layoutOnTemplate, templateLayoutKey } from './template-layout.js';
import { closest } from '../errors/suggest.js';
import type { Block, Slide } from '../model/types.js';
import { findLayout, layouts } from './registry.js';
import { plainText } from './text-fit.js';
import type { LaidOut, LayoutCache } from './layout-cache.js';
import type { LayoutContext, PlacedSlide } from './types.js';

/** Directive keys every slide understands; the rest belong to its layout. */
export const COMMON = ['layout', 'footer', 'background', 'symbol', 'id', 'continue'];

/**
 * The `layout` stage: every slide through its layout, into positioned and
 * fitted elements. Problems are collected; a slide that cannot be laid out is
 * left out of the result (the build then fails with its errors).
 */
export function layoutDeck(ctx: LayoutContext, cache?: LayoutCache): PlacedSlide[] {
  // a kept slide's warnings are in the language they were written in
  cache?.begin(ctx.theme, JSON.stringify([ctx.deck.meta, ctx.deck.network, ctx.lint ?? false, ctx.problems.lang]));
  const placed: PlacedSlide[] = [];
  for (const slide of ctx.deck.slides) {
    const { key, hit } = cache?.get(slide) ?? { key: '' };
    const fresh = hit ? undefined : layoutSlide(slide, ctx);
    const laidOut = hit ?? fresh?.laidOut;
    if (!laidOut) continue;
    if (hit) ctx.problems.list.push(...hit.warnings);
    else if (fresh?.cacheable) cache?.keep(key, laidOut);
    for (const page of laidOut.pages) {
      placed.push({ index: placed.length + 1, ...page, notes: notesText(slide.notes), footer: laidOut.common.footer, background: laidOut.common.background, symbol: laidOut.common.symbol, loc: slide.loc });
    }
  }
  cache?.end();
  return placed;
}

/** One slide through its layout; undefined when it cannot be laid out (its errors are recorded). */
function layoutSlide(slide: Slide, ctx: LayoutContext): { laidOut: LaidOut; cacheable: boolean } | undefined {
  const def = findLayout(slide.layout);
  // samling's own names first; then the organisation's template's layouts, by name
  const own = def ? undefined : findTemplateLayout(ctx, slide.layout);
  if (own) return layoutOnTemplateLayout(slide, own, ctx);
  if (!def) {
    const templateNames = ctx.theme.template?.model.layouts.map((l) => l.name) ?? [];
    const names = [...layouts.map((l) => l.name), ...templateNames];
    const loc = slide.directiveLocs.layout;
    ctx.problems.error({
      code: 'unknown-layout',
      params: { name: slide.layout, layouts: layouts.map((l) => l.name), templateLayouts: templateNames, near: closest(slide.layout, names) },
      loc: loc ? { ...loc, column: loc.column + 'layout: '.length } : slide.loc,
      length: slide.layout.length,
    });
    return undefined;
  }
  const before = ctx.problems.list.length;
  if (!def.titleOptional && !slide.blocks.some((b) => b.kind === 'heading' && b.level === 1)) {
    ctx.problems.warn({ code: 'no-title', params: { layout: slide.layout }, loc: slide.loc });
  }
  const options = readOptions(slide, def.options, ctx);
  const common = readCommon(slide, ctx);
  if (!options || !common) return undefined;
  // the files this slide reads: a kept layout could not tell that one of them changed
  const reads = new Set<string>();
  const result = def.layout(slide, options, { ...ctx, uses: reads });
  for (const file of reads) ctx.uses?.add(file);
  const given = ctx.problems.list.slice(before);
  const pages = (Array.isArray(result) ? result : [result]).map((page) => ({ master: page.master ?? def.master, elements: page.elements }));
  return { laidOut: { pages, common, warnings: given }, cacheable: reads.size === 0 && given.every((d) => d.severity === 'warning') };
}

function layoutOnTemplateLayout(slide: Slide, layout: TemplateLayout, ctx: LayoutContext): { laidOut: LaidOut; cacheable: boolean } | undefined {
  const before = ctx.problems.list.length;
  const options = readOptions(slide, NO_OPTIONS, ctx);
  const common = readCommon(slide, ctx);
  if (!options || !common) return undefined;
  const reads = new Set<string>();
  const elements = layoutOnTemplate(slide, layout, { ...ctx, uses: reads });
  for (const file of reads) ctx.uses?.add(file);
  const given = ctx.problems.list.slice(before);
  return { laidOut: { pages: [{ master: templateLayoutKey(layout), elements }], common, warnings: given }, cacheable: reads.size === 0 && given.every((d) => d.severity === 'warning') };
}

/** A template's own layout takes only the directives every slide understands. */
const NO_OPTIONS = z.object({}).strict();

function readOptions(slide: Slide, schema: z.ZodType, ctx: LayoutContext): Record<string, unknown> | undefined {
  const own = Object.fromEntries(Object.entries(slide.directives).filter(([k]) => !COMMON.includes(k)));
  const parsed = schema.safeParse(own);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const valid = [...COMMON, ...Object.keys(shape)];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        ctx.problems.error({ code: 'unknown-option', params: { key, layout: slide.layout, valid, near: closest(key, valid) }, loc: slide.directiveLocs[key] ?? slide.loc, length: key.length });
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    const given = own[key];
    const values = 'values' in issue ? (issue.values as unknown[]).map(String) : undefined;
    ctx.problems.error({
      code: 'bad-option',
      params: { key, value: String(JSON.stringify(given)), layout: slide.layout, values, near: values && typeof given === 'string' ? closest(given, values) : undefined, issue },
      loc: slide.directiveLocs[key] ?? slide.loc,
      length: key.length,
    });
  }
  return undefined;
}

function readCommon(slide: Slide, ctx: LayoutContext): LaidOut['common'] | undefined {
  const d = slide.directives;
  let ok = true;
  const bad = (key: string, want: Extract<Raise, { code: 'bad-directive' }>['params']['want']) => {
    ok = false;
    ctx.problems.error({ code: 'bad-directive', params: { key, value: String(JSON.stringify(d[key])), want }, loc: slide.directiveLocs[key] ?? slide.loc, length: key.length });
  };
  if (d.footer !== undefined && typeof d.footer !== 'boolean') bad('footer', { kind: 'boolean' });
  if (d.continue !== undefined && typeof d.continue !== 'boolean') bad('continue', { kind: 'continue' });
  const symbols = Object.keys(ctx.theme.symbols);
  const symbol = d.symbol ?? ctx.deck.meta.symbol;
  if (symbol !== undefined && symbol !== 'none' && !symbols.includes(String(symbol))) {
    const where = d.symbol !== undefined ? 'symbol' : undefined;
    if (where) bad('symbol', { kind: 'symbol', names: symbols, near: closest(String(symbol), symbols) });
  }
  let background: string | undefined;
  if (d.background !== undefined) {
    const b = String(d.background);
    const roles = Object.keys(ctx.theme.data.colors);
    if (/^#?[0-9a-f]{6}$/i.test(b)) background = b.replace('#', '').toUpperCase();
    else if (roles.includes(b) || /^accent[1-6]$/.test(b)) background = ctx.theme.color(b);
    else bad('background', { kind: 'background', roles, near: closest(b, roles) });
  }
  if (!ok) return undefined;
  return {
    footer: (d.footer as boolean | undefined) ?? ctx.deck.meta.footer,
    background,
    symbol: symbol === 'none' || symbol === undefined || !symbols.includes(String(symbol)) ? undefined : String(symbol),
  };
}

/** Speaker notes as plain text: PowerPoint's notes pane shows no formatting from us. */
function notesText(blocks: Block[]): string {
  const out: string[] = [];
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === 'paragraph' || b.kind === 'heading') out.push(plainText(b.runs));
      else if (b.kind === 'list') {
        const items = (list: typeof b.items, depth: number) => {
          for (const it of list) {
            out.push(`${'  '.repeat(depth)}${b.ordered && depth === 0 ? `${it.number}.` : '•'} ${plainText(it.runs)}`);
            items(it.children, depth + 1);
          }
        };
        items(b.items, 0);
      } else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'code') out.push(b.text);
      else if (b.kind === 'table') out.push(...[b.header, ...b.rows].map((r) => r.map(plainText).join(' | ')));
    }
  };
  walk(blocks);
  return out.join('\n');
}
