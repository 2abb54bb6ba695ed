/**
 * programme — «Programskisse»: the days of a gathering side by side, item by item.
 *
 *   <!-- layout: programme -->
 *   # Programskisse 1.–2. oktober
 *   ## 1. oktober                          a day (one to three, side by side; leave it out for one day)
 *   - 10.00 Velkommen                      a time (10:00, 10.00, 1000 or kl. 10.00; a range 10.00–11.00), then the title
 *     - Bakgrunn, mål og opplegg           nested items: details
 *     - v/ kommunikasjonssjef Pål Nilsen   `v/ …`: the speaker, set apart
 *   - 12.00 Lunsj                          a break (Lunsj, Pause, Middag, Lunch, Break …): set quieter
 *   ## 2. oktober
 *   - 0830 God morgen
 *
 * Times are printed as the deck's language writes them (10.00 / 10:00) in one
 * column of one width for every item. All days share one text size: the largest
 * in the theme's body range at which the fullest day fits (details may go down
 * to 12 pt); a day that still does not fit is reported with how many items fit.
 */
import { z } from 'zod';
import type { Raise } from '../errors/diagnostic.js';
import { applySpacing, plainText, toMeasure } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import { formatTime, parseTime } from '../i18n/format.js';
import type { Block, Lang, ListItem, Run, SourceLoc } from '../model/types.js';
import { contentArea, para, titled } from './kit.js';

/** First words of a break, per language; any language's word counts (a nb deck may say "Lunch"). */
const BREAKS: Record<Lang, string[]> = {
  nb: ['lunsj', 'pause', 'kaffepause', 'kaffe', 'middag', 'aperitiff', 'utsjekking', 'innsjekking', 'frokost', 'kveldsmat'],
  nn: ['lunsj', 'pause', 'kaffipause', 'kaffi', 'middag', 'aperitiff', 'utsjekking', 'innsjekking', 'frukost', 'kveldsmat'],
  en: ['lunch', 'break', 'coffee', 'dinner', 'aperitif', 'check-out', 'checkout', 'check-in', 'breakfast', 'refreshments'],
};
const BREAK_WORDS = new Set(Object.values(BREAKS).flat());

/** `10.00`, `10:00`, `1000`, `930` (after `kl.`, `kl`, `klokka` or `klokken`, as Norwegian writes it), optionally `–11.00`, then separators before the title. */
const TIME = /^\s*(?:kl(?:\.|okka\b|okken\b)?\s*)?(\d{1,2}[:.]\d{2}|\d{3,4})(?:\s*[-–—]\s*(\d{1,2}[:.]\d{2}|\d{3,4}))?(?=[\s:,–—-]|$)[\s:,–—-]*/i;
const SPEAKER = /^\s*v\s*\//i;

const MAX_DAYS = 3;
const COL_GAP = 0.3;
/** Space between items: at least MIN_GAP, more (up to MAX_GAP) when the days leave room. */
const MIN_GAP = 0.012;
const MAX_GAP = 0.16;
/**
 * Inner margin of a row's text, inches per point of text size: rows sit closer
 * than the default margin, yet large text keeps room for its ascenders.
 */
const ROW_INSET = 0.0015;
const HEAD_INSET = 0.035;
const TIME_GAP = 0.06;
const HEAD_GAP = 0.05;
const DETAIL_GAP = 0.06; // space above a detail, × its size
const DETAIL_SCALE = 0.82;
/** Details (and the speaker) are never set smaller (points). */
const DETAIL_MIN = 12;
const SLACK = 1.01; // renderers set lines a little taller than the sum of line heights

export interface ProgrammeItem {
  start: string;
  end?: string;
  title: Run[];
  lines: { runs: Run[]; speaker: boolean }[];
  isBreak: boolean;
  loc: SourceLoc;
}

export interface Day {
  heading?: Run[];
  items: ProgrammeItem[];
  loc: SourceLoc;
}

