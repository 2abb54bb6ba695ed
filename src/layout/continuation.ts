import { words } from '../i18n/words.js';
import type { Run } from '../model/types.js';
import { fitParagraphs } from './text-fit.js';
import type { Box, LayoutContext, TextPara } from './types.js';

/**
 * Text that does not fit at the theme's smallest size continues on new slides
 * titled "<title> (forts.)" / "(cont.)". Breaks fall between top-level items
 * (an item keeps its sub-items), on as few slides as fit them at the smallest
 * size, shared evenly between those slides; then every part is set at one
 * common size, the largest that fits all.
 *
 * @returns the parts, or undefined when one top-level item alone is too long
 */
export function splitForContinuation(paras: TextPara[], box: Box, ctx: LayoutContext): { parts: TextPara[][]; size: number } | undefined {
  const { theme, measure } = ctx;
  const gap = theme.sizes.paragraphGap;
  const min = { max: theme.sizes.body.min, min: theme.sizes.body.min };
  // groups: a level-0 paragraph with the deeper ones after it
  const groups: TextPara[][] = [];
  for (const p of paras) {
    if ((p.level ?? 0) === 0 || !groups.length) groups.push([p]);
    else groups[groups.length - 1]!.push(p);
  }
  // as many groups per slide as fit in `h` of the box's height
  const fill = (h: number): TextPara[][] | undefined => {
    const room = { ...box, h };
    const parts: TextPara[][] = [];
    let current: TextPara[] = [];
    for (const group of groups) {
      const trial = [...current, ...group];
      if (fitParagraphs(measure, trial, room, min, gap).fits) {
        current = trial;
        continue;
      }
      if (!current.length) return undefined;
      parts.push(current);
      current = group;
      if (!fitParagraphs(measure, current, room, min, gap).fits) return undefined;
    }
    if (current.length) parts.push(current);
    return parts;
  };
  let parts = fill(box.h);
  if (!parts) return undefined;
  // share the items evenly between those slides (no lone item on the last): the lowest height that needs no more
  if (parts.length > 1) {
    const count = parts.length;
    let [lo, hi] = [0, box.h];
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      const tried = fill(mid);
      if (tried && tried.length <= count) hi = mid;
      else lo = mid;
    }
    parts = fill(hi) ?? parts;
  }
  const size = Math.min(...parts.map((part) => fitParagraphs(measure, part, box, theme.sizes.body, gap).size));
  return { parts, size };
}

/** "Innspill (forts.)" */
export function continuedTitle(title: Run[], ctx: LayoutContext): Run[] {
  return [...title, { text: ` (${words[ctx.deck.meta.lang].continued})` }];
}
