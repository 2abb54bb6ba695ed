/**
 * Metrics of the fonts a template names, read from the fonts installed on this
 * machine, so that text is measured with the widths it will be drawn with.
 *
 * How a font is found: the family and style are asked of fontconfig
 * (`fc-match -f … 'Calibri:weight=bold:slant=roman'`, run without a shell).
 * fontconfig always answers with some font, so its answer is taken only when
 * the family it resolved is the one asked for or a metric-compatible substitute
 * of it (`METRIC_COMPATIBLE`: Calibri → Carlito, Cambria → Caladea, Arial and
 * Helvetica → Liberation Sans, Arial Narrow → Liberation Sans Narrow, Times New
 * Roman → Liberation Serif, Courier New → Liberation Mono: the aliases
 * LibreOffice draws them with), and only when the face it resolved has the
 * weight and slant asked for and is not one fontconfig would embolden or slant
 * on drawing (a regular face standing in for a missing bold one would measure
 * bold text too narrow). Anything else, DejaVu Sans for a family nobody has
 * heard of included, is missing. The file is read with fontkit (TrueType,
 * OpenType, the face fontconfig names in a .ttc collection): `head.unitsPerEm`,
 * `hhea` ascender/descender/lineGap, the advance (`hmtx`) of glyph 0 and of
 * every BMP code point the Unicode cmap maps: the same tables
 * `tools/gen-metrics.mjs` reads for themes/<theme>/metrics, so Liberation Sans
 * found here measures exactly as the committed JSON.
 *
 * The fallback: a face that cannot be measured (fc-match not installed, nothing
 * compatible installed, a file fontkit cannot read) is reported as missing,
 * and `facesFor` then warns once, naming the font, and measures that face with
 * the bundled Liberation Sans metrics of the krd theme (`fallbackFaces()`,
 * themes/krd/metrics). They are exact for Arial and Helvetica and wider than
 * Calibri/Carlito, so text fitted with them fits there too; a font wider than
 * Arial (Verdana, say) is not covered by that: install it, or a metric-
 * compatible one, to measure it.
 *
 * Reproducible: the metrics depend on the family and style asked for and on the
 * fonts installed (and fontconfig's configuration), nothing else; results are
 * cached per (family, style) in this process, up to SYSTEM_FONT_BYTES.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Font } from 'fontkit';
import { packageRoot } from '../util/package-root.js';
import type { FontReason } from '../i18n/messages/types.js';
import { ByteLru } from '../util/byte-budget.js';
import { FontMetrics, type FontStyle, type MetricsFile } from './metrics.js';
import { childProcess } from '../util/builtin.js';

/**
 * fontkit, loaded only when a theme measures installed fonts (a template, or
 * `samling theme check`): evaluating it unpacks Unicode tables, some 50 ms
 * that every other start would pay. Whoever may need it awaits this first.
 */
let fontkit: typeof import('fontkit') | undefined;
export async function loadFontReader(): Promise<void> {
  fontkit ??= await import('fontkit');
}

/** Family a template names → the metric-compatible family LibreOffice draws it with (lower case keys). */
export const METRIC_COMPATIBLE: Readonly<Record<string, string>> = Object.freeze({
  calibri: 'Carlito',
  cambria: 'Caladea',
  arial: 'Liberation Sans',
  'arial narrow': 'Liberation Sans Narrow',
  helvetica: 'Liberation Sans',
  'times new roman': 'Liberation Serif',
  'courier new': 'Liberation Mono',
});

export type FoundFont =
  | {
      metrics: FontMetrics;
      /** the font file the metrics were read from */
      file: string;
      /** the metric-compatible family measured instead of the one asked for (e.g. Carlito for Calibri) */
      substitute?: string;
    }
  | {
      /** the font that could not be measured, for the warning: e.g. "Calibri Bold" */
      missing: string;
      /** why: "fontconfig resolves it to DejaVu Sans" */
      reason: FontReason;
    };

const STYLE_NAME: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'Bold Italic',
};

