import type { Block, Run } from '../model/types.js';
import type { MeasureParagraph, TextMeasurer } from '../text/measure.js';
import type { Box, TextFrame, TextPara } from './types.js';

/** Inner margin of every text box samling draws, inches (written explicitly, never PowerPoint's default). */
export const INSET = 0.08;

/**
 * Share of a box's inner height that measured text may fill. Line breaks are
 * predicted exactly (see the fit audit), but renderers place mixed-size
 * paragraphs a few points apart from the sum of their line heights (LibreOffice
 * measured 3 % taller on a three-level list): the rest is headroom.
 */
export const HEIGHT_SLACK = 0.96;

/** Relative size of list levels 0, 1, 2. */
const LEVEL_SCALE = [1, 0.88, 0.8];
/** Bullet hanging indent, as a multiple of the font size (points). */
export const BULLET_INDENT_EM = 1.1;

export function levelScale(level: number): number {
  return LEVEL_SCALE[Math.min(level, LEVEL_SCALE.length - 1)]!;
}

/** Indent (inches) of a paragraph's text from the box's left inset. */
export function paraIndent(p: TextPara, size: number): number {
  if (!p.bullet) return 0;
  const em = (size * BULLET_INDENT_EM) / 72;
  return em * ((p.level ?? 0) + 1);
}

/** The width and height text may fill in `box`: less its margins (a template placeholder's own, else INSET). */
export function innerOf(box: Box): { w: number; h: number } {
  const m = box.frame?.inset;
  return m ? { w: box.w - m.l - m.r, h: box.h - m.t - m.b } : { w: box.w - 2 * INSET, h: box.h - 2 * INSET };
}

/** Runs as they are drawn: in capitals where the frame says so. */
export function drawnRuns(runs: Run[], frame?: TextFrame): Run[] {
  return frame?.caps ? runs.map((r) => ({ ...r, text: r.text.toLocaleUpperCase() })) : runs;
}

export function toMeasure(paras: TextPara[], size: number, gap: number, frame?: TextFrame): MeasureParagraph[] {
  return paras.map((p, i) => ({
    runs: drawnRuns(p.runs, frame),
    indent: paraIndent(p, size),
    scale: (p.scale ?? 1) * levelScale(p.level ?? 0),
    bold: p.bold,
    spaceBefore: i === 0 ? 0 : gapOf(p, gap),
  }));
}

function gapOf(p: TextPara, gap: number): number {
  return p.gap ?? ((p.level ?? 0) > 0 ? gap * 0.5 : gap);
}

export interface Fitted {
  size: number;
  /** the paragraph gap used (a designer tightens spacing before shrinking type) */
  gap: number;
  height: number;
  fits: boolean;
  /** inches that do not fit at the smallest size */
  overflow: number;
  lines: number;
}

/**
 * The largest size in [min, max] at which the paragraphs fit the box
 * (insets excluded: a template placeholder's own, see `Box.frame`), trying
 * whole points from the top.
 */
export function fitParagraphs(measure: TextMeasurer, paras: TextPara[], box: Box, range: { max: number; min: number }, gap: number, maxLines?: number): Fitted {
  const inner = innerOf(box);
  const innerW = inner.w;
  const innerH = inner.h * HEIGHT_SLACK;
  let last: Fitted | undefined;
  for (let size = range.max; size >= range.min; size -= size > 20 ? 2 : 1) {
    for (const g of [gap, gap * 0.5]) {
      const m = measure.measure(toMeasure(paras, size, g, box.frame), innerW, size);
      const lines = m.lines.reduce((n, l) => n + l.length, 0);
      last = { size, gap: g, height: m.height, fits: m.height <= innerH && (!maxLines || lines <= maxLines), overflow: Math.max(0, m.height - innerH), lines };
      if (last.fits) return last;
    }
  }
  return last!;
}

/** The height of a box that holds fitted text above something else: the text, the box's margins and a little air. */
export function heightFor(fit: Fitted, box: Box): number {
  return fit.height + (box.frame ? box.frame.inset.t + box.frame.inset.b + 0.04 : 0.2);
}

/** Paragraph spacing for a slide's paragraphs, and final per-paragraph spaceBefore in points. */
export function applySpacing(paras: TextPara[], size: number, gap: number): TextPara[] {
  return paras.map((p, i) => {
    const s = size * levelScale(p.level ?? 0) * (p.scale ?? 1);
    const before = i === 0 ? 0 : gapOf(p, gap) * s;
    return { ...p, size: Math.round(s * 10) / 10, spaceBefore: Math.round(before * 10) / 10 };
  });
}

/** Blocks → paragraphs: lists keep their levels; `bullets: false` sets lists without bullet marks. */
export function blocksToParas(blocks: Block[], bullets = true): TextPara[] {
  const paras: TextPara[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') paras.push({ runs: b.runs, bullet: false });
    else if (b.kind === 'heading') paras.push({ runs: b.runs, bullet: false, bold: true });
    else if (b.kind === 'list') {
      const walk = (items: typeof b.items, level: number, ordered: boolean) => {
        for (const item of items) {
          paras.push({ runs: item.runs, level, bullet: ordered ? { number: item.number ?? 1 } : bullets ? 'bullet' : false });
          walk(item.children, Math.min(level + 1, 2), false);
        }
      };
      walk(b.items, 0, b.ordered);
    } else if (b.kind === 'code') paras.push({ runs: [{ text: b.text, code: true }], bullet: false });
    else if (b.kind === 'quote') paras.push(...blocksToParas(b.blocks, false).map((p) => ({ ...p, italic: true })));
  }
  return paras;
}

export function plainText(runs: Run[]): string {
  return runs.map((r) => r.text + (r.br ? '\n' : '')).join('');
}
