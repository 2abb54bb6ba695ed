import type { Lang } from '../../model/types.js';
import { BULLET_INDENT_EM } from '../../layout/text-fit.js';
import type { Theme } from '../../theme/theme.js';

const LANG_TAG: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const EMU_PER_PT = 12700;

/**
 * The package's own theme part gets the KRD colour scheme and fonts, so that a
 * chart or shape a person adds later in PowerPoint uses the palette
 * («KRDs fargepalett … brukes automatisk i diagrammer»).
 */
export function themePart(xml: string, theme: Theme): string {
  const c = (v: string) => `<a:srgbClr val="${v}"/>`;
  const accents = theme.data.palette.map((v, i) => `<a:accent${i + 1}>${c(v)}</a:accent${i + 1}>`).join('');
  const scheme =
    `<a:clrScheme name="${theme.name.toUpperCase()}"><a:dk1>${c(theme.color('text'))}</a:dk1><a:lt1>${c(theme.color('paper'))}</a:lt1>` +
    `<a:dk2>${c(theme.color('navy'))}</a:dk2><a:lt2>${c(theme.color('mist'))}</a:lt2>${accents}` +
    `<a:hlink>${c(theme.color('link'))}</a:hlink><a:folHlink>${c(theme.paletteColor(5))}</a:folHlink></a:clrScheme>`;
  return xml
    .replace(/<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/, scheme)
    .replace(/(<a:majorFont><a:latin typeface=")[^"]*"/, `$1${theme.fonts.heading}"`)
    .replace(/(<a:minorFont><a:latin typeface=")[^"]*"/, `$1${theme.fonts.body}"`)
    .replace(/(<a:theme\b[^>]*\bname=")[^"]*"/, `$1${theme.name.toUpperCase()}"`)
    .replace(/(<a:fontScheme name=")[^"]*"/, `$1${theme.name.toUpperCase()}"`);
}

/** Every text run spell-checks in the deck's language («Tips nynorsk stavekontroll»). */
export function setLanguage(xml: string, lang: Lang): string {
  const tag = LANG_TAG[lang];
  return xml.replace(/ lang="en-US"/g, ` lang="${tag}"`).replace(/ altLang="[^"]*"/g, '').replace(/<c:lang val="en-US"\/>/g, `<c:lang val="${tag.toLowerCase()}"/>`);
}

/**
 * The master's text styles from the theme, so that a slide a person adds in
 * PowerPoint ("Tekst med kulepunkter") has KRD titles and bullets.
 */
export function masterTextStyles(xml: string, theme: Theme): string {
  const color = (v: string) => `<a:solidFill><a:srgbClr val="${v}"/></a:solidFill>`;
  const font = (f: string) => `<a:latin typeface="${f}"/><a:ea typeface="${f}"/><a:cs typeface="${f}"/>`;
  const title = `<p:titleStyle><a:lvl1pPr algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="${theme.sizes.title.max * 100}" b="1" kern="1200">${color(theme.color('heading'))}${font(theme.fonts.heading)}</a:defRPr></a:lvl1pPr></p:titleStyle>`;
  const base = theme.sizes.body.comfortable;
  const chars = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];
  const levels = chars
    .map((ch, i) => {
      const size = base * [1, 0.88, 0.8][Math.min(i, 2)]!;
      const indent = Math.round(size * BULLET_INDENT_EM * EMU_PER_PT);
      const gap = Math.round(size * theme.sizes.paragraphGap * (i ? 0.5 : 1) * 100);
      return `<a:lvl${i + 1}pPr marL="${indent * (i + 1)}" indent="-${indent}" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="${Math.round(theme.sizes.lineSpacing * 100000)}"/></a:lnSpc><a:spcBef><a:spcPts val="${gap}"/></a:spcBef><a:buClr><a:srgbClr val="${theme.paletteColor(0)}"/></a:buClr><a:buFont typeface="Arial"/><a:buChar char="${ch}"/><a:defRPr sz="${Math.round(size * 100)}" kern="1200">${color(theme.color('text'))}${font(theme.fonts.body)}</a:defRPr></a:lvl${i + 1}pPr>`;
    })
    .join('');
  const body = `<p:bodyStyle>${levels}</p:bodyStyle>`;
  return xml.replace(/<p:titleStyle>[\s\S]*?<\/p:titleStyle>/, title).replace(/<p:bodyStyle>[\s\S]*?<\/p:bodyStyle>/, body);
}

/** `footer: false`: hide the master's graphics (footer, wordmark) and the slide number on this slide. */
export function hideFooter(slideXml: string): string {
  return slideXml
    .replace(/<p:sld\b(?![^>]*showMasterSp)/, '<p:sld showMasterSp="0"')
    .replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="sldNum"[\s\S]*?<\/p:sp>/g, '');
}