/** fontconfig's weights and slants: bold is 200, italic 100, oblique 110 */
const FC_BOLD = 200;

/** a face's metrics are about 100 KB (`approxBytes` of its widths): a few dozen faces */
export const SYSTEM_FONT_BYTES = 8 * 1024 * 1024;
const cache = new ByteLru<FoundFont>(SYSTEM_FONT_BYTES);

/**
 * The metrics of `family` in `style` from the installed fonts, or why not.
 * Cached per (family, style) in this process.
 */
export function findFontMetrics(family: string, style: FontStyle): FoundFont {
  const key = `${family.trim().toLowerCase()}\u0000${style}`;
  let found = cache.get(key);
  // never a face cached as missing because the reader was not there
  if (!found && !fontkit) throw new Error('internal: the font reader is not loaded (await loadFontReader() first)');
  if (!found) {
    found = lookUp(family.trim(), style);
    cache.set(key, found);
  }
  return found;
}

/** Empties the cache (for tests, and for a long-running process after fonts were installed). */
export function forgetSystemFonts(): void {
  cache.clear();
  warned.clear();
}

const warned = new Set<string>();

let fallback: Record<FontStyle, FontMetrics> | undefined;

/** The stated fallback: the bundled Liberation Sans metrics of the krd theme (Arial's widths). */
export function fallbackFaces(): Record<FontStyle, FontMetrics> {
  if (fallback) return fallback;
  const dir = join(packageRoot(), 'themes', 'krd', 'metrics');
  return (fallback = {
    regular: FontMetrics.read(join(dir, 'regular.json')),
    bold: FontMetrics.read(join(dir, 'bold.json')),
    italic: FontMetrics.read(join(dir, 'italic.json')),
    boldItalic: FontMetrics.read(join(dir, 'bolditalic.json')),
  });
}

/**
 * The four faces of `family` for a `TextMeasurer`: each one found through
 * `findFontMetrics`, or else that face of `fallback` (by default
 * `fallbackFaces()`). What is missing is warned about once per process: one
 * warning naming the family when no face of it can be measured, else one per
 * missing face ("Carlito Bold Italic").
 */
export function facesFor(
  family: string,
  warn: (missing: { font: string; reason: FontReason; style?: string }) => void,
  fallback: Record<FontStyle, FontMetrics> = fallbackFaces(),
): Record<FontStyle, FontMetrics> {
  const styles: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
  const found = styles.map((style) => findFontMetrics(family, style));
  const missing = found.filter((f): f is Extract<FoundFont, { missing: string }> => 'missing' in f);
  const tell = (font: string, reason: FontReason, style?: string) => {
    if (warned.has(font.toLowerCase())) return;
    warned.add(font.toLowerCase());
    warn({ font, reason, style });
  };
  const same = (a: FontReason, b: FontReason) => JSON.stringify(a) === JSON.stringify(b);
  if (missing.length === styles.length && missing.every((m) => same(m.reason, missing[0]!.reason))) {
    tell(family, missing[0]!.reason);
  } else {
    found.forEach((f, i) => {
      if ('missing' in f) tell(f.missing, f.reason, STYLE_NAME[styles[i]!]);
    });
  }
  const face = (i: number): FontMetrics => {
    const f = found[i]!;
    return 'metrics' in f ? f.metrics : fallback[styles[i]!];
  };
  return { regular: face(0), bold: face(1), italic: face(2), boldItalic: face(3) };
}

