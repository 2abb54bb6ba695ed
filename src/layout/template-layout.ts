/**
 * `<!-- layout: Tekst med kulepunkter -->`: a slide on one of the
 * organisation's own layouts, named as PowerPoint shows it. Its placeholders
 * are filled in reading order (top to bottom, then left to right): the title
 * placeholder ← the `#` heading, a subtitle placeholder ← the first `##`
 * heading, and each further content placeholder (body, content, picture) ←
 * the next part of the slide: a `###` section (its heading and what follows),
 * else a run of text (paragraphs and lists), a table or a picture. A part left
 * over is an error at its line (it would be lost); a placeholder left empty is
 * a warning at the slide's line (PowerPoint shows its prompt there).
 *
 * samling's own layout names win: `layout: content` is samling's, whatever
 * the template calls its layouts.
 */
import type { EmptyPlaceholder } from '../i18n/messages/types.js';
import type { Block, Slide } from '../model/types.js';
import { isTitle, type TemplateLayout, type TemplatePlaceholder } from '../theme/pptx-template/read-template.js';
import { frameOf, PAGE_WIDTH } from '../theme/pptx-template/template-theme.js';
import { reportOverflow } from './common.js';
import { textAndVisual } from './text-and-visual.js';
import { blocksToParas, fitParagraphs } from './text-fit.js';
import type { Box, Element, LayoutContext, PlaceholderSlot, TemplateLayoutKey } from './types.js';

/** Placeholders that are the master's business, not the slide's. */
const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr', 'sldImg']);

/** The template's layout a slide names: exactly, else ignoring case. */
export function findTemplateLayout(ctx: LayoutContext, name: string): TemplateLayout | undefined {
  const all = ctx.theme.template?.model.layouts ?? [];
  return all.find((l) => l.name === name) ?? all.find((l) => l.name.toLowerCase() === name.toLowerCase());
}

export const templateLayoutKey = (l: TemplateLayout): TemplateLayoutKey => `layout:${l.part.split('/').pop()!}`;

/** A placeholder's slot name on a slide: samling's `title`, or `ph:<position in the layout>`. */
export const slotOf = (l: TemplateLayout, p: TemplatePlaceholder): PlaceholderSlot => (isTitle(p) ? 'title' : `ph:${l.placeholders.indexOf(p)}`);

/** The layout's placeholders a slide fills, in reading order. */
export function slotsOf(l: TemplateLayout): TemplatePlaceholder[] {
  return l.placeholders.filter((p) => !FURNITURE.has(p.type)).sort(readingOrder);
}

/**
 * Columns first: a placeholder wholly left of another comes before it;
 * placeholders that share some width go top to bottom. So «Comparison» reads
 * left heading, left content, right heading, right content, and a wide text
 * above two columns comes first.
 */
function readingOrder(a: TemplatePlaceholder, b: TemplatePlaceholder): number {
  const EPS = 0.05;
  if (a.box.x + a.box.w <= b.box.x + EPS) return -1;
  if (b.box.x + b.box.w <= a.box.x + EPS) return 1;
  return a.box.y - b.box.y || a.box.x - b.box.x;
}

