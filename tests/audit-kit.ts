import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { drawnRuns, innerOf, paraIndent } from '../src/layout/text-fit.js';
import type { Box, Element, PlacedSlide } from '../src/layout/types.js';
import { TextMeasurer } from '../src/text/measure.js';
import type { Theme } from '../src/theme/theme.js';

/**
 * The word-box fit audit, shared by the KRD decks (audit.test.ts) and the
 * decks on outside templates (templates.test.ts): LibreOffice draws a deck,
 * `pdftotext -bbox-layout` gives every word's box, and every word must lie on
 * the slide and inside a box the layout stage placed (or a box the master or
 * layout draws text in: footer, slide number, wordmark). It also counts how
 * many lines LibreOffice made of each text box against how many the measurer
 * predicted.
 */

export interface Word { x0: number; y0: number; x1: number; y1: number; text: string }

const PT = 72;
/** points: a word's box is the font's line box, a little taller than the text */
export const TOLERANCE = 3;
/**
 * Up and down, a share of the word box's height: pdftotext's word box spans
 * the font's bounding box (Liberation Sans 1.28 em), while LibreOffice sets
 * lines 1.2 em apart, so a large title's last line reaches about 0.15 em past
 * its line, past 3 pt from 25 pt up.
 */
const OVERHANG = 0.12;

/** Every word of every page of a PDF, in points from the page's top left. */
export function pdfWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! })),
  );
}

/** LibreOffice draws `files` (.pptx) into `outDir` as PDF, with a profile of its own in `profileDir`. */
export function toPdf(files: string[], outDir: string, profileDir: string): void {
  // (soffice without a file waits for one)
  if (!files.length) return;
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 300_000 });
}

export interface AuditFrame {
  /** what the layout stage measured with */
  measure: TextMeasurer;
  /** samling's page (inches) the slides were laid out on */
  page: { width: number; height: number };
  /** the drawn page over samling's page: a template's slides are scaled to its own size (render/pptx/scale-placed.ts) */
  scale: number;
  /** boxes on samling's page where the master or the slide's layout draws text of its own (footer, number, wordmark) */
  masterBoxes: (slide: PlacedSlide, index: number) => Box[];
}

export interface Accuracy { boxes: number; exact: number; predicted: number; rendered: number }
export const newAccuracy = (): Accuracy => ({ boxes: 0, exact: 0, predicted: 0, rendered: 0 });
export const accuracyLine = (what: string, a: Accuracy) =>
  `${what}: ${a.boxes} text boxes; line count predicted = rendered in ${a.exact} (${((100 * a.exact) / Math.max(1, a.boxes)).toFixed(1)} %); lines predicted ${a.predicted}, rendered ${a.rendered}`;

type Pt = { x0: number; y0: number; x1: number; y1: number };
function inside(w: Word, b: Pt): boolean {
  const up = Math.max(TOLERANCE, OVERHANG * (w.y1 - w.y0));
  return w.x0 >= b.x0 - TOLERANCE && w.x1 <= b.x1 + TOLERANCE && w.y0 >= b.y0 - up && w.y1 <= b.y1 + up;
}
const centreIn = (w: Word, b: Pt) => (w.x0 + w.x1) / 2 >= b.x0 && (w.x0 + w.x1) / 2 <= b.x1 && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1;

function predictedLines(measure: TextMeasurer, e: Extract<Element, { kind: 'text' }>): number {
  const size = e.style.size;
  const paras = e.paragraphs.map((p) => ({ runs: drawnRuns(p.runs, e.box.frame), indent: paraIndent(p, size), scale: (p.size ?? size) / size, bold: p.bold || e.style.bold }));
  // a box's own inset (components), else its placeholder's margins, else INSET
  const width = e.style.inset !== undefined ? e.box.w - 2 * e.style.inset : innerOf(e.box).w;
  return measure.measure(paras, width, size).lines.reduce((n, l) => n + l.length, 0);
}

/** Lines drawn: words by their tops; a bullet or dash alone is drawn in its own font a little higher, and is not a line. */
function renderedLines(ws: Word[]): number {
  const tops: number[] = [];
  for (const w of [...ws].filter((w) => !/^[•–\-▪◦]$/.test(w.text)).sort((a, b) => a.y0 - b.y0)) if (!tops.some((t) => Math.abs(t - w.y0) < 2)) tops.push(w.y0);
  return tops.length;
}

