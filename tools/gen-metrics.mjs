#!/usr/bin/env node
// Generates themes/<theme>/metrics/*.json: advance widths of a TrueType font,
// so that samling measures text with the metrics of the font the renderer uses
// (Liberation Sans is metric-compatible with Arial) without shipping or parsing
// fonts at build time. Run once per font change:
//   node tools/gen-metrics.mjs /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf themes/krd/metrics/regular.json
// Reads the `head`, `hhea`, `hmtx` and `cmap` (format 4) tables only.
import { readFileSync, writeFileSync } from 'node:fs';

const [src, dst] = process.argv.slice(2);
if (!src || !dst) { console.error('usage: gen-metrics.mjs FONT.ttf OUT.json'); process.exit(2); }
const buf = readFileSync(src);
const tables = {};
const numTables = buf.readUInt16BE(4);
for (let i = 0; i < numTables; i++) {
  const rec = 12 + i * 16;
  tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
}
const unitsPerEm = buf.readUInt16BE(tables.head + 18);
const hhea = tables.hhea;
const ascender = buf.readInt16BE(hhea + 4);
const descender = buf.readInt16BE(hhea + 6);
const lineGap = buf.readInt16BE(hhea + 8);
const numHMetrics = buf.readUInt16BE(hhea + 34);
const advance = (glyph) => buf.readUInt16BE(tables.hmtx + 4 * Math.min(glyph, numHMetrics - 1));

// cmap: find the Windows Unicode BMP subtable (3,1), format 4
const cmap = tables.cmap;
let sub = -1;
for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
  const rec = cmap + 4 + i * 8;
  if (buf.readUInt16BE(rec) === 3 && buf.readUInt16BE(rec + 2) === 1) sub = cmap + buf.readUInt32BE(rec + 4);
}
if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error('no (3,1) format 4 cmap');
const segX2 = buf.readUInt16BE(sub + 6);
const ends = sub + 14, starts = ends + segX2 + 2, deltas = starts + segX2, offsets = deltas + segX2;
const widths = {};
for (let s = 0; s < segX2 / 2; s++) {
  const end = buf.readUInt16BE(ends + 2 * s), start = buf.readUInt16BE(starts + 2 * s);
  const delta = buf.readInt16BE(deltas + 2 * s), offset = buf.readUInt16BE(offsets + 2 * s);
  for (let c = start; c <= end && c !== 0xffff; c++) {
    let glyph;
    if (offset === 0) glyph = (c + delta) & 0xffff;
    else {
      const at = offsets + 2 * s + offset + 2 * (c - start);
      glyph = buf.readUInt16BE(at);
      if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
    }
    if (glyph !== 0) widths[c] = advance(glyph);
  }
}
const out = { source: src.split('/').pop(), unitsPerEm, ascender, descender, lineGap, missing: advance(0), widths };
writeFileSync(dst, JSON.stringify(out));
console.log(`${dst}: ${Object.keys(widths).length} code points, unitsPerEm ${unitsPerEm}`);