function lookUp(family: string, style: FontStyle): FoundFont {
  const name = style === 'regular' ? family : `${family} ${STYLE_NAME[style]}`;
  if (!family) return { missing: name, reason: { kind: 'no-family' } };
  const bold = style === 'bold' || style === 'boldItalic';
  const italic = style === 'italic' || style === 'boldItalic';
  const pattern =
    escapeFamily(family) + (bold ? ':weight=bold' : ':weight=regular') + (italic ? ':slant=italic' : ':slant=roman');
  let answer: string;
  try {
    const format = '%{file}\\n%{index}\\n%{family}\\n%{weight}\\n%{slant}\\n%{embolden}\\n%{matrix}\\n';
    answer = childProcess().execFileSync('fc-match', ['-f', format, pattern], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { missing: name, reason: { kind: code === 'ENOENT' ? 'no-fontconfig' : 'fontconfig-failed' } };
  }
  const [file = '', index = '', families = '', weight = '', slant = '', embolden = '', matrix = ''] = answer.split('\n');
  if (!file) return { missing: name, reason: { kind: 'no-font' } };
  const resolved = families.split(',').map((f) => f.trim());
  const wanted = family.toLowerCase();
  const compatible = METRIC_COMPATIBLE[wanted]?.toLowerCase();
  const same = resolved.find((f) => f.toLowerCase() === wanted);
  const substitute = same ? undefined : resolved.find((f) => f.toLowerCase() === compatible);
  if (!same && !substitute) return { missing: name, reason: { kind: 'resolves', to: resolved[0] || file } };
  const measured = substitute ?? same!;
  // when the face asked for is not installed, fontconfig answers with another
  // weight or slant of the family, or with the regular face to be emboldened
  // (embolden) or slanted (matrix) on drawing: its widths are not the face's
  const synthetic = embolden.toLowerCase() === 'true' || matrix.trim() !== '';
  if (synthetic || Number(weight) >= FC_BOLD !== bold || Number(slant) > 0 !== italic) {
    return { missing: name, reason: { kind: 'face-missing', family: measured, style: STYLE_NAME[style] } };
  }
  // a named instance of a variable font (index above 0xffff) would need its variation applied: not done
  const faceIndex = Number(index) || 0;
  if (faceIndex > 0xffff) return { missing: name, reason: { kind: 'variable', file: basename(file) } };
  try {
    const metrics = new FontMetrics(metricsOfFontFile(file, faceIndex, measured));
    return substitute ? { metrics, file, substitute } : { metrics, file };
  } catch (e) {
    return { missing: name, reason: { kind: 'unreadable', file: basename(file), text: (e as Error).message } };
  }
}

/** A family name in a fontconfig pattern: `\`, `-`, `:` and `,` are syntax there. */
function escapeFamily(family: string): string {
  return family.replace(/[\\\-:,]/g, (c) => `\\${c}`);
}

/**
 * The metrics of one face of a TrueType or OpenType file, or of face `index` of
 * a collection (.ttc, the index fontconfig gives; when the collection has no
 * such face, its first face of `family`). The numbers `tools/gen-metrics.mjs`
 * writes.
 */
export function metricsOfFontFile(path: string, index = 0, family?: string): MetricsFile {
  if (!fontkit) throw new Error('internal: the font reader is not loaded (await loadFontReader() first)');
  const opened = fontkit.create(readFileSync(path));
  let font: Font;
  if ('fonts' in opened) {
    const faces = opened.fonts;
    const wanted = family?.toLowerCase();
    const chosen = faces[index] ?? (wanted ? faces.find((f) => f.familyName.toLowerCase() === wanted) : undefined);
    if (!chosen) throw new Error(`no face ${index}${family ? ` nor any of ${family}` : ''} in the collection`);
    font = chosen;
  } else {
    font = opened;
  }
  return metricsOfFont(font, basename(path));
}

function metricsOfFont(font: Font, source: string): MetricsFile {
  const widths: Record<string, number> = {};
  for (const code of font.characterSet) {
    if (code >= 0xffff) continue; // the BMP only; U+FFFF is the cmap's end marker
    const glyph = font.glyphForCodePoint(code);
    if (glyph.id !== 0) widths[code] = glyph.advanceWidth;
  }
  return {
    source,
    unitsPerEm: font.unitsPerEm,
    ascender: font.hhea.ascent,
    descender: font.hhea.descent,
    lineGap: font.hhea.lineGap,
    missing: font.getGlyph(0).advanceWidth,
    widths,
  };
}
