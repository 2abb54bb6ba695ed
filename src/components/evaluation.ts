/**
 * evaluation — «Helt til slutt …»: the questions at the end of a gathering, each with room to answer.
 *
 *   <!-- layout: evaluation
 *   survey: https://example.no/s/omdomme-2   optional: a QR code to an online form, right
 *   lines: 2 -->                            answer lines under a free-text question (0–4)
 *   # Helt til slutt …
 *   1. Hva er det viktigste dere tar med dere hjem fra samlingen?
 *   2. Hvor nyttig har samlingen vært for dere? (1–6)
 *   3. Innspill til neste nettverkssamling?
 *
 * The syntax: a question ending in the marker `(1–6)` gets a terningkast, six
 * dice; one ending in `(1–10)` a numbered scale 1–10. `[1–6]`, a hyphen `(1-6)`
 * and a bare `1–6` after the question mark work too; the marker is not printed
 * (a caption «Terningkast 1–6» is). The scale may also be said in the question's
 * own words, or in a nested item, printed as written: «På en skala fra 1-6 –
 * hvilket terningkast?» (any «1–6» or «1–10» in the text; «skala/scale … 1–N»
 * with another N is an error). Every other question gets answer lines. Nested
 * items are printed under their question, smaller. At most six questions.
 */
import { z } from 'zod';
import type { Block, Lang, ListItem, Run } from '../model/types.js';
import { INSET, applySpacing, plainText } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import { contentArea, fittedText, para, textHeight, titled } from './kit.js';
import { qrPng } from './qr-png.js';
import { mentionedScale, numberedScale } from './scale.js';

const WORDS: Record<Lang, { scan: string; dice: string; scale: string }> = {
  nb: { scan: 'Skann for å svare', dice: 'Terningkast', scale: 'Skala' },
  nn: { scan: 'Skann for å svare', dice: 'Terningkast', scale: 'Skala' },
  en: { scan: 'Scan to answer', dice: 'Dice score', scale: 'Scale' },
};

const MAX_QUESTIONS = 6;
/** `(1–6)`, `[1–10]` at the end, or a bare `1–6` after the question's last punctuation. */
const MARKER = /\s*(?:\(\s*1\s*[-–—]\s*(\d+)\s*\)|\[\s*1\s*[-–—]\s*(\d+)\s*\]|(?<=[?.:!]\s*)1\s*[-–—]\s*(\d+))\s*$/;
/** «skala fra 1–5», «scale of 1 to 5»: the author means a scale, so a size we do not draw is an error. */
const SCALE_WORDS = /\b(?:skala|scale)\b[^.?!]{0,20}?\b1\s*(?:[-–—]|til\s|to\s)\s*(\d{1,2})\b/i;

interface Question {
  item: ListItem;
  runs: Run[];
  details: Run[][];
  scale?: 6 | 10;
  /** the marker was taken out of the text: say the scale beside the answer */
  caption: boolean;
}

const options = z
  .object({
    survey: z.string().optional().meta({ description: 'the address of an online form: a QR code to it beside the questions', examples: ['https://example.no/s/omdomme-2'] }),
    lines: z.number().int().min(0).max(4).default(2).meta({ description: 'answer lines under each question without a scale, 0–4', examples: [3] }),
  })
  .strict();