export const programme = defineLayout({
  name: 'programme',
  summary: 'Programskisse: one to three days side by side, each item a time and a title, breaks set quieter',
  syntax: '<!-- layout: programme -->\n# Programskisse\n## 1. oktober\n- 10.00 Velkommen\n  - Bakgrunn, mål og opplegg\n  - v/ Pål Nilsen\n- 12.00 Lunsj\n## 2. oktober\n- 08.30 God morgen',
  master: 'blank',
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const days = readDays(rest, slide.loc, ctx);
    if (days.length) elements.push(...drawDays(days, contentArea(ctx), ctx));
    return { elements };
  },
});

/** `##` headings start days; lists are their items. Problems are reported, bad items left out. */
export function readDays(blocks: Block[], slideLoc: SourceLoc, ctx: LayoutContext): Day[] {
  const days: Day[] = [];
  const before = ctx.problems.list.length;
  for (const b of blocks) {
    if (b.kind === 'heading') days.push({ heading: b.runs, items: [], loc: b.loc });
    else if (b.kind === 'list') {
      if (!days.length) days.push({ items: [], loc: b.loc });
      days[days.length - 1]!.items.push(...b.items.flatMap((item) => readItem(item, ctx)));
    } else {
      ctx.problems.error({ code: 'programme-block', params: { block: b.kind }, loc: b.loc });
    }
  }
  const headless = days.findIndex((d) => !d.heading);
  if (headless >= 0 && days.length > 1) {
    ctx.problems.error({ code: 'programme-day', loc: days[headless]!.loc });
    days.splice(headless, 1);
  }
  if (days.length > MAX_DAYS) {
    ctx.problems.error({ code: 'programme-days', params: { max: MAX_DAYS }, loc: days[MAX_DAYS]!.loc });
    days.length = MAX_DAYS;
  }
  const empty = days.find((d) => !d.items.length);
  // a day whose every item was bad has been reported already
  if ((!days.length || empty) && ctx.problems.list.length === before) {
    ctx.problems.error({ code: 'programme-empty', params: { day: empty?.heading ? plainText(empty.heading) : undefined }, loc: empty?.loc ?? slideLoc });
  }
  return days.filter((d) => d.items.length);
}

function readItem(item: ListItem, ctx: LayoutContext): ProgrammeItem[] {
  const text = plainText(item.runs);
  const m = TIME.exec(text);
  const bad = (why: Extract<Raise, { code: 'programme-time' }>['params']) => {
    ctx.problems.error({ code: 'programme-time', params: why, loc: item.loc });
    return [];
  };
  if (!m) return bad({ kind: 'no-time' });
  for (const t of [m[1], m[2]]) if (t !== undefined && parseTime(t) === undefined) return bad({ kind: 'bad-time', time: t });
  const title = dropChars(item.runs, m[0].length);
  if (!plainText(title).trim()) return bad({ kind: 'no-title' });
  const first = plainText(title).trim().split(/[\s,.:;!/()]+/)[0]!.toLowerCase();
  const lines: ProgrammeItem['lines'] = [];
  const walk = (children: ListItem[]) =>
    children.forEach((c) => {
      lines.push({ runs: c.runs, speaker: SPEAKER.test(plainText(c.runs)) });
      walk(c.children);
    });
  walk(item.children);
  return [{ start: m[1]!, end: m[2], title, lines, isBreak: BREAK_WORDS.has(first), loc: item.loc }];
}

/** Runs without their first `n` characters (the time and what separates it from the title). */
function dropChars(runs: Run[], n: number): Run[] {
  let left = n;
  return runs.flatMap((r) => {
    if (left <= 0) return [r];
    const cut = Math.min(left, r.text.length);
    left -= cut;
    const text = r.text.slice(cut);
    return text || r.br ? [{ ...r, text }] : [];
  });
}

/** "10.00" / "10.00–11.00" in the deck's language. */
export function timeLabel(item: ProgrammeItem, lang: Lang): string {
  return formatTime(item.start, lang) + (item.end ? `–${formatTime(item.end, lang)}` : '');
}

