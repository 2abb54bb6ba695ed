import { readZip } from '../../util/zip.js';

/**
 * An organisation's PowerPoint template (.potx, or a .pptx used as one), read
 * into its parts. Everything that makes a file unusable as a template is a
 * `TemplateFault` with words for a person, never a crash: not a zip, a Word
 * or Excel file renamed, a password-protected file (Office wraps those in an
 * OLE compound file, not a zip), no presentation, masters or layouts whose
 * parts are missing.
 */

export class TemplateFault extends Error {
  constructor(
    message: string,
    readonly expected: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export type TemplateParts = Map<string, string | Uint8Array>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EXPECTED = 'a PowerPoint template (.potx) or presentation (.pptx) saved by PowerPoint or LibreOffice';

export function openTemplate(bytes: Uint8Array, name: string): TemplateParts {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new TemplateFault(`${name} is password-protected (or an old .pot/.ppt file)`, EXPECTED, 'open it in PowerPoint, remove the password (File → Info → Protect Presentation) or save it as .potx, and use that copy');
  }
  let raw: Map<string, Uint8Array>;
  try {
    raw = readZip(bytes);
  } catch {
    throw new TemplateFault(`${name} is not a PowerPoint file (it is not a zip package)`, EXPECTED, 'save the template again from PowerPoint as "PowerPoint Template (*.potx)"');
  }
  const parts: TemplateParts = new Map();
  for (const [part, content] of raw) parts.set(part, /\.(xml|rels)$/i.test(part) ? Buffer.from(content).toString('utf8') : content);
  if (!parts.has('ppt/presentation.xml')) {
    const what = parts.has('word/document.xml') ? 'a Word document' : parts.has('xl/workbook.xml') ? 'an Excel workbook' : 'not a presentation';
    throw new TemplateFault(`${name} is ${what}, not a PowerPoint template`, EXPECTED, 'save the template from PowerPoint as "PowerPoint Template (*.potx)"');
  }
  return parts;
}

/** A part's relationships: id → target part name (resolved against the part's folder); external targets left out. */
export function relationships(parts: TemplateParts, part: string): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = parts.get(relsName);
  const out = new Map<string, { target: string; type: string }>();
  if (typeof xml !== 'string') return out;
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    if (/TargetMode="External"/.test(attrs)) continue;
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    const type = /\bType="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (id && target) out.set(id, { target: resolvePart(part.slice(0, slash), target), type: type.split('/').pop()! });
  }
  return out;
}

export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** `../media/image1.png` from `ppt/slideLayouts` → `ppt/media/image1.png`; `/ppt/x.xml` → `ppt/x.xml`. */
export function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const s of decodeURI(target).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

export function textPart(parts: TemplateParts, part: string, from: string): string {
  const xml = parts.get(part);
  if (typeof xml !== 'string') throw new TemplateFault(`the template's ${from} refers to ${part}, which is not in the file`, 'a template whose parts are all there', 'open and save the template in PowerPoint, which repairs or reports missing parts');
  return xml;
}
