import type { Lang } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';

const LANG_TAG: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

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

/** `footer: false`: hide the master's graphics (footer, wordmark) and the slide number on this slide. */
export function hideFooter(slideXml: string): string {
  return slideXml
    .replace(/<p:sld\b(?![^>]*showMasterSp)/, '<p:sld showMasterSp="0"')
    .replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="sldNum"[\s\S]*?<\/p:sp>/g, '');
}
