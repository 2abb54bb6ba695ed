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
 * A number format for percentages: `0 %`, `0.0 %` (shown `62,5 %` where the
 * decimal sign is a comma) with a no-break space, so that a label never
 * breaks before its %, or `0%` in English. The % in a format multiplies by
 * 100, so the chart and the workbook hold 0.62: what Excel's percent cells
 * hold, so that an edit in the workbook (63 %) means what it says.
 */
export function percentFormat(decimals: number, space: boolean): string {
  return `0${decimals ? `.${'0'.repeat(decimals)}` : ''}${space ? '"\u00A0"' : ''}%`;
}

/**
 * A gap where a value is missing: pptxgenjs writes a null as a point with an
 * empty value (`<c:v></c:v>`), which is no number; a missing point is left
 * out of the series' values, `c:ptCount` still counting every category.
 */
export function chartGaps(xml: string): string {
  return xml.replace(/<c:val>[\s\S]*?<\/c:val>/g, (val) => val.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, ''));
}

/** The workbook's cell format for percent values (index in cellXfs) and its number format's id (164: the first custom one). */
const PERCENT_XF = 1;
const PERCENT_FMT_ID = 164;

/**
 * The chart's embedded workbook as the chart's data: pptxgenjs 4.0.1 writes a
 * 0 as an empty cell (`values[i] || ''`) and ends the table's reference in a
 * stray apostrophe (`ref="A1:D4'"`). Column A holds the categories, B… one
 * series each, row 1 the series names (pptxgenjs' layout, kept). A gap is an
 * empty cell; percent values carry the chart's percent format, so that Excel
 * shows 62 % where the cell holds 0.62.
 */
export function chartWorkbook(parts: PackageParts, el: ChartElement): void {
  const sheet = parts.get('xl/worksheets/sheet1.xml');
  const style = el.percent ? ` s="${PERCENT_XF}"` : '';
  if (typeof sheet === 'string') {
    parts.set(
      'xl/worksheets/sheet1.xml',
      sheet.replace(/<c r="([A-Z]+)(\d+)">(?:<v>[^<]*<\/v>)?<\/c>/g, (m, col: string, row: string) => {
        const series = el.series[columnIndex(col) - 1];
        const i = Number(row) - 2;
        if (!series || i < 0) return m;
        const v = series.values[i];
        return v === undefined || v === null || !Number.isFinite(v) ? `<c r="${col}${row}"${style}/>` : `<c r="${col}${row}"${style}><v>${v}</v></c>`;
      }),
    );
  }
  const styles = parts.get('xl/styles.xml');
  if (el.percent && typeof styles === 'string') parts.set('xl/styles.xml', percentStyle(styles, percentFormat(el.percent.decimals, el.percentSpace)));
  const table = parts.get('xl/tables/table1.xml');
  if (typeof table === 'string') parts.set('xl/tables/table1.xml', table.replace(/(\bref="[A-Z]+\d+:[A-Z]+\d+)'"/, '$1"'));
}

/**
 * pptxgenjs' workbook styles have one number format (General) and no cell
 * formats: add the percent format and the cell formats, the default first
 * (cellXfs comes after borders in the schema's order).
 */
function percentStyle(styles: string, format: string): string {
  if (styles.includes('<cellXfs')) throw new Error('internal: the workbook styles pptxgenjs wrote already have cell formats');
  const code = format.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return styles
    .replace(/<numFmts count="(\d+)">([\s\S]*?)<\/numFmts>/, (_m, n: string, fmts: string) => `<numFmts count="${Number(n) + 1}">${fmts}<numFmt numFmtId="${PERCENT_FMT_ID}" formatCode="${code}"/></numFmts>`)
    .replace('</borders>', `</borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="${PERCENT_FMT_ID}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`);
}

/** A → 0, B → 1 … Z → 25, AA → 26 */
function columnIndex(col: string): number {
  return [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
