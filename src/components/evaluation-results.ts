/**
 * evaluation-results — what the participants answered: the average score, the
 * spread of scores as a native chart and their written feedback as a table.
 *
 *   <!-- layout: evaluation-results
 *   data: evaluering-2013-10       decks/_data/evaluering-2013-10.csv, one row per participant
 *   score: Terningkast             the score column; default: Terningkast, Score, Poeng, Karakter or Skår
 *   scale: 6 -->                   6 (terningkast, the default) or 10
 *   # Evaluering av andre samling
 *
 * or the answers inline, as a table (the same columns):
 *
 *   | Terningkast | Hva fungerte? | Hvorfor? | Hva kunne vært bedre? |
 *   |---|---|---|---|
 *   | 5 | Kommunepresentasjonene | Konkrete eksempler | Mer tid til gruppearbeid |
 *
 * Every other column is feedback (`columns: [Hva fungerte?, …]` picks and orders
 * them); an empty score is a participant who gave none. The table shows as many
 * answers as fit, and says how many were left out; `from: 9` starts a second
 * slide at the ninth answer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { Problems } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import { schemaError } from '../i18n/schema-errors.js';
import { readUtf8 } from '../load/load-deck.js';
import { PLAIN_NAME, realInside } from '../util/inside.js';
import type { Block, Lang, Run, SourceLoc } from '../model/types.js';
import { parseNumber } from '../layout/chart-cells.js';
import { tableElement } from '../layout/table.js';
import { INSET, applySpacing, toMeasure } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import { csvProblem, sniffDelimiter, type CsvParseError } from '../template/data.js';
import type { Theme } from '../theme/theme.js';
import { contentArea, textHeight, titled } from './kit.js';

const WORDS: Record<Lang, { average: (scale: number) => string; basedOn: (n: number) => string; decimal: string; series: string; perScore: (scale: number) => string }> = {
  nb: { average: (s) => (s === 6 ? 'Gjennomsnittlig terningkast' : 'Gjennomsnittlig skår'), basedOn: (n) => `Basert på ${n} svar`, decimal: ',', series: 'Antall svar', perScore: (s) => (s === 6 ? 'Antall svar per terningkast' : 'Antall svar per skår') },
  nn: { average: (s) => (s === 6 ? 'Gjennomsnittleg terningkast' : 'Gjennomsnittleg skår'), basedOn: (n) => `Basert på ${n} svar`, decimal: ',', series: 'Tal på svar', perScore: (s) => (s === 6 ? 'Tal på svar per terningkast' : 'Tal på svar per skår') },
  en: { average: () => 'Average score', basedOn: (n) => `Based on ${n} ${n === 1 ? 'response' : 'responses'}`, decimal: '.', series: 'Responses', perScore: () => 'Responses per score' },
};
const SCALE_WORD: Record<Lang, string> = { nb: 'skala', nn: 'skala', en: 'scale' };
const SCORE_NAMES = ['terningkast', 'score', 'poeng', 'karakter', 'skår'];

/** The answers, from a CSV file or an inline table: one row per participant. */
interface Answers {
  header: string[];
  rows: { cells: Run[][]; loc: SourceLoc }[];
  /** where to point at the whole data set: the `data:` line or the table */
  loc: SourceLoc;
  /** the CSV's `_data/<name>.csv`; undefined for the slide's own table */
  source?: string;
}

const options = z
  .object({
    // a file name in decks/_data, never a path (`data: ../../secret` would read outside the project)
    data: z
      .string()
      .regex(PLAIN_NAME, schemaError('csv-name'))
      .optional()
      .meta({ description: 'the answers: a CSV file in `decks/_data` by its name without `.csv`, one line per participant (instead of a table on the slide)', examples: ['evaluering-2013-10'] }),
    score: z.string().optional().meta({ description: 'the score column, named as in the file; default: the column called Terningkast, Score, Poeng, Karakter or Skår', examples: ['Terningkast'] }),
    scale: z.literal([6, 10]).default(6).meta({ description: 'the scores run 1–6 (terningkast) or 1–10', examples: [10] }),
    columns: z.array(z.string()).optional().meta({ description: 'the feedback columns shown, in this order, named as in the file (spaces and `?` included); default: every column but the score', examples: [['Hva fungerte godt?', 'Hva kunne vært bedre?']] }),
    from: z.number().int().min(1).default(1).meta({ description: 'the first answer the feedback table shows, counted from 1: the answers that did not fit go on a copy of the slide that starts where this one stopped', examples: [9] }),
  })
  .strict();

