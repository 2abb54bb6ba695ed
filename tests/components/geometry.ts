import type { Box, Element, PlacedSlide } from '../../src/layout/types.js';

/** Geometry rules every component keeps; returns the problems found (empty = good). */
export function geometryProblems(slide: PlacedSlide, slideW: number, slideH: number, footerY: number): string[] {
  const out: string[] = [];
  const eps = 0.005;
  const name = (e: Element, i: number) => `${e.kind}#${i}${'name' in e && e.name ? ` ${e.name}` : ''}`;
  slide.elements.forEach((e, i) => {
    const b = e.box;
    if (b.x < -eps || b.y < -eps || b.x + b.w > slideW + eps || b.y + b.h > slideH + eps) out.push(`${name(e, i)} is off the slide: ${JSON.stringify(b)}`);
    if (b.y + b.h > footerY + eps) out.push(`${name(e, i)} reaches into the footer (bottom ${(b.y + b.h).toFixed(2)} > ${footerY})`);
  });
  // text boxes must not overlap each other (shapes under text may)
  const texts = slide.elements.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'text' || e.kind === 'table' || e.kind === 'chart' || e.kind === 'image');
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      if (overlap(texts[a]!.e.box, texts[b]!.e.box) > eps) out.push(`${name(texts[a]!.e, texts[a]!.i)} overlaps ${name(texts[b]!.e, texts[b]!.i)}`);
    }
  }
  return out;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? Math.min(w, h) : 0;
}
