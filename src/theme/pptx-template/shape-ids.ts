/**
 * Shape ids (`p:cNvPr/@id`) are unique within a master, layout or slide
 * (ECMA-376 §19.3.1.12; animations and comments address shapes by them).
 * Templates saved by LibreOffice repeat them (a group and its first
 * placeholder both `1`); PowerPoint renumbers on open, a validator refuses.
 * The repeated ids are given fresh numbers above the part's highest; a part
 * without repeats is returned as it is, byte for byte.
 */
export function uniqueShapeIds(xml: string): { xml: string; repeated: number[] } {
  const ids = [...xml.matchAll(/<p:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  if (!repeated.size) return { xml, repeated: [] };
  let next = Math.max(...ids) + 1;
  const met = new Set<number>();
  const fixed = xml.replace(/(<p:cNvPr\b[^>]*?\sid=")(\d+)"/g, (whole, head: string, id: string) => {
    const n = Number(id);
    if (!met.has(n)) {
      met.add(n);
      return whole;
    }
    return `${head}${next++}"`;
  });
  return { xml: fixed, repeated: [...repeated].sort((a, b) => a - b) };
}

const MASTER_OR_LAYOUT = /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/;

/** A template's part as a deck gets it: a master or layout with its repeated ids renumbered, everything else as it is. */
export function asCopied(name: string, part: string | Uint8Array): string | Uint8Array {
  return typeof part === 'string' && MASTER_OR_LAYOUT.test(name) ? uniqueShapeIds(part).xml : part;
}

/** The template's masters and layouts that repeat shape ids (what `asCopied` repairs). */
export function partsWithRepeatedIds(parts: Map<string, string | Uint8Array>): string[] {
  return [...parts].filter(([name, part]) => typeof part === 'string' && MASTER_OR_LAYOUT.test(name) && uniqueShapeIds(part).repeated.length).map(([name]) => name);
}
