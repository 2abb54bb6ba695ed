import type { PlacedSlide } from '../../layout/types.js';
import type { Lang } from '../../model/types.js';
import { chartGaps, chartWorkbook, themedChart } from './chart-xml.js';
import { coreLanguage, LANG_TAG, presentationPart, slideNumberFields } from './doc-props.js';
import { jpegContentType } from './media.js';
import { shapeNames } from './shape-names.js';
import { styledTables } from './table-xml.js';
import type { Theme } from '../../theme/theme.js';
import { hideFooter, setLanguage } from './package-theme.js';
import { themeXml } from './theme-xml.js';
import { placeholderShapes } from './placeholders.js';
import { absoluteSchemeColors, toSchemeColors } from './scheme-colors.js';
import type { Template } from './template.js';
import { usePotx } from './template-package.js';
import { layoutOf } from './template.js';
import { uniqueShapeIds } from './shape-ids.js';
import type { RenderCache } from './render-cache.js';
import type { PackageParts, SlideParts } from './slide-parts.js';
import { endMarkSizes } from './text-fixes.js';
import { leanSlide } from './lean-xml.js';
import { readZip, writeZip } from '../../util/zip.js';
import { dropMissingOverrides, fixChart, singleParagraphProps } from './schema-fixes.js';

export interface PostprocessOptions {
  lang: Lang;
  theme: Theme;
  /** the master and layouts the slides are written into */
  template: Template;
  /** the package's fixed date: core properties, chart workbooks */
  date: Date;
}

/*
 * Mending what pptxgenjs writes: schema fixes (K2–K8), the template's master,
 * layouts and theme in place of pptxgenjs', the deck's language on every run,
 * fixed dates. A slide's
 * own parts are mended once and kept (see RenderCache); the rest of the
 * package here.
 */

/** Slides, notes, layouts and masters: K7, unique shape ids, end marks, the deck's language. */
const mendDrawing = (xml: string, lang: Lang) => setLanguage(endMarkSizes(uniqueShapeIds(singleParagraphProps(xml))), lang);

/**
 * A slide's XML, notes and charts, as `placed` drew them: its placeholders
 * written to inherit from the layout, tables on the theme's table style,
 * theme colours as scheme colours, theme fonts by their slot, PowerPoint's
 * shape names.
 */
export function mendSlide(sp: SlideParts, opts: PostprocessOptions, placed: PlacedSlide): SlideParts {
  const tables = placed.elements.filter((e) => e.kind === 'table');
  const charts = placed.elements.filter((e) => e.kind === 'chart');
  if (charts.length !== sp.charts.length) throw new Error(`internal: slide ${placed.index + 1} drew ${charts.length} charts, pptxgenjs wrote ${sp.charts.length}`);
  const drawn = placeholderShapes(mendDrawing(tables.length ? styledTables(sp.slide, tables, LANG_TAG[opts.lang], opts.template.tableStyleId) : sp.slide, opts.lang), placed, opts.template, opts.theme);
  // on a dark layout (its own colour map) a slide's fixed colours name their theme slot
  const dark = !!layoutOf(opts.template, placed.master).def.colorMap;
  const absolute = (xml: string) => (dark ? absoluteSchemeColors(xml) : xml);
  const slide = absolute(shapeNames(themeFonts(toSchemeColors(drawn, opts.theme))));
  // a notes page only where there are notes (pptxgenjs writes one for every slide)
  const notes = placed.notes.trim() !== '';
  return {
    ...sp,
    slide: leanSlide(placed.footer ? slide : hideFooter(slide)),
    rels: layoutTarget(notes ? sp.rels : sp.rels.replace(/<Relationship [^>]*Target="\.\.\/notesSlides\/[^"]*"\/>/, ''), layoutOf(opts.template, placed.master).part),
    notes: notes ? mendDrawing(sp.notes, opts.lang) : '',
    notesRels: notes ? sp.notesRels : '',
    charts: sp.charts.map((c, i) => ({
      ...c,
      xml: absolute(setLanguage(themedChart(chartGaps(fixChart(c.xml)), opts.theme), opts.lang)),
      workbook: normaliseWorkbook(c.workbook, opts.date, (parts) => chartWorkbook(parts, charts[i]!)),
    })),
  };
}

/** The slide's layout: pptxgenjs' by number, or the template's own part. */
const layoutTarget = (rels: string, part: string) => rels.replace(/Target="\.\.\/slideLayouts\/[^"]+"/, `Target="../slideLayouts/${part}"`);

/** pptxgenjs writes the font it is given on latin, ea and cs alike: the theme's slots are +mj-ea, +mn-cs … */
function themeFonts(xml: string): string {
  return xml.replace(/<a:(ea|cs) typeface="\+(mj|mn)-lt"/g, (_m, script: string, slot: string) => `<a:${script} typeface="+${slot}-${script}"`);
}

/** Every part that is not a slide's: the template's master, layouts, theme and table styles in place of pptxgenjs', properties. */
export function mendPackage(parts: PackageParts, opts: PostprocessOptions, cache: RenderCache): void {
  for (const [name, content] of parts) {
    if (typeof content !== 'string' || name === '[Content_Types].xml') continue;
    parts.set(name, cache.mend(name, content, (xml) => mendPart(name, xml, opts)));
  }
  // the template's parts replace pptxgenjs' master and layouts, one for one
  const layouts = [...parts.keys()].filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).length;
  if (layouts !== opts.template.layouts.length) throw new Error(`internal: pptxgenjs wrote ${layouts} layouts, the template has ${opts.template.layouts.length}`);
  usePotx(parts, opts.template.source);
}

