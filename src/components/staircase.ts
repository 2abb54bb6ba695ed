/**
 * staircase — «Omdømmetrappen», «Fra bevissthet til aksept og eierskap»: steps rising left to right.
 *
 *   <!-- layout: staircase -->
 *   # Hvordan styrke sitt omdømme? – Omdømmetrappen
 *   1. Kvalitet                                  ← the steps, bottom to top
 *   2. Strukturer/systemer/økonomi
 *   3. **Interesse** – «Jeg vet at noe nytt er på gang»   ← text after ` – ` describes the step
 *   4. Ekstern profilering
 *      - a nested item describes the step too (one line each)
 *   5. Tillit
 *
 *   > «If you take care of the inside, the inside will take care of the outside»
 *   >
 *   > — Harald Burson                            ← the quote, set in a box beside the stairs
 *
 *   *Bevissthet → aksept → eierskap*             ← a paragraph: a caption under the stairs
 *
 * Each step is a block one row higher and further right than the one below,
 * graded from a light tint of the first palette colour up to navy; its name is
 * inside, its description beside it in the same row. Without descriptions the
 * room under each step is filled in, so the blocks stand as one staircase.
 * 2 to 8 steps; a bullet list reads the same as a numbered one.
 */
import { z } from 'zod';
import { INSET, applySpacing, plainText, toMeasure } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import type { Block, ListItem, Run, SourceLoc } from '../model/types.js';
import { SLACK, fitsUnbroken, gradedFill, quoteBeside, textOn, tint } from './diagram-kit.js';
import { contentArea, textHeight, titled } from './kit.js';

const MIN_STEPS = 2;
const MAX_STEPS = 8;
/** Share of the content width the stairs take when a quote stands beside them. */
const STAIRS_SHARE = 0.62;
const QUOTE_GAP = 0.35;
/** A row taller than this makes blocks that look like walls, not steps (inches). */
const MAX_ROW = 1.1;
/** How far each step moves right, as a share of a block's width (without descriptions). */
const RUN_RATIO = 0.5;
/** Narrowest step advance with descriptions: less and it stops looking like stairs. */
const MIN_RUN = 0.22;
const MIN_BLOCK = 1.5;
const MAX_BLOCK = 3.4;
const DESC_GAP = 0.15;
/** Room each side of a step name inside its block, beyond the text inset. */
const NAME_PAD = 0.1;
const CAPTION_GAP = 0.15;
/** Space between the lines of a description, × size: they belong together. */
const DESC_GAP_EM = 0.1;

interface Step {
  name: Run[];
  description: TextPara[];
  loc: SourceLoc;
}

const options = z.object({ direction: z.enum(['up']).default('up').meta({ description: 'the way the steps go: `up`, rising left to right, is the one so far', examples: ['up'] }) }).strict();