/**
 * Every word of `pages` (one per placed slide) against the boxes laid out:
 * the problems found, one line each, and the line-count accuracy added to
 * `accuracy`. Words are compared on the drawn page, in points.
 */
export function auditPages(placed: PlacedSlide[], pages: Word[][], frame: AuditFrame, accuracy: Accuracy = newAccuracy()): string[] {
  const k = frame.scale;
  const pt = (b: Box): Pt => ({ x0: b.x * k * PT, y0: b.y * k * PT, x1: (b.x + b.w) * k * PT, y1: (b.y + b.h) * k * PT });
  const problems: string[] = [];
  if (pages.length !== placed.length) problems.push(`${pages.length} pages drawn for ${placed.length} slides`);
  placed.forEach((slide, i) => {
    const page = pages[i] ?? [];
    const master = frame.masterBoxes(slide, i).map(pt);
    const boxes = [...slide.elements.filter((e) => e.kind === 'text' || e.kind === 'table' || e.kind === 'chart').map((e) => pt(e.box)), ...master];
    for (const w of page) {
      if (w.x0 < -1 || w.y0 < -1 || w.x1 > frame.page.width * k * PT + 1 || w.y1 > frame.page.height * k * PT + 1) problems.push(`slide ${i + 1}: «${w.text}» is off the slide`);
      else if (!boxes.some((b) => inside(w, b))) problems.push(`slide ${i + 1}: «${w.text}» at (${w.x0.toFixed(0)}, ${w.y0.toFixed(0)})–(${w.x1.toFixed(0)}, ${w.y1.toFixed(0)}) pt is outside every box laid out`);
    }
    for (const e of slide.elements) {
      if (e.kind !== 'text' || !e.paragraphs.some((p) => p.runs.some((r) => r.text.trim()))) continue;
      // (the footer and slide number may lie inside a tall box: they are not its lines)
      const mine = page.filter((w) => centreIn(w, pt(e.box)) && !master.some((b) => centreIn(w, b)));
      if (!mine.length) continue;
      const predicted = predictedLines(frame.measure, e);
      const rendered = renderedLines(mine);
      accuracy.boxes++;
      accuracy.predicted += predicted;
      accuracy.rendered += rendered;
      if (predicted === rendered) accuracy.exact++;
      else if (process.env.AUDIT_DEBUG) console.log(`slide ${i + 1} ${e.placeholder ?? ''} size ${e.style.size} w ${e.box.w.toFixed(2)}: predicted ${predicted}, rendered ${rendered}: ${e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' | ').slice(0, 80)}`);
    }
  });
  return problems;
}

/** `dir/name.pdf` for `…/name.pptx` */
export const pdfOf = (pptx: string, dir: string) => join(dir, pptx.split('/').pop()!.replace(/\.pptx$/, '.pdf'));

/**
 * The frame of a deck on an organisation's template: samling's page scaled
 * to the template's width, and the text the template draws itself in the
 * footer, date and slide-number placeholders of the slide's layout and its
 * master.
 */
export function templateFrame(theme: Theme): AuditFrame {
  const t = theme.template;
  if (!t) throw new Error(`${theme.name} is not a template`);
  const k = t.model.size.cx / 914400 / theme.width;
  const furniture = new Set(['ftr', 'sldNum', 'dt']);
  const onPage = (b: Box): Box => ({ x: b.x / k, y: b.y / k, w: b.w / k, h: b.h / k });
  const layoutOf = (slide: PlacedSlide) =>
    slide.master.startsWith('layout:') ? t.model.layouts.find((l) => l.part.endsWith(`/${slide.master.slice('layout:'.length)}`)) : t.roles.get(slide.master as Parameters<typeof t.roles.get>[0])?.choice.layout;
  return {
    measure: new TextMeasurer(theme.metrics, theme.sizes.lineSpacing),
    page: { width: theme.width, height: theme.height },
    scale: k,
    masterBoxes: (slide) => {
      if (!slide.footer) return [];
      const layout = layoutOf(slide);
      const master = layout ? t.model.masters[layout.master] : undefined;
      return [...(layout?.placeholders ?? []), ...(master?.placeholders ?? [])].filter((p) => furniture.has(p.type)).map((p) => onPage(p.box));
    },
  };
}
