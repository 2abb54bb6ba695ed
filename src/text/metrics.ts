import { readFileSync } from 'node:fs';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * The numbers a face is measured with, as `tools/gen-metrics.mjs` writes them
 * to themes/<theme>/metrics/*.json and as `metricsOfFontFile` (system-fonts.ts)
 * reads them from a font: `head.unitsPerEm`, `hhea` ascender/descender/lineGap,
 * the advance of glyph 0 (`missing`) and the advance per BMP code point of the
 * font's Unicode cmap, all in font units.
 */
export interface MetricsFile {
  /** the font file's name, for messages */
  source?: string;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  missing: number;
  widths: Record<string, number>;
}

/**
 * Advance widths of one font face, from the JSON that `tools/gen-metrics.mjs`
 * extracts from a font file (`FontMetrics.read`), or from an installed font
 * (`new FontMetrics(metricsOfFontFile(…))`, see system-fonts.ts). Widths are
 * kept per code point in a typed array for the Basic Multilingual Plane, so a
 * lookup is one index.
 */
export class FontMetrics {
  private readonly widths: Uint16Array;
  readonly unitsPerEm: number;
  /** single line spacing as a multiple of the font size (ascender + descender + gap) */
  readonly lineHeight: number;
  readonly ascent: number;
  /** the font file the numbers are from, when known (for messages) */
  readonly source: string | undefined;
  private readonly missing: number;

  constructor(file: MetricsFile) {
    this.source = file.source;
    this.unitsPerEm = file.unitsPerEm;
    this.lineHeight = (file.ascender - file.descender + file.lineGap) / file.unitsPerEm;
    this.ascent = file.ascender / file.unitsPerEm;
    this.missing = file.missing;
    this.widths = new Uint16Array(0x10000);
    // by keys, not Object.entries: a pair array per code point made this loop 20 ms of a cold build (four faces)
    const widths = file.widths;
    for (const cp of Object.keys(widths)) this.widths[Number(cp)] = widths[cp]!;
  }

  static read(path: string): FontMetrics {
    return new FontMetrics(JSON.parse(readFileSync(path, 'utf8')) as MetricsFile);
  }

  /** Width of `text` in em (multiply by the font size in points for points). */
  em(text: string): number {
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // a surrogate pair (emoji etc.) is drawn from a fallback font: count one em
      if (code >= 0xd800 && code <= 0xdbff) {
        units += this.unitsPerEm;
        i++;
        continue;
      }
      const w = this.widths[code];
      units += w || (code < 0x20 ? 0 : this.missing);
    }
    return units / this.unitsPerEm;
  }
}

export function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}
