import JSZip from 'jszip';
import type { Lang } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';
import { hideFooter, masterTextStyles, setLanguage, themePart } from './package-theme.js';
import { renumberCharts, uniqueShapeIds } from './package-ids.js';
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
export async function postprocess(raw: Buffer, opts: PostprocessOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  let parts = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    parts.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  parts = renumberCharts(parts);
  const hidden = new Set(opts.hiddenFooter.map((n) => `ppt/slides/slide${n}.xml`));
  for (const [name, content] of parts) {
    if (typeof content !== 'string') {
      if (/^ppt\/embeddings\/.*\.xlsx$/.test(name)) parts.set(name, await normaliseWorkbook(content, opts.date));
      continue;
    }
    let xml = content;
    if (name === '[Content_Types].xml') xml = dropMissingOverrides(xml, (p) => parts.has(p));
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) xml = fixChart(xml);
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name)) xml = uniqueShapeIds(singleParagraphProps(xml));
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
async function normaliseWorkbook(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(book.files).sort()) {
    const entry = book.files[name]!;
    if (entry.dir) continue;
    const content = /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array');
    parts.set(name, name === 'docProps/core.xml' && typeof content === 'string' ? fixDates(content, date) : content);
  }
  return pack(parts);
}

/**
 * Zip with stable order ([Content_Types].xml first, then by name), DEFLATE,
 * and one fixed timestamp (JSZip writes DOS times from the UTC getters, so the
 * bytes are the same in every time zone).
 */
async function pack(parts: Map<string, string | Uint8Array>): Promise<Buffer> {
  const out = new JSZip();
  const date = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
  const names = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) out.file(name, parts.get(name)!, { date, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