/**
 * The time as drawn: a range on one line («10.00–10.30») when the time column
 * still leaves the titles most of the day's width, else on two («10.00–» over
 * «11.00»), so one range does not squeeze every title.
 */
function timeRuns(item: ProgrammeItem, lang: Lang, oneLine: boolean): Run[] {
  const start = formatTime(item.start, lang);
  if (!item.end) return [{ text: start }];
  return oneLine ? [{ text: `${start}–${formatTime(item.end, lang)}` }] : [{ text: `${start}–`, br: true }, { text: formatTime(item.end, lang) }];
}
/** A time column for ranges on one line may take at most this share of a day's column. */
const RANGE_SHARE = 0.3;

interface Measured {
  size: number;
  detail: number;
  timeW: number;
  /** ranges on one line */
  oneLine: boolean;
  headH: number;
  rows: number[][];
  /** space between items: the same in every day, as much as the fullest day leaves */
  gap: number;
  fits: boolean;
}

function itemParas(item: ProgrammeItem, size: number, detail: number, ctx: LayoutContext): TextPara[] {
  const muted = ctx.theme.color('muted');
  const scale = detail / size;
  return [
    { runs: item.title, bold: !item.isBreak, color: item.isBreak ? muted : undefined },
    ...item.lines.map((l): TextPara =>
      l.speaker
        ? { runs: l.runs.map((r) => ({ ...r, italic: true })), italic: true, scale, gap: DETAIL_GAP, color: muted }
        : { runs: l.runs, bullet: 'bullet', scale, gap: DETAIL_GAP, color: item.isBreak ? muted : undefined },
    ),
  ];
}

const heightOf = (paras: TextPara[], w: number, size: number, ctx: LayoutContext) => ctx.measure.measure(toMeasure(paras, size, 0), w, size).height * SLACK;

function measureAt(days: Day[], size: number, colW: number, area: Box, ctx: LayoutContext): Measured {
  const { lang } = ctx.deck.meta;
  const detail = Math.max(DETAIL_MIN, Math.round(size * DETAIL_SCALE));
  const items = days.flatMap((d) => d.items);
  const inset = size * ROW_INSET;
  const widthOf = (oneLine: boolean) => Math.max(...items.flatMap((i) => timeRuns(i, lang, oneLine).map((r) => ctx.measure.width(r.text, size, true)))) + 2 * inset + 0.02;
  const oneLine = widthOf(true) <= colW * RANGE_SHARE;
  const timeW = widthOf(oneLine);
  const headH = days.some((d) => d.heading) ? Math.max(...days.map((d) => (d.heading ? heightOf([{ runs: d.heading, bold: true }], colW - 2 * HEAD_INSET, size, ctx) : 0))) + 2 * HEAD_INSET : 0;
  const textW = colW - timeW - TIME_GAP - 2 * inset;
  const lineH = ctx.measure.lineHeight(size) * SLACK;
  const rows = days.map((d) => d.items.map((i) => Math.max(lineH * (i.end && !oneLine ? 2 : 1), heightOf(itemParas(i, size, detail, ctx), textW, size, ctx)) + 2 * inset));
  const room = area.h - (headH ? headH + HEAD_GAP : 0);
  const gap = Math.min(MAX_GAP, ...rows.filter((r) => r.length > 1).map((r) => (room - total(r, 0)) / (r.length - 1)));
  return { size, detail, timeW, oneLine, headH, rows, gap, fits: rows.every((r) => total(r, MIN_GAP) <= room) };
}

const total = (rows: number[], gap: number) => rows.reduce((a, b) => a + b, 0) + gap * Math.max(0, rows.length - 1);

