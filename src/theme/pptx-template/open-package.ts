import type { TemplateFaultKind } from '../../i18n/messages/types.js';
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
  constructor(readonly fault: TemplateFaultKind) {
    super(`template fault: ${fault.kind}`);
  }
}

export type TemplateParts = Map<string, string | Uint8Array>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function openTemplate(bytes: Uint8Array, name: string): TemplateParts {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new TemplateFault({ kind: 'password', file: name });
  }
  let raw: Map<string, Uint8Array>;
  try {
    raw = readZip(bytes);
  } catch {
    throw new TemplateFault({ kind: 'not-zip', file: name });
  }
  const parts: TemplateParts = new Map();
  for (const [part, content] of raw) parts.set(part, /\.(xml|rels)$/i.test(part) ? Buffer.from(content).toString('utf8') : content);
  if (!parts.has('ppt/presentation.xml')) {
    throw new TemplateFault({ kind: 'not-presentation', file: name, is: parts.has('word/document.xml') ? 'word' : parts.has('xl/workbook.xml') ? 'excel' : 'other' });
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

export function textPart(parts: TemplateParts, part: string, from: Extract<TemplateFaultKind, { kind: 'missing-part' }>['from']): string {
  const xml = parts.get(part);
  if (typeof xml !== 'string') throw new TemplateFault({ kind: 'missing-part', from, part });
  return xml;
}
