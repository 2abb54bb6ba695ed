import type { Lang } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';
import { hideFooter, masterTextStyles, setLanguage, themePart } from './package-theme.js';
import { renumberCharts, uniqueShapeIds } from './package-ids.js';
import { endMarkSizes } from './text-fixes.js';
import { readZip, writeZip } from './zip.js';
import { dropMissingOverrides, fixChart, singleParagraphProps } from './schema-fixes.js';

export interface PostprocessOptions {
  lang: Lang;
  theme: Theme;
  /** 1-based slide numbers shown without footer, number and wordmark */
  hiddenFooter: number[];
  /** the package's fixed date: core properties */
  date: Date;
}

/**
 * Mend and finish the package pptxgenjs wrote: schema fixes (K2–K8), the KRD
 * theme part and master text styles, the deck's language on every run, fixed
 * dates, and a deterministic DEFLATE-compressed zip (pptxgenjs stores
 * uncompressed in Node).
 */
export function postprocess(raw: Buffer, opts: PostprocessOptions): Buffer {
  const parts = renumberCharts(decodeText(readZip(raw)));
  const hidden = new Set(opts.hiddenFooter.map((n) => `ppt/slides/slide${n}.xml`));
  for (const [name, content] of parts) {
    if (typeof content !== 'string') {
      if (/^ppt\/embeddings\/.*\.xlsx$/.test(name)) parts.set(name, normaliseWorkbook(content, opts.date));
      continue;
    }
    let xml = content;
    if (name === '[Content_Types].xml') xml = dropMissingOverrides(xml, (p) => parts.has(p));
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) xml = fixChart(xml);
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name)) xml = endMarkSizes(uniqueShapeIds(singleParagraphProps(xml)));
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters|charts)\/[^/]+\.xml$/.test(name)) xml = setLanguage(xml, opts.lang);
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) xml = themePart(xml, opts.theme);
    if (name === 'ppt/slideMasters/slideMaster1.xml') xml = masterTextStyles(xml, opts.theme);
    if (hidden.has(name)) xml = hideFooter(xml);
    // pptxgenjs' own blank layout: give it a name a Norwegian user recognises
    if (name === 'ppt/slideLayouts/slideLayout1.xml') xml = xml.replace('<p:cSld name="DEFAULT"', `<p:cSld name="${opts.lang === 'en' ? 'Blank' : 'Tom side'}"`);
    if (name === 'docProps/core.xml') xml = fixDates(xml, opts.date);
    parts.set(name, xml);
  }
  return pack(parts);
}

/** pptxgenjs stamps "now" into core.xml: use the deck's fixed date. */
function fixDates(xml: string, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`);
}

/** The chart's embedded workbook is a zip with "now" in it too. */
function normaliseWorkbook(bytes: Uint8Array, date: Date): Uint8Array {
  const parts = decodeText(readZip(bytes));
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') parts.set('docProps/core.xml', fixDates(core, date));
  return pack(parts);
}

/** XML parts as text, everything else as bytes. */
function decodeText(parts: Map<string, Uint8Array>): Map<string, string | Uint8Array> {
  const out = new Map<string, string | Uint8Array>();
  for (const [name, bytes] of parts) out.set(name, /\.(xml|rels)$/.test(name) ? Buffer.from(bytes).toString('utf8') : bytes);
  return out;
}

/** Stable order: [Content_Types].xml first (some readers want it), then by name. */
function pack(parts: Map<string, string | Uint8Array>): Buffer {
  const bytes = new Map<string, Uint8Array>();
  for (const [name, content] of parts) bytes.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  const order = [...bytes.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return writeZip(bytes, order);
}