export const evaluationResults = defineLayout({
  name: 'evaluation-results',
  summary: 'The evaluation\'s answers (a CSV in _data or a table): average score, a chart of the scores and the written feedback',
  syntax: '<!-- layout: evaluation-results -->\n# Evaluering av samlingen\n| Terningkast | Hva fungerte godt? | Hva kunne vært bedre? |\n|---|---|---|\n| 5 | Kommunepresentasjonene | Mer tid til gruppearbeid |\n| 4 | Café-dialogen | Lengre pauser |',
  master: 'blank',
  options,
  layout(slide, o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const table = rest.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    for (const b of rest.filter((b) => b !== table)) {
      ctx.problems.warn({ code: 'evaluation-ignored', params: { block: b.kind, second: b.kind === 'table', results: true }, loc: b.loc });
    }
    const dataLoc = slide.directiveLocs.data ?? slide.loc;
    if (o.data !== undefined && table) {
      ctx.problems.error({ code: 'evaluation-data', params: { kind: 'both', data: o.data }, loc: table.loc });
      return { elements };
    }
    const answers = o.data !== undefined ? readCsv(o.data, dataLoc, ctx) : table ? fromTable(table) : undefined;
    if (!answers) {
      if (o.data === undefined) ctx.problems.error({ code: 'evaluation-data', params: { kind: 'missing' }, loc: slide.loc });
      return { elements };
    }
    const result = score(answers, o, slide.directiveLocs.score ?? answers.loc, ctx);
    if (!result) return { elements };
    elements.push(...draw(answers, result, o, slide.directiveLocs.from ?? slide.loc, ctx));
    return { elements };
  },
});

function fromTable(table: Extract<Block, { kind: 'table' }>): Answers {
  return { header: table.header.map(text), rows: table.rows.map((cells, r) => ({ cells, loc: { ...table.loc, line: table.loc.line + r + 2 } })), loc: table.loc };
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function readCsv(given: string, loc: SourceLoc, ctx: LayoutContext): Answers | undefined {
  // `data: evaluering.csv` names the same file as `data: evaluering`
  const name = given.replace(/\.csv$/i, '');
  const dirs = ctx.dataFolders ?? [join(ctx.deckDir, '_data')];
  const file = dirs.map((d) => join(d, `${name}.csv`)).find((f) => existsSync(f)) ?? join(dirs[0]!, `${name}.csv`);
  if (!existsSync(file)) {
    const names = [...new Set(dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4)) : [])))];
    const near = closest(name, names);
    ctx.problems.error({ code: 'evaluation-data', params: { kind: 'no-file', name, names, near }, loc: { ...loc, column: loc.column + 'data: '.length }, length: name.length });
    return undefined;
  }
  ctx.uses?.add(file);
  const real = realInside(file, ctx.readable ?? [ctx.projectDir]);
  if (!real) {
    ctx.problems.error({ code: 'evaluation-data', params: { kind: 'outside', name }, loc: { ...loc, column: loc.column + 'data: '.length }, length: name.length });
    return undefined;
  }
  const source = readUtf8(real, ctx.problems, { spreadsheet: 'warn' });
  let records: CsvRecord[];
  try {
    records = parseCsv(source, { skip_empty_lines: true, trim: true, delimiter: sniffDelimiter(source), info: true }) as unknown as CsvRecord[];
  } catch (e) {
    const err = e as CsvParseError;
    ctx.problems.error({ code: 'data-csv', params: { problem: csvProblem(err) }, loc: { file, line: err.lines ?? 1, column: 1 } });
    return undefined;
  }
  const [head, ...rows] = records;
  // a record's loc is its first line: csv-parse counts to its last
  const firstLine = (r: CsvRecord) => r.info.lines - r.record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  return { header: head?.record ?? [], rows: rows.map((r) => ({ cells: r.record.map((c) => [{ text: c }]), loc: { file, line: firstLine(r), column: 1 } })), loc, source: `_data/${name}.csv` };
}

interface Scored {
  scoreCol: number;
  scores: number[];
  counts: number[];
  average: number;
}