export const evaluation = defineLayout({
  name: 'evaluation',
  summary: 'Helt til slutt …: numbered questions with dice (1–6), a numbered scale (1–10) or answer lines; optional QR code to a survey',
  syntax: '<!-- layout: evaluation -->\n# Helt til slutt …\n1. Hva er det viktigste dere tar med dere hjem?\n2. Hvor nyttig har samlingen vært for dere? (1–6)\n3. Innspill til neste samling?',
  master: 'blank',
  options,
  layout(slide, o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const list = rest.find((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    if (!list) {
      ctx.problems.error({ code: 'evaluation-questions', params: { kind: 'none' }, loc: slide.loc });
      return { elements };
    }
    for (const b of rest.filter((b) => b !== list)) {
      ctx.problems.warn({ code: 'evaluation-ignored', params: { block: b.kind, second: b.kind === 'list', results: false }, loc: b.loc });
    }
    if (list.items.length > MAX_QUESTIONS) {
      ctx.problems.error({ code: 'evaluation-questions', params: { kind: 'too-many', max: MAX_QUESTIONS, count: list.items.length }, loc: list.items[MAX_QUESTIONS]!.loc });
      return { elements };
    }
    const questions = list.items.map((item) => readQuestion(item, ctx));
    const area = contentArea(ctx);
    let column = area;
    if (o.survey !== undefined) {
      const at = slide.directiveLocs.survey;
      const qr = surveyColumn(o.survey, area, ctx, at ? { ...at, column: at.column + 'survey: '.length } : slide.loc);
      if (qr.length) {
        elements.push(...qr);
        column = { ...area, w: area.w * 0.7 - 0.3 };
      }
    }
    elements.push(...drawQuestions(questions, column, o.lines, list.loc, ctx));
    return { elements };
  },
});

function readQuestion(item: ListItem, ctx: LayoutContext): Question {
  const text = plainText(item.runs);
  const details = item.children.map((c) => c.runs);
  const q: Question = { item, runs: item.runs, details, caption: false };
  const marker = MARKER.exec(text);
  const spoken = SCALE_WORDS.exec([text, ...details.map(plainText)].join(' '));
  const n = marker ? Number(marker[1] ?? marker[2] ?? marker[3]) : spoken ? Number(spoken[1]) : mentionedScale([text, ...details.map(plainText)].join(' '));
  if (marker || spoken) {
    if (n !== 6 && n !== 10) {
      ctx.problems.error({ code: 'evaluation-scale', params: { n: n! }, loc: item.loc });
      return q;
    }
  }
  if (n === 6 || n === 10) q.scale = n;
  if (marker && q.scale) {
    q.runs = cutEnd(item.runs, marker[0].length);
    q.caption = true;
  }
  return q;
}

/** `runs` without their last `count` characters. */
function cutEnd(runs: Run[], count: number): Run[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = out.length - 1; i >= 0 && count > 0; i--) {
    const r = out[i]!;
    const take = Math.min(count, r.text.length);
    r.text = r.text.slice(0, r.text.length - take);
    count -= take;
  }
  return out.filter((r) => r.text.length > 0);
}

/** Sizes of the answer parts, largest first: dice side, number box, line spacing (inches). */
const WIDGETS = [
  { dice: 0.62, box: 0.56, line: 0.46 },
  { dice: 0.52, box: 0.48, line: 0.4 },
  { dice: 0.42, box: 0.4, line: 0.34 },
];
const BELOW_TEXT = 0.06;
const BETWEEN = { min: 0.16, max: 0.45 };

/**
 * Questions top to bottom, each with its number in a badge and its answer
 * under it; when that is too tall (many questions), the answers go beside the
 * questions instead. The largest text and answer parts that fit win.
 */
function drawQuestions(questions: Question[], col: Box, lines: number, listLoc: ListItem['loc'], ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const paras = questions.map((q): TextPara[] => [{ runs: q.runs }, ...q.details.map((d): TextPara => ({ runs: d, scale: 0.85, color: theme.color('muted'), gap: 0.15 }))]);
  const badge = (size: number) => ctx.measure.lineHeight(size) * 1.25;
  const measureAt = (size: number, w: (typeof WIDGETS)[number], beside: boolean) => {
    const avail = col.w - badge(size) - 0.2;
    const needed = Math.max(2.5, ...questions.map((q) => (q.scale === 6 ? 7.5 * w.dice : q.scale === 10 ? 10 * w.box + 9 * Math.min(0.1, w.box * 0.2) : 0)));
    const answerW = beside ? Math.min(avail * 0.5, needed) : avail;
    const textW = beside ? avail - answerW - 0.25 : avail;
    const texts = paras.map((p) => (textHeight(p, textW, size, ctx) - 2 * INSET) * 1.04 + 2 * INSET);
    const answers = questions.map((q) => (q.scale === 6 ? w.dice : q.scale === 10 ? w.box : lines * w.line));
    const rows = texts.map((t, i) => (beside ? Math.max(t, answers[i]!) : t + (answers[i]! ? BELOW_TEXT + answers[i]! : 0)));
    const total = rows.reduce((a, r) => a + r, 0) + BETWEEN.min * (questions.length - 1);
    return { size, w, beside, textW, answerW, texts, answers, rows, total };
  };
  const body = theme.sizes.body;
  const candidates: [number, (typeof WIDGETS)[number], boolean][] = [];
  for (const beside of [false, true]) {
    for (const w of WIDGETS) for (let s = body.max; s >= body.comfortable; s -= s > 20 ? 2 : 1) candidates.push([s, w, beside]);
    for (let s = body.comfortable - 1; s >= body.min; s--) candidates.push([s, WIDGETS[WIDGETS.length - 1]!, beside]);
  }
  let fit: ReturnType<typeof measureAt> | undefined;
  for (const [s, w, beside] of candidates) {
    fit = measureAt(s, w, beside);
    if (fit.total <= col.h) break;
  }
  const { size, beside, textW, answerW, texts } = fit!;
  let { w, answers, rows, total } = fit!;
  if (total > col.h) {
    const longest = questions.reduce((a, _q, i) => (texts[i]! > texts[a]! ? i : a), 0);
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'questions', count: questions.length, tooTall: (total - col.h).toFixed(2), size, longest: longest + 1, w: col.w.toFixed(1), h: col.h.toFixed(1) }, loc: questions[longest]!.item.loc ?? listLoc });
  }
  // room to spare (few questions): larger dice and lines, up to a third larger, with half of it
  const spare = col.h - total;
  const answerSum = answers.reduce((a, b) => a + b, 0);
  if (!beside && spare > 0 && answerSum > 0) {
    const grow = Math.min(1.3, 1 + (spare * 0.5) / answerSum);
    w = { dice: w.dice * grow, box: w.box * grow, line: w.line * grow };
    answers = answers.map((a) => a * grow);
    rows = rows.map((r, i) => r + (answers[i]! - fit!.answers[i]!));
    total += answerSum * (grow - 1);
  }
  const gap = questions.length > 1 ? Math.min(BETWEEN.max, BETWEEN.min + Math.max(0, col.h - total) / (questions.length - 1)) : 0;
  const d = badge(size);
  const textX = col.x + d + 0.2;
  const out: Element[] = [];
  let y = col.y;
  questions.forEach((q, i) => {
    const number = String(q.item.number ?? i + 1);
    const textY = beside ? y + (rows[i]! - texts[i]!) / 2 : y;
    // the badge centred on the question's first line
    const firstLine = textY + INSET + ctx.measure.lineHeight(size) / 2;
    out.push({ kind: 'text', box: { x: col.x, y: Math.max(col.y - 0.05, firstLine - d / 2), w: d, h: d }, paragraphs: [para(number, { align: 'center' })], style: { size: Math.round(size * 0.75), color: theme.color('onDark'), font: 'body', bold: true, align: 'center', valign: 'middle', inset: 0 }, shape: 'ellipse', fill: theme.color('navy'), name: `Spørsmål ${number}` });
    out.push({ kind: 'text', box: { x: textX, y: textY, w: textW, h: texts[i]! }, paragraphs: applySpacing(paras[i]!, size, theme.sizes.paragraphGap), style: { size, color: theme.color('text'), font: 'body', valign: 'top' }, name: `Spørsmål ${number} tekst` });
    if (answers[i]) {
      const row: Box = beside
        ? { x: textX + textW + 0.25, y: y + (rows[i]! - answers[i]!) / 2, w: answerW, h: answers[i]! }
        : { x: textX + INSET, y: y + texts[i]! + BELOW_TEXT, w: col.x + col.w - textX - INSET, h: answers[i]! };
      if (q.scale === 6) out.push(...dice(row, w.dice, q.caption, ctx));
      else if (q.scale === 10) out.push(...numbers(row, w.box, q.caption, ctx));
      else out.push(...answerLines(row, lines, w.line, ctx));
    }
    y += rows[i]! + gap;
  });
  return out;
}