export function layoutOnTemplate(slide: Slide, layout: TemplateLayout, ctx: LayoutContext): Element[] {
  const template = ctx.theme.template!;
  // the template's inches and points on samling's page (render scales back)
  const k = template.model.size.cx / 914400 / PAGE_WIDTH;
  // a placeholder's box (the part of it on the slide), with its own margins and capitals for the fit
  const box = (p: TemplatePlaceholder): Box => {
    const x = Math.max(0, p.box.x / k);
    const y = Math.max(0, p.box.y / k);
    return { x, y, w: Math.min(ctx.theme.width, (p.box.x + p.box.w) / k) - x, h: Math.min(ctx.theme.height, (p.box.y + p.box.h) / k) - y, frame: frameOf(p, k) };
  };
  const slots = slotsOf(layout);
  const elements: Element[] = [];
  const blocks = [...slide.blocks];
  const take = (test: (b: Block) => boolean) => {
    const i = blocks.findIndex(test);
    return i < 0 ? undefined : blocks.splice(i, 1)[0];
  };

  const empty: EmptyPlaceholder[] = [];
  const title = slots.find(isTitle);
  const heading = take((b) => b.kind === 'heading' && b.level === 1) as Extract<Block, { kind: 'heading' }> | undefined;
  if (title && heading) {
    const region = box(title);
    // measured bold, drawn in the template's title style (as titleElement)
    const fit = fitParagraphs(ctx.measure, [{ runs: heading.runs, bold: true }], region, sizeRange(title, ctx.theme.sizes.title, k), 0, 3);
    if (!fit.fits) reportOverflow(ctx, heading.loc, { kind: 'title' }, fit, region);
    elements.push({ kind: 'text', placeholder: 'title', box: region, paragraphs: [{ runs: heading.runs }], style: { size: fit.size, color: ctx.theme.color('heading'), font: 'heading', bold: true, valign: 'bottom' } });
  } else if (title) empty.push({ kind: 'title', layout: layout.name });
  else if (heading) blocks.unshift(heading); // no title placeholder: the heading is content like any other

  const subtitle = slots.find((p) => p.type === 'subTitle');
  const content = slots.filter((p) => !isTitle(p) && p !== subtitle);
  if (subtitle) {
    const sub = take((b) => b.kind === 'heading' && b.level === 2);
    // the line itself, set as the template's subtitle style says (not as a bold heading)
    if (sub?.kind === 'heading') elements.push(...fill([{ kind: 'paragraph', runs: sub.runs, loc: sub.loc }], subtitle, box(subtitle), ctx, slotOf(layout, subtitle), k));
    else empty.push({ kind: 'subtitle' });
  }

  // more placeholders than parts («Comparison»: a heading and a content placeholder per column): a `###` heading fills one by itself
  let parts = partsOf(blocks);
  if (parts.length < content.length) parts = parts.flatMap((part) => (part.length > 1 && part[0]!.kind === 'heading' && part[0]!.level === 3 ? [[part[0]!], part.slice(1)] : [part]));
  content.forEach((p, i) => {
    const part = parts[i];
    if (part) elements.push(...fill(part, p, box(p), ctx, slotOf(layout, p), k));
    else empty.push({ kind: 'content', n: i + 1, of: content.length, type: p.type });
  });
  for (const extra of parts.slice(content.length)) {
    ctx.problems.error({ code: 'template-layout-leftover', params: { layout: layout.name, content: content.length }, loc: extra[0]!.loc });
  }
  if (empty.length) {
    ctx.problems.warn({ code: 'template-layout-empty', params: { layout: layout.name, empty }, loc: slide.loc });
  }
  return elements;
}


/**
 * The parts that fill content placeholders: a `###` section whole; outside
 * one, a run of text blocks, or one table or picture by itself.
 */
export function partsOf(blocks: Block[]): Block[][] {
  const parts: Block[][] = [];
  let section = false;
  for (const b of blocks) {
    const last = parts.at(-1);
    if (b.kind === 'heading' && b.level === 3) {
      parts.push([b]);
      section = true;
    } else if (section && last) last.push(b);
    else if (b.kind === 'table' || b.kind === 'image') parts.push([b]);
    else if (last && !last.some((x) => x.kind === 'table' || x.kind === 'image')) last.push(b);
    else parts.push([b]);
  }
  return parts;
}

/** The text size range of a placeholder: its own level-1 size at most, on samling's page. */
function sizeRange(p: TemplatePlaceholder, fallback: { max: number; min: number }, k: number): { max: number; min: number } {
  const own = p.levels[0]?.size;
  const max = own ? Math.round((own / k) * 10) / 10 : fallback.max;
  return { max, min: Math.min(fallback.min, max) };
}

/** One part in one placeholder: its text at the size that fits; a table or picture below its text, in the placeholder's box. */
function fill(part: Block[], p: TemplatePlaceholder, region: Box, ctx: LayoutContext, slot: PlaceholderSlot, k: number): Element[] {
  const paras = blocksToParas(part.filter((b) => b.kind !== 'table' && b.kind !== 'image'), p.levels[0]?.bullet !== false);
  // a picture, table or chart placeholder cannot hold text: the text goes in a text box there
  const holdsText = p.type !== 'pic' && p.type !== 'tbl' && p.type !== 'chart';
  return textAndVisual(part, paras, region, ctx, { placeholder: holdsText ? slot : undefined, range: sizeRange(p, ctx.theme.sizes.body, k) });
}