function mendPart(name: string, xml: string, opts: PostprocessOptions): string {
  if (/^ppt\/notesMasters\/[^/]+\.xml$/.test(name)) xml = slideNumberFields(mendDrawing(xml, opts.lang));
  // pptxgenjs' theme stays as the notes master's (the template brings the slide master's)
  if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) xml = themeXml(opts.theme);
  if (name === 'docProps/core.xml') xml = coreLanguage(fixDates(xml, opts.date), opts.lang);
  if (name === 'ppt/presentation.xml') xml = presentationPart(xml);
  return xml;
}

/**
 * The content types once every part is in place: K2 (Overrides for parts
 * that do not exist, gitbrent/PptxGenJS#1444) and one Override per chart —
 * pptxgenjs listed only the charts it drew itself.
 */
export function contentTypes(parts: PackageParts): void {
  const xml = parts.get('[Content_Types].xml') as string;
  const charts = [...parts.keys()]
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`)
    .join('');
  const withoutCharts = xml.replace(/<Override PartName="\/ppt\/charts\/[^"]*"[^>]*\/>/g, '');
  const fixed = jpegContentType(dropMissingOverrides(withoutCharts, (p) => parts.has(p)).replace('</Types>', `${charts}</Types>`));
  parts.set('[Content_Types].xml', fixed);
}

/** pptxgenjs stamps "now" into core.xml: use the deck's fixed date. */
function fixDates(xml: string, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`);
}

/** The chart's embedded workbook is a zip with "now" in it too; `mend` gets its parts. */
function normaliseWorkbook(bytes: Uint8Array, date: Date, mend: (parts: PackageParts) => void): Uint8Array {
  if (!bytes.length) return bytes;
  const parts = decodeText(readZip(bytes));
  mend(parts);
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') parts.set('docProps/core.xml', fixDates(core, date));
  return pack(parts);
}

/** XML parts as text, everything else as bytes. */
function decodeText(parts: Map<string, Uint8Array>): PackageParts {
  const out: PackageParts = new Map();
  for (const [name, bytes] of parts) out.set(name, /\.(xml|rels)$/.test(name) ? Buffer.from(bytes).toString('utf8') : bytes);
  return out;
}

/** Stable order: [Content_Types].xml first (some readers want it), then by name. */
export function pack(parts: PackageParts): Buffer {
  const order = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return writeZip(parts, order);
}