function score(answers: Answers, o: z.infer<typeof options>, scoreLoc: SourceLoc, ctx: LayoutContext): Scored | undefined {
  if (!answers.rows.length) {
    ctx.problems.error({ code: 'evaluation-empty', params: { kind: 'no-answers', source: answers.source }, loc: answers.loc });
    return undefined;
  }
  const cols = answers.header.map((h) => h.trim());
  const scoreCol = o.score !== undefined ? cols.findIndex((h) => h.toLowerCase() === o.score!.toLowerCase()) : cols.findIndex((h) => SCORE_NAMES.includes(h.toLowerCase()));
  if (scoreCol < 0) {
    const near = o.score !== undefined ? closest(o.score, cols) : undefined;
    ctx.problems.error({
      code: 'evaluation-score',
      params: o.score !== undefined ? { kind: 'no-column', source: answers.source, score: o.score, columns: cols, near } : { kind: 'no-score-column', source: answers.source, columns: cols },
      loc: o.score !== undefined ? scoreLoc : answers.loc,
    });
    return undefined;
  }
  const scores: number[] = [];
  let ok = true;
  for (const row of answers.rows) {
    const cell = text(row.cells[scoreCol] ?? []).trim();
    if (!cell) continue;
    const v = parseNumber(cell);
    if (v === undefined || !Number.isInteger(v) || v < 1 || v > o.scale) {
      ok = false;
      ctx.problems.error({
        code: 'evaluation-score',
        params: { kind: v === undefined ? 'not-a-number' : 'outside', cell, scale: o.scale, column: String(cols[scoreCol]), upTo10: v !== undefined && Number.isInteger(v) && v > o.scale && v <= 10 },
        loc: row.loc,
      });
      continue;
    }
    scores.push(v);
  }
  if (!ok) return undefined;
  if (!scores.length) {
    ctx.problems.error({ code: 'evaluation-empty', params: { kind: 'no-scores', column: String(cols[scoreCol]), scale: o.scale, named: o.score !== undefined }, loc: answers.loc });
    return undefined;
  }
  const counts = Array.from({ length: o.scale }, (_, i) => scores.filter((s) => s === i + 1).length);
  return { scoreCol, scores, counts, average: scores.reduce((a, b) => a + b, 0) / scores.length };
}

