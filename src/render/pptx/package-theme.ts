import type { Lang } from '../../model/types.js';

const LANG_TAG: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

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