export const staircase = defineLayout({
  name: 'staircase',
  summary: 'Steps rising left to right (Omdømmetrappen): an ordered list, bottom step first; a block quote beside',
  syntax: '<!-- layout: staircase -->\n# Omdømmetrappen\n1. Kvalitet\n2. Intern profilering – med innsiden ut\n3. Tillit\n\n> «If you take care of the inside, the inside will take care of the outside»\n>\n> — Harald Burson',
  master: 'blank',
  options,
  layout(slide, _o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const lists = rest.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    const quote = rest.find((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote');
    const captions = rest.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
    for (const b of rest.filter((b) => b.kind !== 'list' && b.kind !== 'paragraph' && b !== quote)) {
      ctx.problems.warn({ code: 'staircase-ignored', params: { block: b.kind, second: b.kind === 'quote' }, loc: b.loc });
    }
    const list = lists[0];
    if (!list) {
      ctx.problems.error({ code: 'staircase-steps', loc: slide.loc });
      return { elements };
    }
    if (lists[1]) {
      ctx.problems.error({ code: 'staircase-lists', loc: lists[1].loc });
    }
    if (list.items.length < MIN_STEPS || list.items.length > MAX_STEPS) {
      const extra = list.items[MAX_STEPS];
      ctx.problems.error({ code: 'staircase-count', params: { steps: list.items.length, min: MIN_STEPS, max: MAX_STEPS, tooMany: !!extra }, loc: extra?.loc ?? list.loc });
      return { elements };
    }
    const steps = list.items.map(readStep);
    const area = contentArea(ctx);
    const captionParas: TextPara[] = captions.map((p) => ({ runs: p.runs, align: 'center' }));
    const captionSize = ctx.theme.sizes.caption;
    const captionH = captionParas.length ? textHeight(captionParas, area.w, captionSize, ctx) * SLACK : 0;
    const stairsW = quote ? area.w * STAIRS_SHARE - QUOTE_GAP / 2 : area.w;
    const stairs: Box = { x: area.x, y: area.y, w: stairsW, h: area.h - (captionH ? captionH + CAPTION_GAP : 0) };
    const drawn = drawSteps(steps, stairs, list.loc, ctx);
    elements.push(...drawn.elements);
    if (captionH) {
      elements.push({ kind: 'text', box: { x: stairs.x, y: drawn.bottom + CAPTION_GAP, w: stairs.w, h: captionH }, paragraphs: applySpacing(captionParas, captionSize, ctx.theme.sizes.paragraphGap), style: { size: captionSize, color: ctx.theme.color('muted'), font: 'body', align: 'center', valign: 'top' }, name: 'Bildetekst' });
    }
    if (quote) elements.push(...quoteBeside(quote, { x: area.x + stairsW + QUOTE_GAP, y: area.y, w: area.w - stairsW - QUOTE_GAP, h: area.h }, ctx, 'stairs'));
    return { elements };
  },
});

/** A list item → a step: the name up to ` – `, the rest and the nested items its description. */
function readStep(item: ListItem): Step {
  const [name, after] = splitAtDash(item.runs);
  const description: TextPara[] = [];
  // «Jeg er interessert …» – «Jeg handler …»: two quoted sayings, one line each
  if (after.length) for (const part of splitBetweenQuotes(after)) description.push({ runs: part });
  const walk = (items: ListItem[]) => items.forEach((c) => (description.push({ runs: c.runs }), walk(c.children)));
  walk(item.children);
  return { name: name.map((r) => ({ ...r, bold: undefined })), description, loc: item.loc };
}

const DASH = /\s+[–—]\s+/;

/** Runs split at the first spaced en or em dash: [before, after]; no dash → [runs, []]. */
function splitAtDash(runs: Run[], dash: RegExp = DASH): [Run[], Run[]] {
  for (let i = 0; i < runs.length; i++) {
    const m = dash.exec(runs[i]!.text);
    if (!m) continue;
    const run = runs[i]!;
    const before = [...runs.slice(0, i), { ...run, text: run.text.slice(0, m.index), br: undefined }];
    const after = [{ ...run, text: run.text.slice(m.index + m[0].length) }, ...runs.slice(i + 1)];
    return [trimRuns(before), trimRuns(after)];
  }
  return [runs, []];
}

function splitBetweenQuotes(runs: Run[]): Run[][] {
  const parts: Run[][] = [];
  let restRuns = runs;
  for (;;) {
    const [a, b] = splitAtDash(restRuns, /(?<=[»”"])\s+[–—]\s+(?=[«“"])/);
    parts.push(a);
    if (!b.length) return parts;
    restRuns = b;
  }
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  if (out.length) out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, '');
  return out.filter((r) => r.text !== '' || r.br);
}

interface Plan {
  size: number;
  descSize: number;
  rowH: number;
  blockW: number;
  run: number;
}

/** The steps as blocks on a rising diagonal, each name inside its block and its description beside it. */
function drawSteps(steps: Step[], area: Box, loc: SourceLoc, ctx: LayoutContext): { elements: Element[]; bottom: number } {
  const { theme } = ctx;
  const n = steps.length;
  const rowH = Math.min(MAX_ROW, area.h / n);
  const plan = planSteps(steps, area, rowH, ctx);
  if (!plan) {
    reportTooLong(steps, area, rowH, loc, ctx);
    return { elements: [], bottom: area.y + area.h };
  }
  const { size, descSize, blockW, run } = plan;
  const hasDesc = steps.some((s) => s.description.length);
  // centre what is drawn: the stairs and the widest line of each description beside them
  const descW = (step: Step, i: number) => {
    if (!step.description.length) return 0;
    const room = area.w - blockW - i * run - DESC_GAP;
    return Math.min(room, ctx.measure.measure(toMeasure(step.description, descSize, DESC_GAP_EM), room - 2 * INSET, descSize).width + 2 * INSET + 0.05);
  };
  const usedW = Math.max(...steps.map((st, i) => i * run + blockW + (st.description.length ? DESC_GAP + descW(st, i) : 0)));
  const x0 = area.x + (area.w - usedW) / 2;
  const bottom = area.y + (area.h + n * rowH) / 2;
  const elements: Element[] = [];
  steps.forEach((step, i) => {
    const fill = gradedFill(i, n, ctx);
    const x = x0 + i * run;
    const y = bottom - (i + 1) * rowH;
    // without descriptions the room under each step is free: fill it, so the blocks stand as a staircase
    if (!hasDesc && i > 0) elements.unshift({ kind: 'shape', box: { x: x + run, y: y + rowH, w: blockW - run, h: bottom - y - rowH }, shape: 'rect', fill: tint(fill, 0.8), line: { color: theme.color('paper'), width: 1 }, name: `Trinn ${i + 1} – sokkel` });
    elements.push({
      kind: 'text',
      box: { x, y, w: blockW, h: rowH },
      paragraphs: applySpacing([{ runs: step.name, align: 'center', bold: true }], size, 0),
      style: { size, color: textOn(fill, ctx), font: 'body', bold: true, align: 'center', valign: 'middle' },
      shape: 'rect',
      fill,
      line: { color: theme.color('paper'), width: 1 },
      name: `Trinn ${i + 1}`,
    });
    if (step.description.length) {
      const dx = x + blockW + DESC_GAP;
      elements.push({
        kind: 'text',
        box: { x: dx, y, w: area.x + area.w - dx, h: rowH },
        paragraphs: applySpacing(step.description, descSize, DESC_GAP_EM),
        style: { size: descSize, color: theme.color('text'), font: 'body', valign: 'middle' },
        name: `Beskrivelse ${i + 1}`,
      });
    }
  });
  return { elements, bottom };
}

/**
 * The largest name size (then the widest stride, then the largest description
 * size) at which every name fits its block and every description its row.
 */
function planSteps(steps: Step[], area: Box, rowH: number, ctx: LayoutContext): Plan | undefined {
  const { sizes } = ctx.theme;
  const n = steps.length;
  const hasDesc = steps.some((s) => s.description.length);
  for (let size = sizes.body.max; size >= sizes.body.min; size -= size > 20 ? 2 : 1) {
    if (!hasDesc) {
      const blockW = Math.min(MAX_BLOCK, area.w / (1 + (n - 1) * RUN_RATIO));
      if (namesFit(steps, blockW, rowH, size, ctx)) return { size, descSize: size, rowH, blockW, run: blockW * RUN_RATIO };
      continue;
    }
    const widest = Math.max(...steps.map((s) => ctx.measure.width(plainText(s.name), size, true)));
    const blockW = Math.min(Math.max(MIN_BLOCK, widest + 2 * (INSET + NAME_PAD)), MAX_BLOCK, area.w * 0.4);
    if (!namesFit(steps, blockW, rowH, size, ctx)) continue;
    const maxRun = Math.min(blockW * RUN_RATIO, (area.w - blockW) / Math.max(1, n - 1) - DESC_GAP);
    // descriptions a little smaller than the names; at the smallest names, as small as the theme allows
    const descSizes = size === sizes.body.min ? range(size - 2, sizes.table.min) : range(size - 2, Math.max(sizes.table.min, size - 6));
    for (let k = 0; k <= 5; k++) {
      const run = maxRun - ((maxRun - MIN_RUN) * k) / 5;
      if (run < MIN_RUN && k > 0) break;
      for (const descSize of descSizes) {
        const fits = steps.every((s, i) => fitsUnbroken(s.description, area.w - blockW - i * Math.max(run, 0) - DESC_GAP, rowH, descSize, ctx, DESC_GAP_EM));
        if (fits) return { size, descSize, rowH, blockW, run: Math.max(run, 0) };
      }
    }
  }
  return undefined;
}

function namesFit(steps: Step[], blockW: number, rowH: number, size: number, ctx: LayoutContext): boolean {
  return steps.every((s) => fitsUnbroken([{ runs: s.name, bold: true }], blockW - 2 * NAME_PAD, rowH, size, ctx, 0));
}

/** One error, at the step whose description (or name) needs the most room at the smallest sizes. */
function reportTooLong(steps: Step[], area: Box, rowH: number, loc: SourceLoc, ctx: LayoutContext): void {
  const { sizes } = ctx.theme;
  const n = steps.length;
  const blockW = Math.min(MAX_BLOCK, area.w * 0.4);
  const lines = (paras: TextPara[], w: number, size: number) => Math.round((textHeight(paras, w, size, ctx) - 2 * INSET) / ctx.measure.lineHeight(size));
  const room = Math.max(1, Math.floor(((rowH - 2 * INSET) / SLACK) / ctx.measure.lineHeight(sizes.table.min)));
  const worst = steps
    .map((s, i) => ({ s, i, lines: s.description.length ? lines(s.description, area.w - blockW - i * MIN_RUN - DESC_GAP, sizes.table.min) : lines([{ runs: s.name, bold: true }], blockW, sizes.body.min) }))
    .sort((a, b) => b.lines - a.lines)[0]!;
  ctx.problems.error({
    code: 'component-overflow',
    params: { kind: 'step', part: worst.s.description.length ? 'description' : 'name', n: worst.i + 1, name: plainText(worst.s.name), lines: worst.lines, size: worst.s.description.length ? sizes.table.min : sizes.body.min, steps: n, room },
    loc: worst.s.loc ?? loc,
  });
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, from - to + 1) }, (_, i) => from - i);
