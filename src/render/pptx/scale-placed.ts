import type { Box, Element, PlacedSlide, TextPara } from '../../layout/types.js';
import { INSET } from '../../layout/text-fit.js';

/**
 * Slides are laid out on samling's own 13.33-inch page, whatever the
 * template's size: the layouts, components and their smallest readable sizes
 * are made for it. On a template of another width every position, size, line
 * and text size is scaled by the same factor, as PowerPoint's "scale content"
 * does when a presentation changes size: a 10-inch template draws the same
 * slide three quarters as large.
 */
export function scalePlaced(slide: PlacedSlide, k: number): PlacedSlide {
  if (Math.abs(k - 1) < 1e-9) return slide;
  const box = (b: Box): Box => ({ x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k });
  const pt = (n: number) => Math.round(n * k * 10) / 10;
  const para = (p: TextPara): TextPara => ({ ...p, ...(p.size !== undefined ? { size: pt(p.size) } : {}), ...(p.spaceBefore !== undefined ? { spaceBefore: pt(p.spaceBefore) } : {}) });
  const element = (e: Element): Element => {
    switch (e.kind) {
      case 'text':
        // a text box's inner margin scales with it (the text was fitted inside it); a placeholder keeps the template's own
        return { ...e, box: box(e.box), paragraphs: e.paragraphs.map(para), style: { ...e.style, size: pt(e.style.size), ...(e.style.inset !== undefined || !e.placeholder ? { inset: (e.style.inset ?? INSET) * k } : {}) }, ...(e.line ? { line: { ...e.line, width: e.line.width * k } } : {}) };
      case 'shape':
        return { ...e, box: box(e.box), ...(e.line ? { line: { ...e.line, width: e.line.width * k } } : {}) };
      case 'line':
        return { ...e, box: box(e.box), width: e.width * k };
      case 'image':
        return { ...e, box: box(e.box), ...(e.sizing ? { sizing: { ...e.sizing, w: e.sizing.w * k, h: e.sizing.h * k } } : {}) };
      case 'table':
        return { ...e, box: box(e.box), colW: e.colW.map((w) => w * k), rowH: e.rowH.map((h) => h * k), size: pt(e.size) };
      case 'chart':
        return { ...e, box: box(e.box), size: pt(e.size) };
    }
  };
  return { ...slide, elements: slide.elements.map(element) };
}
