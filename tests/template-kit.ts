import { readZip, writeZip } from '../src/util/zip.js';

/**
 * A template of another shape made from one that exists, as PowerPoint's
 * Design → Slide Size → «Scale» does for the height alone: the slide's height
 * set to `ratio` of its width, and every position and height on the masters
 * and layouts (and any example slide) stretched by the same factor, widths
 * and text sizes kept. Pure JS, so that CI needs nothing but LibreOffice's
 * own templates to have a 16:10 one.
 */
export function withAspect(potx: Uint8Array, ratio: { w: number; h: number }): Buffer {
  const parts = readZip(potx);
  const pres = Buffer.from(parts.get('ppt/presentation.xml')!).toString('utf8');
  const sz = /<p:sldSz\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"[^>]*\/>/.exec(pres);
  if (!sz) throw new Error('no p:sldSz');
  const cx = Number(sz[1]);
  const cy = Math.round((cx * ratio.h) / ratio.w);
  const k = cy / Number(sz[2]);
  const out = new Map<string, string | Uint8Array>(parts);
  out.set('ppt/presentation.xml', pres.replace(sz[0], `<p:sldSz cx="${cx}" cy="${cy}"/>`));
  const stretch = (xml: string) =>
    xml
      .replace(/(<a:(?:off|chOff)\b[^>]*?\by=")(-?\d+)"/g, (_m, head: string, y: string) => `${head}${Math.round(Number(y) * k)}"`)
      .replace(/(<a:(?:ext|chExt)\b[^>]*?\bcy=")(\d+)"/g, (_m, head: string, h: string) => `${head}${Math.round(Number(h) * k)}"`);
  for (const [name, bytes] of parts) {
    if (/^ppt\/(slideMasters|slideLayouts|slides)\/[^/]+\.xml$/.test(name)) out.set(name, stretch(Buffer.from(bytes).toString('utf8')));
  }
  return writeZip(out, [...parts.keys()]);
}