/** Pips of each face on a 3 × 3 grid (column, row). */
const PIPS: [number, number][][] = [
  [[1, 1]],
  [[2, 0], [0, 2]],
  [[2, 0], [1, 1], [0, 2]],
  [[0, 0], [2, 0], [0, 2], [2, 2]],
  [[0, 0], [2, 0], [1, 1], [0, 2], [2, 2]],
  [[0, 0], [0, 1], [0, 2], [2, 0], [2, 1], [2, 2]],
];

/** A terningkast: six dice, native rounded squares with ellipse pips. */
function dice(row: Box, side: number, caption: boolean, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const out: Element[] = [];
  const gap = side * 0.3;
  const pip = side * 0.17;
  PIPS.forEach((face, k) => {
    const x = row.x + k * (side + gap);
    out.push({ kind: 'shape', box: { x, y: row.y, w: side, h: side }, shape: 'roundRect', fill: theme.color('mist'), line: { color: theme.color('navy'), width: 1.25 }, name: `Terning ${k + 1}` });
    for (const [c, r] of face) {
      out.push({ kind: 'shape', box: { x: x + side * (0.25 + 0.25 * c) - pip / 2, y: row.y + side * (0.25 + 0.25 * r) - pip / 2, w: pip, h: pip }, shape: 'ellipse', fill: theme.color('navy'), name: `Terning ${k + 1} øye` });
    }
  });
  if (caption) out.push(...captionAfter(row, 6 * side + 5 * gap, `${WORDS[ctx.deck.meta.lang].dice} 1–6`, ctx));
  return out;
}

