import { posix } from 'node:path';
import type { XmlAttribute, XmlDocument, XmlNode } from 'libxml2-wasm';

/**
 * Package integrity: the checks of validate-pptx.sh's `check_package`, one
 * for one, on the checked copy (after the markup-compatibility step). These
 * catch what no schema can: a part nobody declared, a relationship to
 * nothing, two shapes with one id, a PNG named .jpg.
 */
export interface Package {
  /** every file of the zip by its part name without the leading slash */
  files: Map<string, Uint8Array>;
  /** a part's XML as checked, parsed; undefined when it is not well-formed */
  doc(part: string): XmlDocument | undefined;
  /** its text as checked */
  text(part: string): string | undefined;
  /** parts that failed well-formedness or their schema (already reported) */
  failed: Set<string>;
}

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const slideLike = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/;

export function checkPackage(pkg: Package): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const names = [...pkg.files.keys()].sort();

  // content types: overrides name existing parts; every part has a content type
  const ct = pkg.doc('[Content_Types].xml');
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (pkg.files.has('[Content_Types].xml')) {
    for (const el of nodes(ct, '//*[local-name()="Override"]')) overrides.set(attr(el, 'PartName'), attr(el, 'ContentType'));
    for (const el of nodes(ct, '//*[local-name()="Default"]')) defaults.set(attr(el, 'Extension').toLowerCase(), attr(el, 'ContentType'));
    for (const part of [...overrides.keys()].sort()) if (part && !pkg.files.has(part.replace(/^\//, ''))) errors.push(`[Content_Types].xml: Override for missing part ${part}`);
    for (const f of names) {
      if (f === '[Content_Types].xml') continue;
      if (!overrides.has(`/${f}`) && !defaults.has(extension(f))) errors.push(`[Content_Types].xml: no content type for /${f}`);
    }
  } else {
    errors.push('missing [Content_Types].xml');
  }

  // relationships: ids unique, internal targets exist, r:* references defined
  for (const rels of names.filter((f) => f.endsWith('.rels'))) {
    if (pkg.failed.has(rels)) continue; // malformed or schema-invalid: already reported
    const dir = posix.dirname(posix.dirname(rels));
    const base = posix.basename(rels);
    const src = posix.join(dir, base === '.rels' ? base : base.slice(0, -'.rels'.length));
    const ids = new Set<string>();
    for (const el of nodes(pkg.doc(rels), '//*[local-name()="Relationship"]')) {
      const id = attr(el, 'Id');
      if (!id) continue;
      if (ids.has(id)) errors.push(`${rels}: duplicate Id ${id}`);
      ids.add(id);
      if (attr(el, 'TargetMode') === 'External') continue;
      const target = attr(el, 'Target');
      if (!target) continue;
      const file = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
      if (!pkg.files.has(file)) errors.push(`${rels}: ${id} targets missing part ${target}`);
    }
    if (pkg.files.has(src) && src.endsWith('.xml')) {
      for (const id of rIds(pkg.doc(src))) if (id && !ids.has(id)) errors.push(`${src}: r:id "${id}" not defined in ${rels}`);
    }
  }
  // parts that use r:* references but have no .rels at all
  for (const f of names.filter((n) => n.startsWith('ppt/') && n.endsWith('.xml'))) {
    if (pkg.files.has(`${posix.dirname(f)}/_rels/${posix.basename(f)}.rels`)) continue;
    const used = rIds(pkg.doc(f)).filter(Boolean);
    if (used.length) errors.push(`${f}: uses r:id ${used.join(' ')} but has no .rels part`);
  }

  // charts: axis references, numeric caches, point indexes
  for (const f of names.filter((n) => /^ppt\/charts\/chart[^/]*\.xml$/.test(n) && !pkg.failed.has(n))) {
    const doc = pkg.doc(f);
    const axes = new Set(values(doc, '//*[local-name()="plotArea"]/*[contains(local-name(),"Ax")]/*[local-name()="axId"]/@val'));
    for (const v of new Set(values(doc, '//*[local-name()="plotArea"]/*[not(contains(local-name(),"Ax"))]/*[local-name()="axId"]/@val'))) {
      // PowerPoint itself writes axId 0 for "no series axis" in 3-D charts
      if (v && v !== '0' && !axes.has(v)) errors.push(`${f}: chart group references axId ${v} but no axis has that id`);
    }
    const bad = values(doc, '//*[local-name()="numCache" or local-name()="numLit"]/*[local-name()="pt"]/*[local-name()="v"]/text()')
      .filter((v) => !/^\s*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$/.test(v));
    if (bad.length) errors.push(`${f}: non-numeric value in numeric cache: ${bad.slice(0, 3).join(' ')}`);
    const empty = count(doc, 'count(//*[local-name()="numCache" or local-name()="numLit"]/*[local-name()="pt"][not(normalize-space(*[local-name()="v"]))])');
    if (empty) warnings.push(`${f}: ${empty} empty c:v value(s) in a numeric cache (PowerPoint omits the c:pt for a missing point)`);
    const beyond = count(doc, 'count(//*[local-name()="numCache" or local-name()="strCache" or local-name()="numLit" or local-name()="strLit"]/*[local-name()="pt"][number(@idx) >= number(../*[local-name()="ptCount"]/@val)])');
    if (beyond) errors.push(`${f}: ${beyond} cached point(s) with idx >= ptCount`);
  }

  // tables: at least one grid column, every row has one a:tc per grid column
  const tableErrors: string[] = [];
  for (const f of names.filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n) && !pkg.failed.has(n))) {
    let t = 0;
    for (const table of (pkg.text(f) ?? '').matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)) {
      const body = table[1]!;
      t++;
      const grid = body.match(/<a:gridCol\b/g)?.length ?? 0;
      if (!grid) tableErrors.push(`${f}: table ${t} has no grid columns`);
      let r = 0;
      for (const row of body.matchAll(/<a:tr\b[^>]*?(?:\/>|>([\s\S]*?)<\/a:tr>)/g)) {
        r++;
        const cells = (row[1] ?? '').match(/<a:tc\b/g)?.length ?? 0;
        if (cells !== grid) tableErrors.push(`${f}: table ${t} row ${r} has ${cells} cells, grid has ${grid} columns`);
      }
    }
  }
  errors.push(...tableErrors.slice(0, 5));

  // media: a known image/video/audio content type, and image bytes that match it
  for (const f of names.filter((n) => n.startsWith('ppt/media/'))) {
    const type = overrides.get(`/${f}`) || defaults.get(extension(f)) || '';
    const bytes = pkg.files.get(f)!;
    const hex = Buffer.from(bytes.subarray(0, 12)).toString('hex');
    const not = (kind: string) => errors.push(`${f}: declared ${type} but bytes are not ${kind}`);
    if (type === 'image/png') hex.startsWith('89504e47') || not('PNG');
    else if (type === 'image/jpeg' || type === 'image/jpg') hex.startsWith('ffd8ff') || not('JPEG');
    else if (type === 'image/gif') hex.startsWith('47494638') || not('GIF');
    else if (type === 'image/bmp') hex.startsWith('424d') || not('BMP');
    else if (type === 'image/tiff') hex.startsWith('49492a00') || hex.startsWith('4d4d002a') || not('TIFF');
    else if (type === 'image/svg+xml') Buffer.from(bytes).includes('<svg') || errors.push(`${f}: declared ${type} but no <svg> element`);
    else if (['image/x-emf', 'image/x-wmf', 'image/webp', ''].includes(type) || /^(video|audio|application)\//.test(type)) continue; // '' is reported above
    else errors.push(`${f}: unsupported media content type ${type}`);
  }

  // unique shape ids per slide-like part
  for (const f of names.filter((n) => slideLike.test(n))) {
    const seen = new Set<string>();
    const dup = new Set<string>();
    for (const id of values(pkg.doc(f), '//*[local-name()="cNvPr"]/@id')) (seen.has(id) ? dup : seen).add(id);
    if (dup.size) errors.push(`${f}: duplicate shape id(s) ${[...dup].sort().join(' ')}`);
  }

  // JavaScript leftovers in attribute values (SmartArt layouts legitimately use NaN)
  const leftovers = new Set<string>();
  for (const f of names.filter((n) => /\.(xml|rels)$/.test(n) && !n.startsWith('ppt/diagrams/'))) {
    const text = pkg.text(f) ?? '';
    if (!/(NaN|undefined|null|Infinity|\[object Object\])"/.test(text)) continue; // the common case, fast
    for (const m of text.matchAll(/[A-Za-z:]+="(NaN|undefined|null|-?Infinity|\[object Object\])"/g)) leftovers.add(`${f}:${m[0]}`);
  }
  if (leftovers.size) errors.push('suspicious attribute values: ', ...[...leftovers].sort().slice(0, 5));

  return { errors, warnings };
}

function extension(part: string): string {
  return part.slice(part.lastIndexOf('.') + 1).toLowerCase();
}

function nodes(doc: XmlDocument | undefined, xpath: string): XmlNode[] {
  const found = doc?.eval(xpath);
  return Array.isArray(found) ? found : [];
}

function attr(el: XmlNode, name: string): string {
  return (el as unknown as { attr(name: string): XmlAttribute | null }).attr(name)?.value ?? '';
}

/** attribute values (or text contents) an XPath selects */
function values(doc: XmlDocument | undefined, xpath: string): string[] {
  return nodes(doc, xpath).map((n) => ('value' in n ? (n as XmlAttribute).value : n.content));
}

function count(doc: XmlDocument | undefined, xpath: string): number {
  const n = doc?.eval(xpath);
  return typeof n === 'number' ? n : 0;
}

/** the distinct r:* attribute values of a part, sorted */
function rIds(doc: XmlDocument | undefined): string[] {
  return [...new Set(values(doc, `//@*[namespace-uri()="${R_NS}"]`))].sort();
}
