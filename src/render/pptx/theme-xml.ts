import type { Theme } from '../../theme/theme.js';
import { xmlEscape } from './sanitize.js';

/**
 * The theme part (DrawingML `a:theme`) of samling's own template, written
 * from the theme: its colour scheme, so that a chart or shape a person adds
 * later in PowerPoint uses the palette («KRDs fargepalett … brukes automatisk
 * i diagrammer»), its two fonts, and a plain format scheme (flat fills, thin
 * lines, no effects) — the quiet look of the brand, not Office's gradients.
 * The notes master gets it too.
 */
export function themeXml(theme: Theme): string {
  const c = (v: string) => `<a:srgbClr val="${v.toUpperCase()}"/>`;
  const name = xmlEscape(theme.name.toUpperCase());
  const accents = theme.data.palette.map((v, i) => `<a:accent${i + 1}>${c(v)}</a:accent${i + 1}>`).join('');
  const colors =
    `<a:clrScheme name="${name}"><a:dk1>${c(theme.color('text'))}</a:dk1><a:lt1>${c(theme.color('paper'))}</a:lt1>` +
    `<a:dk2>${c(theme.color('navy'))}</a:dk2><a:lt2>${c(theme.color('mist'))}</a:lt2>${accents}` +
    `<a:hlink>${c(theme.color('link'))}</a:hlink><a:folHlink>${c(theme.paletteColor(5))}</a:folHlink></a:clrScheme>`;
  const font = (face: string) => `<a:latin typeface="${xmlEscape(face)}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  const fonts = `<a:fontScheme name="${name}"><a:majorFont>${font(theme.fonts.heading)}</a:majorFont><a:minorFont>${font(theme.fonts.body)}</a:minorFont></a:fontScheme>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${name}"><a:themeElements>${colors}${fonts}${FORMATS}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}

const ph = (mods = '') => (mods ? `<a:schemeClr val="phClr">${mods}</a:schemeClr>` : '<a:schemeClr val="phClr"/>');
const solid = (mods = '') => `<a:solidFill>${ph(mods)}</a:solidFill>`;
const line = (w: number) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid()}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

/** Subtle, intense and strong styles of fill, line, effect and background: flat, as the brand is. */
const FORMATS =
  `<a:fmtScheme name="samling">` +
  `<a:fillStyleLst>${solid()}${solid('<a:tint val="60000"/>')}${solid('<a:shade val="80000"/>')}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solid()}${solid('<a:tint val="95000"/>')}${solid('<a:shade val="90000"/>')}</a:bgFillStyleLst>` +
  `</a:fmtScheme>`;