function numbers(row: Box, cell: number, caption: boolean, ctx: LayoutContext): Element[] {
  const gap = Math.min(0.1, cell * 0.2);
  const c = Math.min(cell, (row.w - 9 * gap) / 10);
  const out = numberedScale(row.x, row.y, c, c, gap, 10, ctx);
  if (caption) out.push(...captionAfter(row, 10 * c + 9 * gap, `${WORDS[ctx.deck.meta.lang].scale} 1–10`, ctx));
  return out;
}

/** «Terningkast 1–6» beside the answer row, when the question's marker was taken out and there is room. */
function captionAfter(row: Box, used: number, text: string, ctx: LayoutContext): Element[] {
  const size = ctx.theme.sizes.caption;
  const w = ctx.measure.width(text, size) + 2 * INSET + 0.05;
  if (used + 0.2 + w > row.w) return [];
  return [{ kind: 'text', box: { x: row.x + used + 0.2, y: row.y, w, h: row.h }, paragraphs: [para(text)], style: { size, color: ctx.theme.color('muted'), font: 'body', valign: 'middle' }, name: text }];
}

function answerLines(row: Box, n: number, spacing: number, ctx: LayoutContext): Element[] {
  return Array.from({ length: n }, (_, k) => ({ kind: 'line' as const, box: { x: row.x, y: row.y + (k + 1) * spacing - 0.04, w: row.w, h: 0 }, color: ctx.theme.color('rule'), width: 1 }));
}

/** The QR code of the survey's address, its label and the address, in the right ~30 % of the area. */
function surveyColumn(url: string, area: Box, ctx: LayoutContext, loc: ListItem['loc']): Element[] {
  const { theme } = ctx;
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok) {
    ctx.problems.error({ code: 'evaluation-survey', params: { kind: 'not-web', url }, loc, length: url.length });
    return [];
  }
  let png: Buffer;
  try {
    png = qrPng(url, { dark: theme.color('navy'), light: theme.color('paper') });
  } catch (e) {
    ctx.problems.error({ code: 'evaluation-survey', params: { kind: 'too-long', length: url.length }, loc });
    return [];
  }
  const colW = area.w * 0.3;
  const x = area.x + area.w - colW;
  const side = Math.min(colW, 2.7, area.h * 0.6);
  const label = para(WORDS[ctx.deck.meta.lang].scan, { align: 'center' });
  const labelH = textHeight([label], colW, theme.sizes.caption, ctx, 0);
  const imageBox = { x: x + (colW - side) / 2, y: area.y, w: side, h: side };
  const labelBox = { x, y: area.y + side + 0.08, w: colW, h: labelH };
  const urlBox = { x, y: labelBox.y + labelH, w: colW, h: Math.max(0.3, area.y + area.h - labelBox.y - labelH) };
  const address = fittedText([para(url.replace(/^https?:\/\//, ''), { align: 'center' })], urlBox, ctx, { range: { max: theme.sizes.caption, min: theme.sizes.table.min }, color: theme.color('muted'), align: 'center', what: { kind: 'survey-address' }, loc, name: 'Adresse' });
  return [
    { kind: 'image', box: imageBox, data: png.toString('base64'), alt: `QR: ${url}` },
    { kind: 'text', box: labelBox, paragraphs: [label], style: { size: theme.sizes.caption, color: theme.color('heading'), font: 'body', bold: true, align: 'center', valign: 'top' }, name: label.runs[0]!.text },
    address.element,
  ];
}
