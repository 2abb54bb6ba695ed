import type { P, Pptx } from './pptxgen.js';
import type { Run } from '../../model/types.js';
import type { Box, Element, TextPara, TextStyle } from '../../layout/types.js';
import { BULLET_INDENT_EM, INSET } from '../../layout/text-fit.js';
import type { Theme } from '../../theme/theme.js';
import { percentFormat } from './chart-xml.js';
import { MARK } from './placeholders.js';
import { safeUrl, xmlSafe } from './sanitize.js';

const PT = 72;
type Slide = P.default.Slide;

/**
 * Draw one laid-out element with pptxgenjs. Positions are inches; pptxgenjs
 * takes numbers ≥ 100 as EMU, so every box is checked to lie on the slide
 * (which also keeps it under 100).
 */
export function drawElement(pptx: Pptx, slide: Slide, el: Element, theme: Theme): void {
  checkOnSlide(el.box, theme, el.kind);
  switch (el.kind) {
    case 'text':
      return drawText(slide, el, theme);
    case 'shape':
      slide.addShape(el.shape as P.default.ShapeType, {
        ...box(el.box),
        fill: el.fill ? { color: el.fill } : { type: 'none' },
        line: el.line ? { color: el.line.color, width: el.line.width, dashType: el.line.dash } : { type: 'none' },
        rotate: el.rotate,
        flipH: el.flipH,
        objectName: el.name ? xmlSafe(el.name) : undefined,
      } as P.default.ShapeProps);
      return;
    case 'line':
      slide.addShape('line' as P.default.ShapeType, {
        ...box(el.box),
        flipV: el.flipV,
        line: { color: el.color, width: el.width, dashType: el.dash, endArrowType: el.arrowEnd ? 'triangle' : undefined, beginArrowType: el.arrowStart ? 'triangle' : undefined },
      } as P.default.ShapeProps);
      return;
    case 'image':
      slide.addImage({ ...(el.data ? { data: `image/png;base64,${el.data}` } : { path: el.path }), ...box(el.box), altText: xmlSafe(el.alt), sizing: el.sizing });
      return;
    case 'table':
      return drawTable(slide, el);
    case 'chart':
      return drawChart(pptx, slide, el, theme);
  }
}

function box(b: Box) {
  return { x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) };
}

const round = (n: number) => Math.round(n * 10000) / 10000;

function checkOnSlide(b: Box, theme: Theme, what: string): void {
  const eps = 0.005;
  if (!(b.x >= -eps && b.y >= -eps && b.w >= 0 && b.h >= 0 && b.x + b.w <= theme.width + eps && b.y + b.h <= theme.height + eps)) {
    throw new Error(`internal: ${what} box ${JSON.stringify(b)} is not on the ${theme.width}×${theme.height} in slide`);
  }
}

/** Paragraphs → pptxgenjs text runs: paragraph properties on each run, `breakLine` ends a paragraph. */
export function textRuns(paras: TextPara[], style: TextStyle, lineSpacing: number): P.default.TextProps[] {
  const out: P.default.TextProps[] = [];
  paras.forEach((p, pi) => {
    const size = p.size ?? style.size;
    const runs: Run[] = p.runs.length ? p.runs : [{ text: '' }];
    runs.forEach((run, ri) => {
      const last = ri === runs.length - 1;
      const url = run.link ? safeUrl(run.link) : undefined;
      out.push({
        text: xmlSafe(run.text),
        options: {
          bold: run.bold || p.bold || style.bold || undefined,
          italic: run.italic || p.italic || style.italic || undefined,
          fontSize: size,
          color: p.color ?? style.color,
          fontFace: run.code ? 'Courier New' : undefined,
          hyperlink: url ? { url } : undefined,
          softBreakBefore: ri > 0 && runs[ri - 1]!.br ? true : undefined,
          breakLine: last && pi < paras.length - 1 ? true : undefined,
          align: p.align ?? style.align,
          indentLevel: p.bullet ? p.level ?? 0 : undefined,
          bullet: bulletOf(p, size),
          paraSpaceBefore: p.spaceBefore ?? 0,
          lineSpacingMultiple: lineSpacing,
        },
      });
    });
  });
  return out;
}

function bulletOf(p: TextPara, size: number): P.default.TextPropsOptions['bullet'] {
  // pptxgenjs multiplies the indent by (level + 1): give it one level's worth, in points
  const indent = Math.round(size * BULLET_INDENT_EM * 10) / 10;
  if (!p.bullet) return false;
  if (p.bullet === 'bullet') return { characterCode: (p.level ?? 0) === 1 ? '2013' : '2022', indent };
  return { type: 'number', numberType: 'arabicPeriod', numberStartAt: p.bullet.number, indent };
}

function drawText(slide: Slide, el: Extract<Element, { kind: 'text' }>, theme: Theme): void {
  const inset = (el.style.inset ?? INSET) * PT;
  slide.addText(textRuns(el.paragraphs, el.style, theme.sizes.lineSpacing), {
    ...box(el.box),
    // a placeholder is written by placeholders.ts in this box's place; other boxes use the theme's fonts
    objectName: el.placeholder ? MARK : el.name ? xmlSafe(el.name) : undefined,
    fontFace: el.placeholder ? undefined : el.style.font === 'heading' ? '+mj-lt' : '+mn-lt',
    fontSize: el.style.size,
    color: el.style.color,
    bold: el.style.bold,
    align: el.style.align ?? 'left',
    valign: el.style.valign ?? 'top',
    margin: [inset, inset, inset, inset],
    lineSpacingMultiple: theme.sizes.lineSpacing,
    fill: el.fill ? { color: el.fill } : undefined,
    line: el.line ? { color: el.line.color, width: el.line.width } : undefined,
    shape: el.shape as P.default.ShapeType | undefined,
    fit: 'none',
    wrap: true,
  } as P.default.TextPropsOptions);
}

