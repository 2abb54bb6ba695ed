import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paraIndent, INSET } from '../src/layout/text-fit.js';
import type { Box, Element, PlacedSlide } from '../src/layout/types.js';
import { TextMeasurer } from '../src/text/measure.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { Problems } from '../src/errors/diagnostic.js';
import { build, root } from './helpers.js';

/**
 * The fit audit, in a real renderer: every deck is drawn by LibreOffice, the
 * word boxes are read back with `pdftotext -bbox-layout`, and every word must
 * lie on the slide and inside a box we laid it out in (or the master's footer
 * and wordmark). It also counts how many lines LibreOffice made of each text
 * box against how many the measurer predicted.
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext');
const decks = [
  ...readdirSync(join(root, 'decks')).filter((f) => f.endsWith('.md')).map((f) => `decks/${f}`),
  ...readdirSync(join(root, 'tests/fixtures/fit')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/fit/${f}`),
  ...(existsSync(join(root, 'tests/fixtures/components')) ? readdirSync(join(root, 'tests/fixtures/components')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/components/${f}`) : []),
];
const theme = loadTheme('krd', root, new Problems(), { file: '', line: 1, column: 1 });
const measure = new TextMeasurer(theme.metrics, theme.sizes.lineSpacing);
const PT = 72;
const TOLERANCE = 3; // points: a word's box is the font's line box, a little taller than the text
const accuracy = { boxes: 0, exact: 0, predicted: 0, rendered: 0 };

interface Word { x0: number; y0: number; x1: number; y1: number; text: string }

function words(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! })),
  );
}

const pt = (b: Box) => ({ x0: b.x * PT, y0: b.y * PT, x1: (b.x + b.w) * PT, y1: (b.y + b.h) * PT });
const inside = (w: Word, b: ReturnType<typeof pt>, tol = TOLERANCE) => w.x0 >= b.x0 - tol && w.x1 <= b.x1 + tol && w.y0 >= b.y0 - tol && w.y1 <= b.y1 + tol;
const centreIn = (w: Word, b: ReturnType<typeof pt>) => (w.x0 + w.x1) / 2 >= b.x0 && (w.x0 + w.x1) / 2 <= b.x1 && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1;

/** Boxes text may be drawn in on a slide: ours, and the master's footer, number and wordmark. */
function allowedBoxes(slide: PlacedSlide): ReturnType<typeof pt>[] {
  const f = theme.data.footer;
  const master = slide.footer && slide.master !== 'fullImage' ? [f.label, f.number, theme.data.wordmark.box] : [];
  return [...slide.elements.filter((e) => e.kind === 'text' || e.kind === 'table' || e.kind === 'chart').map((e) => e.box), ...master].map(pt);
}

function predictedLines(e: Extract<Element, { kind: 'text' }>): number {
  const size = e.style.size;
  const paras = e.paragraphs.map((p) => ({ runs: p.runs, indent: paraIndent(p, size), scale: (p.size ?? size) / size, bold: p.bold || e.style.bold }));
  return measure.measure(paras, e.box.w - 2 * INSET, size).lines.reduce((n, l) => n + l.length, 0);
}

function renderedLines(ws: Word[]): number {
  const tops: number[] = [];
  for (const w of [...ws].sort((a, b) => a.y0 - b.y0)) if (!tops.some((t) => Math.abs(t - w.y0) < 2)) tops.push(w.y0);
  return tops.length;
}

describe.runIf(available)('fit audit in LibreOffice', () => {
  it.each(decks)('%s: every word inside the slide and inside its box', async (file) => {
    const result = await build(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'samling-audit-'));
    const pptx = join(dir, 'deck.pptx');
    writeFileSync(pptx, result.pptx!);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, pptx], { stdio: 'ignore', timeout: 120_000 });
    const pages = words(join(dir, 'deck.pdf'));
    expect(pages.length).toBe(result.placed!.length);
    const problems: string[] = [];
    result.placed!.forEach((slide, i) => {
      const page = pages[i]!;
      const boxes = allowedBoxes(slide);
      for (const w of page) {
        if (w.x0 < -1 || w.y0 < -1 || w.x1 > theme.width * PT + 1 || w.y1 > theme.height * PT + 1) problems.push(`slide ${i + 1}: «${w.text}» is off the slide`);
        else if (!boxes.some((b) => inside(w, b))) problems.push(`slide ${i + 1}: «${w.text}» at (${w.x0.toFixed(0)}, ${w.y0.toFixed(0)})–(${w.x1.toFixed(0)}, ${w.y1.toFixed(0)}) pt is outside every box laid out`);
      }
      for (const e of slide.elements) {
        if (e.kind !== 'text' || !e.paragraphs.some((p) => p.runs.some((r) => r.text.trim()))) continue;
        const mine = page.filter((w) => centreIn(w, pt(e.box)));
        if (!mine.length) continue;
        const predicted = predictedLines(e);
        const rendered = renderedLines(mine);
        accuracy.boxes++;
        accuracy.predicted += predicted;
        accuracy.rendered += rendered;
        if (predicted === rendered) accuracy.exact++;
      }
    });
    expect(problems).toEqual([]);
  });

  afterAll(() => {
    if (!accuracy.boxes) return;
    const line = `fit audit: ${accuracy.boxes} text boxes; line count predicted = rendered in ${accuracy.exact} (${((100 * accuracy.exact) / accuracy.boxes).toFixed(1)} %); lines predicted ${accuracy.predicted}, rendered ${accuracy.rendered}`;
    console.log(line);
  });
});
