#!/usr/bin/env node
// Generates themes/<theme>/metrics/*.json: advance widths of a font face, so
// that samling measures text with the metrics of the font the renderer uses
// (Liberation Sans is metric-compatible with Arial) without reading fonts at
// build time. Run once per font change:
//   node tools/gen-metrics.mjs /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf themes/krd/metrics/regular.json
// For a collection (.ttc) a third argument names the face by its index.
// The font is read with fontkit: head.unitsPerEm, hhea ascender/descender/
// lineGap, the advance (hmtx) of glyph 0 ("missing") and of every BMP code
// point the Unicode cmap maps. src/text/system-fonts.ts (metricsOfFontFile)
// reads the same numbers from installed fonts; its test checks the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { create } from 'fontkit';

const [src, dst, face = '0'] = process.argv.slice(2);
if (!src || !dst) { console.error('usage: gen-metrics.mjs FONT.ttf OUT.json [FACE-INDEX]'); process.exit(2); }
const opened = create(readFileSync(src));
const font = opened.fonts ? opened.fonts[Number(face)] : opened;
if (!font) { console.error(`${src} has no face ${face}`); process.exit(1); }

const widths = {};
for (const code of font.characterSet) {
  if (code >= 0xffff) continue; // the BMP only; U+FFFF is the cmap's end marker
  const glyph = font.glyphForCodePoint(code);
  if (glyph.id !== 0) widths[code] = glyph.advanceWidth;
}
const out = {
  source: basename(src),
  unitsPerEm: font.unitsPerEm,
  ascender: font.hhea.ascent,
  descender: font.hhea.descent,
  lineGap: font.hhea.lineGap,
  missing: font.getGlyph(0).advanceWidth,
  widths,
};
writeFileSync(dst, JSON.stringify(out));
console.log(`${dst}: ${Object.keys(widths).length} code points, unitsPerEm ${out.unitsPerEm}`);
