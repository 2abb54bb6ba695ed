import { createHash } from 'node:crypto';
import type { PackageParts } from './slide-parts.js';

/**
 * One media part per distinct picture: pptxgenjs stores a picture once per
 * slide that shows it (image-3-1.png, image-7-1.png …). Run on the finished
 * package, after every slide is in place (kept slides keep their own names,
 * see slide-parts.ts): the first part of each set of equal bytes stays, the
 * others go, and every relationship that named one of them names the first.
 */
export function shareMedia(parts: PackageParts): void {
  const names = [...parts.keys()].filter((n) => n.startsWith('ppt/media/')).sort(naturalOrder);
  const first = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const name of names) {
    const bytes = parts.get(name) as Uint8Array;
    const key = `${extension(name)}:${digest(bytes)}`;
    const kept = first.get(key);
    if (kept === undefined) first.set(key, name);
    else {
      renamed.set(base(name), base(kept));
      parts.delete(name);
    }
  }
  if (!renamed.size) return;
  for (const [name, content] of parts) {
    if (!name.endsWith('.rels') || typeof content !== 'string' || !content.includes('../media/')) continue;
    parts.set(
      name,
      content.replace(/Target="\.\.\/media\/([^"]+)"/g, (m, file: string) => (renamed.has(file) ? `Target="../media/${renamed.get(file)}"` : m)),
    );
  }
}

/** pptxgenjs says `image/jpg`, which is no media type: JPEG is `image/jpeg`. */
export function jpegContentType(contentTypes: string): string {
  return contentTypes.replace(/(<Default Extension="jpg" ContentType=")image\/jpg"/i, '$1image/jpeg"');
}

/** The same bytes object (a slide kept in watch mode) is hashed once. */
const digests = new WeakMap<Uint8Array, string>();
function digest(bytes: Uint8Array): string {
  let d = digests.get(bytes);
  if (!d) digests.set(bytes, (d = createHash('sha1').update(bytes).digest('base64')));
  return d;
}

const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** image-2-1.png before image-10-1.png: the first slide's part is the one kept. */
function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