/** The average and the chart in a left column, the feedback table filling the right; without feedback, one column. */
function draw(answers: Answers, r: Scored, o: z.infer<typeof options>, fromLoc: SourceLoc, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const lang = ctx.deck.meta.lang;
  const w = WORDS[lang];
  const area = contentArea(ctx);
  const feedback = feedbackTable(answers, r.scoreCol, o, fromLoc, ctx);
  const left: Box = feedback ? { ...area, w: area.w * 0.36 } : area;
  const avg = r.average.toFixed(1).replace('.', w.decimal);
  const head: TextPara[] = [
    { runs: [{ text: `${w.average(o.scale)}: ${avg} (${SCALE_WORD[lang]} 1–${o.scale})`, bold: true }], color: theme.color('heading') },
    { runs: [{ text: w.basedOn(r.scores.length) }], color: theme.color('muted'), scale: 0.7, gap: 0.15 },
  ];
  // the headline takes what it needs, at most 40 % of the column, at the largest size at which «(skala 1–6)» stays on one line
  const lines = (size: number) => ctx.measure.measure(toMeasure(head, size, theme.sizes.paragraphGap), left.w - 2 * INSET, size).lines.flat();
  const room = left.h * 0.4;
  let size = theme.sizes.body.min;
  for (let s = theme.sizes.body.max; s > theme.sizes.body.min; s -= s > 20 ? 2 : 1) {
    if (!lines(s).some((l) => /[–-]\s*$|\([^)]*$/.test(l)) && textHeight(head, left.w, s, ctx) * 1.04 <= room) {
      size = s;
      break;
    }
  }
  const headH = Math.min(room, textHeight(head, left.w, size, ctx) * 1.04);
  const out: Element[] = [{ kind: 'text', box: { ...left, h: headH }, paragraphs: applySpacing(head, size, theme.sizes.paragraphGap), style: { size, color: theme.color('heading'), font: 'body', valign: 'top' }, name: 'Gjennomsnitt' }];
  const chartY = left.y + headH + 0.15;
  out.push({
    kind: 'chart',
    box: { x: left.x, y: chartY, w: left.w, h: left.y + left.h - chartY },
    chart: 'bar',
    categories: r.counts.map((_, i) => String(i + 1)),
    series: [{ name: w.series, values: r.counts }],
    percentSpace: lang !== 'en',
    colors: [theme.paletteColor(0)],
    labels: true,
    legend: false,
    title: w.perScore(o.scale),
    size: theme.sizes.chart,
    textColor: theme.color('text'),
    gridColor: theme.color('rule'),
  });
  if (feedback) out.push(...fitFeedback(feedback, { x: left.x + left.w + 0.35, y: area.y, w: area.w - left.w - 0.35, h: area.h }, answers, o, ctx));
  return out;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The written answers as a table block: the chosen columns, rows with something written in them. */
function feedbackTable(answers: Answers, scoreCol: number, o: z.infer<typeof options>, fromLoc: SourceLoc, ctx: LayoutContext): { table: TableBlock; locs: SourceLoc[] } | undefined {
  const cols = answers.header.map((h) => h.trim());
  let pick = cols.map((_, i) => i).filter((i) => i !== scoreCol);
  if (o.columns) {
    const missing = o.columns.filter((c) => !cols.some((h) => h.toLowerCase() === c.toLowerCase()));
    for (const c of missing) {
      ctx.problems.error({ code: 'evaluation-columns', params: { source: answers.source, column: c, columns: cols, near: closest(c, cols) }, loc: answers.loc });
    }
    pick = o.columns.map((c) => cols.findIndex((h) => h.toLowerCase() === c.toLowerCase())).filter((i) => i >= 0);
  }
  if (!pick.length) return undefined;
  const written = answers.rows.filter((row) => pick.some((c) => text(row.cells[c] ?? []).trim()));
  const shown = written.slice(o.from - 1);
  if (!shown.length) {
    if (o.from > 1) ctx.problems.error({ code: 'evaluation-rows', params: { kind: 'past-end', from: o.from, written: written.length, source: answers.source }, loc: fromLoc });
    return undefined;
  }
  const table: TableBlock = { kind: 'table', header: pick.map((c) => [{ text: cols[c]! }]), rows: shown.map((row) => pick.map((c) => row.cells[c] ?? [])), align: pick.map(() => 'left'), loc: answers.loc };
  return { table, locs: shown.map((row) => row.loc) };
}

/**
 * As many answers as fit at a readable size (the theme's smallest table size
 * + 2 pt: feedback is read from the back of the room), the rest named in a warning.
 */
function fitFeedback(f: { table: TableBlock; locs: SourceLoc[] }, box: Box, answers: Answers, o: z.infer<typeof options>, ctx: LayoutContext): Element[] {
  const readable = { ...ctx, theme: withTableMin(ctx.theme, Math.min(ctx.theme.sizes.table.max, ctx.theme.sizes.table.min + 2)) };
  const fits = (k: number) => {
    const scratch = new Problems(ctx.problems.lang);
    tableElement({ ...f.table, rows: f.table.rows.slice(0, k) }, box, { ...readable, problems: scratch });
    return !scratch.hasErrors;
  };
  let lo = 0;
  let hi = f.table.rows.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) {
    ctx.problems.error({ code: 'component-overflow', params: { kind: 'answer', w: box.w.toFixed(1), h: box.h.toFixed(1) }, loc: f.locs[0]! });
    return [];
  }
  if (lo < f.table.rows.length) {
    ctx.problems.warn({ code: 'evaluation-rows', params: { kind: 'left-out', shown: lo, total: f.table.rows.length, source: answers.source, line: f.locs[lo]!.line, next: o.from + lo }, loc: answers.loc });
  }
  return [tableElement({ ...f.table, rows: f.table.rows.slice(0, lo) }, box, readable)];
}


/** The theme with a higher smallest table size: tableElement fits within the theme's range. */
function withTableMin(theme: Theme, min: number): Theme {
  const t = Object.create(theme) as Theme;
  Object.defineProperty(t, 'sizes', { value: { ...theme.sizes, table: { ...theme.sizes.table, min } } });
  return t;
}

const text = (runs: Run[]) => runs.map((r) => r.text).join('');