function drawDays(days: Day[], area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const colW = (area.w - COL_GAP * (days.length - 1)) / days.length;
  let m: Measured | undefined;
  for (let size = theme.sizes.body.max; size >= theme.sizes.body.min; size -= size > 20 ? 2 : 1) {
    m = measureAt(days, size, colW, area, ctx);
    if (m.fits) break;
  }
  if (!m!.fits) reportTooLong(days, m!, area, ctx);
  else if (ctx.lint && m!.size < theme.sizes.body.comfortable) {
    ctx.problems.warn({ code: 'text-shrunk', params: { part: 'programme', size: m!.size, comfortable: theme.sizes.body.comfortable }, loc: days[0]!.loc });
  }
  const { size, detail, timeW, oneLine, headH, rows } = m!;
  const gap = Math.max(MIN_GAP, m!.gap);
  const out: Element[] = [];
  days.forEach((day, d) => {
    const x = area.x + d * (colW + COL_GAP);
    let y = area.y;
    if (headH) {
      const heading = day.heading ?? [];
      out.push({ kind: 'text', box: { x, y, w: colW, h: headH }, paragraphs: [para(heading)], style: { size, color: theme.color('onDark'), font: 'heading', bold: true, valign: 'middle', inset: HEAD_INSET }, fill: theme.color('navy'), name: `Dag ${d + 1}` });
      y += headH + HEAD_GAP;
    }
    const bottom = area.y + area.h;
    day.items.forEach((item, i) => {
      const h = rows[d]![i]!;
      if (y + h > bottom + 0.001) return; // reported above: the day is too long
      const room = { above: i ? gap : 0, below: i < day.items.length - 1 ? gap : 0 };
      out.push(...drawItem(item, { x, y, w: colW, h }, { w: timeW, oneLine }, room, size, detail, `${d + 1}.${i + 1}`, ctx));
      y += h + gap;
    });
  });
  return out;
}

/** One item: its time and its text; `room` is the space to the items above and below it. */
function drawItem(item: ProgrammeItem, row: Box, time: { w: number; oneLine: boolean }, room: { above: number; below: number }, size: number, detail: number, id: string, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const out: Element[] = [];
  const color = theme.color(item.isBreak ? 'muted' : 'heading');
  const inset = size * ROW_INSET;
  // a break sits on a light band, so the eye skips it when looking for the sessions
  if (item.isBreak) out.push({ kind: 'shape', box: { ...row, y: row.y - room.above / 2, h: row.h + (room.above + room.below) / 2 }, shape: 'rect', fill: theme.color('mist'), name: `Pause ${id}` });
  // the text boxes reach down to the next row: a renderer's line box is a little taller than the text
  const h = row.h + Math.max(0, room.below - 0.001);
  const timeW = time.w;
  out.push({ kind: 'text', box: { ...row, w: timeW, h }, paragraphs: [para(timeRuns(item, ctx.deck.meta.lang, time.oneLine))], style: { size, color, font: 'body', bold: !item.isBreak, valign: 'top', inset }, name: `Tid ${id}` });
  const paras = applySpacing(itemParas(item, size, detail, ctx), size, 0);
  out.push({ kind: 'text', box: { x: row.x + timeW + TIME_GAP, y: row.y, w: row.w - timeW - TIME_GAP, h }, paragraphs: paras, style: { size, color: theme.color('text'), font: 'body', valign: 'top', inset }, name: `Post ${id}` });
  return out;
}

/** One error, at the first day that does not fit, with how many of its items do. */
function reportTooLong(days: Day[], m: Measured, area: Box, ctx: LayoutContext): void {
  const room = area.h - (m.headH ? m.headH + HEAD_GAP : 0);
  const long = days.map((d, i) => ({ d, rows: m.rows[i]! })).filter(({ rows }) => total(rows, MIN_GAP) > room);
  const { d, rows } = long[0]!;
  let fit = 0;
  while (fit < rows.length && total(rows.slice(0, fit + 1), MIN_GAP) <= room) fit++;
  const others = long.slice(1).map(({ d: o }) => plainText(o.heading ?? []));
  ctx.problems.error({ code: 'component-overflow', params: { kind: 'programme', day: d.heading ? plainText(d.heading) : undefined, items: d.items.length, fits: fit, size: m.size, others }, loc: d.loc });
}
