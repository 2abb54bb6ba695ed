import type { Element } from '../../layout/types.js';
import type { Theme } from '../../theme/theme.js';
import { toSchemeColors } from './scheme-colors.js';
import type { PackageParts } from './slide-parts.js';

type ChartElement = Extract<Element, { kind: 'chart' }>;

/**
 * Charts that follow the theme: pptxgenjs writes every colour as a literal
 * and every font as a name. Series colours are the palette in order, so they
 * become accent1…6; text is tx1, white labels bg1, rules a tint of tx1
 * (scheme-colors.ts). The two colours pptxgenjs hard-codes (black pie labels
 * before our own colour is applied, near-white slice borders) are given
 * their scheme colours here. Typefaces become the theme's fonts: `+mj-lt` for
 * the title (drawChart asks for it), `+mn-*` for the rest, including the
 * "Arial" pptxgenjs writes where it takes no font.
 */
export function themedChart(xml: string, theme: Theme): string {
  const fixed = xml
    .replace(/<a:srgbClr val="000000"\/>/g, '<a:schemeClr val="tx1"/>')
    .replace(/<a:srgbClr val="F9F9F9"\/>/gi, '<a:schemeClr val="bg1"/>')
    .replace(/(<a:(latin|ea|cs)\s+typeface=")([^"]*)"/g, (_m, open: string, script: string, face: string) => {
      const major = face.startsWith('+mj-');
      return `${open.replace(/\s+/, ' ')}${major ? '+mj' : '+mn'}-${script === 'latin' ? 'lt' : script}"`;
    });
  return toSchemeColors(fixed, theme);
}

/**
 * The chart's embedded workbook as the chart's data: pptxgenjs 4.0.1 writes a
 * 0 as an empty cell (`values[i] || ''`) and ends the table's reference in a
 * stray apostrophe (`ref="A1:D4'"`). Column A holds the categories, B… one
 * series each, row 1 the series names (pptxgenjs' layout, kept).
 */
export function chartWorkbook(parts: PackageParts, el: ChartElement): void {
  const sheet = parts.get('xl/worksheets/sheet1.xml');
  if (typeof sheet === 'string') {
    parts.set(
      'xl/worksheets/sheet1.xml',
      sheet.replace(/<c r="([A-Z]+)(\d+)">(?:<v>[^<]*<\/v>)?<\/c>/g, (m, col: string, row: string) => {
        const series = el.series[columnIndex(col) - 1];
        const i = Number(row) - 2;
        if (!series || i < 0) return m;
        const v = series.values[i];
        return v === undefined || !Number.isFinite(v) ? `<c r="${col}${row}"/>` : `<c r="${col}${row}"><v>${v}</v></c>`;
      }),
    );
  }
  const table = parts.get('xl/tables/table1.xml');
  if (typeof table === 'string') parts.set('xl/tables/table1.xml', table.replace(/(\bref="[A-Z]+\d+:[A-Z]+\d+)'"/, '$1"'));
}

/** A → 0, B → 1 … Z → 25, AA → 26 */
function columnIndex(col: string): number {
  return [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
