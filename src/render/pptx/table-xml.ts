import type { Element } from '../../layout/types.js';
import type { Run } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';
import { xmlEscape, xmlSafe, safeUrl } from './sanitize.js';
import { colorXml } from './scheme-colors.js';

type TableElement = Extract<Element, { kind: 'table' }>;

/**
 * Native tables that inherit their look from a table style, as a table made
 * in PowerPoint does: the package's tableStyles.xml holds one KRD style (a
 * navy header row with white bold text, mist banding, thin rules), written
 * from the theme in scheme colours and set as the default, so that a table a
 * person inserts gets it too and a re-themed deck recolours every table. The
 * slide's table says only `firstRow`/`bandRow` and the style's id; a cell
 * carries its margins and anchor, its runs only the fitted size and what the
 * content asks for (bold, italic, code, a link).
 *
 * Why not PowerPoint's built-in "Medium Style 2 – Accent 1": its header is
 * accent 1 (KRD's mid blue) and its body a blue tint, not the navy header and
 * quiet mist bands of DEPMAL; a style of our own keeps the design and follows
 * the theme just as well (dk2, lt2, dk1).
 */
export const TABLE_STYLE_ID = '{6F1B3E2A-9C4D-4B8E-A5D1-2E7C0B9F4A63}';

const EMU_PER_IN = 914400;
const EMU_PER_PT = 12700;
/** the cell padding the table layout measures with (src/layout/table.ts CELL_PAD) */
const CELL_PAD_IN = 0.06;
const RULE_W = Math.round(0.75 * EMU_PER_PT);

/** ppt/tableStyles.xml: the KRD table style, the default for new tables. */
export function tableStylesPart(theme: Theme): string {
  const fill = (hex: string) => `<a:fill><a:solidFill>${colorXml(theme, hex)}</a:solidFill></a:fill>`;
  const rule = `<a:ln w="${RULE_W}" cmpd="sng"><a:solidFill>${colorXml(theme, theme.color('rule'))}</a:solidFill></a:ln>`;
  const borders = ['left', 'right', 'top', 'bottom', 'insideH', 'insideV'].map((b) => `<a:${b}>${rule}</a:${b}>`).join('');
  const text = (hex: string, bold = false) => `<a:tcTxStyle${bold ? ' b="on"' : ''}><a:fontRef idx="minor"/>${colorXml(theme, hex)}</a:tcTxStyle>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="${TABLE_STYLE_ID}">` +
    `<a:tblStyle styleId="${TABLE_STYLE_ID}" styleName="${xmlEscape(theme.name.toUpperCase())}">` +
    `<a:wholeTbl>${text(theme.color('text'))}<a:tcStyle><a:tcBdr>${borders}</a:tcBdr>${fill(theme.color('paper'))}</a:tcStyle></a:wholeTbl>` +
    `<a:band1H><a:tcStyle><a:tcBdr/>${fill(theme.color('mist'))}</a:tcStyle></a:band1H>` +
    `<a:firstRow>${text(theme.color('onDark'), true)}<a:tcStyle><a:tcBdr/>${fill(theme.color('navy'))}</a:tcStyle></a:firstRow>` +
    '</a:tblStyle></a:tblStyleLst>'
  );
}

/**
 * Replace the `a:tbl` pptxgenjs wrote for each table of a slide (in the order
 * they were drawn) with one that inherits from the table style. pptxgenjs
 * still draws the table for its frame and for the relationships of links in
 * cells: their ids are taken over in order.
 */
export function styledTables(slideXml: string, tables: TableElement[], langTag: string, styleId = TABLE_STYLE_ID): string {
  let k = 0;
  return slideXml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, (drawn) => {
    const el = tables[k++];
    if (!el) throw new Error('internal: a slide has more tables than were drawn');
    const linkIds = [...drawn.matchAll(/<a:hlinkClick r:id="([^"]+)"/g)].map((m) => m[1]!);
    return tableXml(el, langTag, linkIds, styleId);
  });
}

function tableXml(el: TableElement, lang: string, linkIds: string[], styleId: string): string {
  const emu = (inches: number) => Math.round(round(inches) * EMU_PER_IN);
  const pad = Math.round(CELL_PAD_IN * 72 * EMU_PER_PT);
  const sz = Math.round(el.size * 100);
  const run = (r: Run): string => {
    const url = r.link ? safeUrl(r.link) : undefined;
    const attrs = `lang="${lang}" sz="${sz}"${r.bold ? ' b="1"' : ''}${r.italic ? ' i="1"' : ''} dirty="0"`;
    const inner = (r.code ? '<a:latin typeface="Courier New"/>' : '') + (url ? `<a:hlinkClick r:id="${linkIds.shift() ?? ''}"/>` : '');
    return `<a:r><a:rPr ${attrs}${inner ? `>${inner}</a:rPr>` : '/>'}<a:t>${text(r.text)}</a:t></a:r>${r.br ? `<a:br><a:rPr lang="${lang}" sz="${sz}"/></a:br>` : ''}`;
  };
  const cell = (runs: Run[], c: number) => {
    const align = el.align[c] ?? 'left';
    const pPr = align === 'left' ? '' : `<a:pPr algn="${align === 'center' ? 'ctr' : 'r'}"/>`;
    return (
      `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>${pPr}${runs.map(run).join('')}<a:endParaRPr lang="${lang}" sz="${sz}" dirty="0"/></a:p></a:txBody>` +
      `<a:tcPr marL="${pad}" marR="${pad}" marT="${pad}" marB="${pad}" anchor="ctr"/></a:tc>`
    );
  };
  const rows = [el.header, ...el.rows].map((row, r) => `<a:tr h="${emu(el.rowH[r]!)}">${row.map(cell).join('')}</a:tr>`).join('');
  return (
    `<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>${styleId}</a:tableStyleId></a:tblPr>` +
    `<a:tblGrid>${el.colW.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('')}</a:tblGrid>${rows}</a:tbl>`
  );
}

const round = (n: number) => Math.round(n * 10000) / 10000;
const text = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