/**
 * pptxgenjs draws the table's frame and the relationships of links in cells;
 * the table itself is written afresh from the element when the slide is
 * mended (table-xml.ts: a table style, no per-cell colours or borders).
 */
function drawTable(slide: Slide, el: Extract<Element, { kind: 'table' }>): void {
  const cell = (runs: Run[]): P.default.TableCell => ({
    text: runs.map((r) => {
      const url = r.link ? safeUrl(r.link) : undefined;
      return { text: xmlSafe(r.text), options: url ? { hyperlink: { url } } : {} };
    }),
  });
  const rows = [el.header.map(cell), ...el.rows.map((row) => row.map(cell))];
  slide.addTable(rows, {
    x: round(el.box.x),
    y: round(el.box.y),
    w: round(el.box.w),
    h: round(el.box.h),
    colW: el.colW.map(round),
    rowH: el.rowH.map(round),
    autoPage: false,
  });
}

/** The theme's fonts by reference: a chart follows the theme (chart-xml.ts turns the colours into scheme colours). */
const MAJOR = '+mj-lt';
const MINOR = '+mn-lt';

function drawChart(pptx: Pptx, slide: Slide, el: Extract<Element, { kind: 'chart' }>, theme: Theme): void {
  const round = el.chart === 'pie' || el.chart === 'doughnut';
  const type = el.chart === 'stacked-bar' ? pptx.ChartType.bar : (el.chart as P.default.CHART_NAME);
  const data = el.series.map((s) => ({ name: xmlSafe(s.name), labels: el.categories.map(xmlSafe), values: s.values }));
  // counts (answers per score) read as 0, 1, 2 … — not as 0.2, 0.4 … on a short axis
  const values = el.series.flatMap((s) => s.values).filter((v) => v !== null);
  const top = el.chart === 'stacked-bar' ? Math.max(0, ...el.categories.map((_, i) => el.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))) : Math.max(0, ...values);
  const smallCounts = !el.percent && values.every((v) => Number.isInteger(v)) && top <= 10;
  // 'General' keeps decimals (7,8 not 8) and follows the reader's decimal sign; a pie's labels are its shares
  const valueFormat = el.percent ? percentFormat(el.percent.decimals, el.percentSpace) : 'General';
  const labelFormat = round ? percentFormat(0, el.percentSpace) : valueFormat;
  slide.addChart(type, data, {
    ...box(el.box),
    chartColors: enoughColors(el.colors, round ? el.categories.length : el.series.length),
    barDir: el.horizontal ? 'bar' : 'col',
    barGrouping: el.chart === 'stacked-bar' ? 'stacked' : 'clustered',
    barGapWidthPct: 60,
    showValue: el.labels && !round,
    showPercent: el.labels && round,
    showLegend: el.legend,
    legendPos: 'b',
    legendFontSize: el.size,
    legendFontFace: MINOR,
    legendColor: el.textColor,
    showTitle: !!el.title,
    title: el.title ? xmlSafe(el.title) : undefined,
    titleFontSize: el.size + 4,
    titleFontFace: MAJOR,
    titleColor: el.textColor,
    dataLabelFormatCode: labelFormat,
    valAxisLabelFormatCode: valueFormat,
    valLabelFormatCode: valueFormat,
    // a missing value is a gap: a line breaks there instead of being drawn across it
    displayBlanksAs: 'gap',
    dataLabelFontSize: el.size - 2,
    dataLabelFontFace: MINOR,
    dataLabelColor: el.chart === 'stacked-bar' || round ? theme.color('onDark') : el.textColor,
    dataLabelPosition: el.chart === 'bar' ? 'outEnd' : el.chart === 'line' ? 't' : el.chart === 'stacked-bar' ? 'ctr' : 'bestFit',
    catAxisLabelFontSize: el.size,
    catAxisLabelFontFace: MINOR,
    catAxisLabelColor: el.textColor,
    valAxisLabelFontSize: el.size - 2,
    valAxisLabelFontFace: MINOR,
    valAxisLabelColor: el.textColor,
    valGridLine: { color: el.gridColor, size: 0.5 },
    catAxisLineColor: el.gridColor,
    valAxisLineColor: el.gridColor,
    valAxisMajorUnit: smallCounts && !round ? 1 : undefined,
    catGridLine: { style: 'none' },
    lineSize: 3,
    lineDataSymbolSize: 8,
    holeSize: 55,
  } as P.default.IChartOpts);
}

/**
 * A colour for every slice (pie) or series: past the end of the list pptxgenjs
 * picks random ones, so a slide's chart would differ between builds. Longer
 * lists than needed change the XML (one colour per bar), so only lengthen.
 */
function enoughColors(colors: string[], needed: number): string[] {
  return colors.length >= needed ? colors : Array.from({ length: needed }, (_, i) => colors[i % colors.length]!);
}
