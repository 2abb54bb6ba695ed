import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../model/types.js';
import { packageRoot } from '../../util/package-root.js';
import type { PackageParts } from './slide-parts.js';

/** The deck's language as Office tags it (runs, core properties). */
export const LANG_TAG: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * The package's own description of itself: pptxgenjs writes PowerPoint's
 * (Application "Microsoft Office PowerPoint", theme "Office Theme", titles
 * "Slide 1…N", a notes page for every slide). These say what is there.
 */

/** PowerPoint's notes page (7.5 × 10 in), whatever the slide size; pptxgenjs turns the slide on its side. */
const NOTES_SIZE = '<p:notesSz cx="6858000" cy="9144000"/>';

/**
 * A slide size in EMU: PowerPoint's sizes are whole points (Widescreen is
 * 960 × 540 pt = 12 192 000 × 6 858 000 EMU), and a theme gives inches to
 * three decimals (13.333): a size within 0.05 pt of a whole point is that point.
 */
export function slideInches(inches: number): number {
  const pt = inches * 72;
  return Math.abs(pt - Math.round(pt)) < 0.05 ? Math.round(pt) / 72 : inches;
}

export function presentationPart(xml: string): string {
  return xml.replace(/<p:notesSz [^>]*\/>/, NOTES_SIZE);
}

/** core.xml: the deck's language (spell-checking and search read it). */
export function coreLanguage(xml: string, lang: Lang): string {
  const tag = `<dc:language>${LANG_TAG[lang]}</dc:language>`;
  return xml.includes('<dc:language>') ? xml.replace(/<dc:language>[^<]*<\/dc:language>/, tag) : xml.replace('</cp:coreProperties>', `${tag}</cp:coreProperties>`);
}

/**
 * The master's and layouts' slide-number fields show PowerPoint's «‹#›»
 * until a slide fills them in; pptxgenjs writes the text "null" into the
 * master's.
 */
export function slideNumberFields(xml: string): string {
  return xml.replace(/(<a:fld [^>]*type="slidenum"[^>]*>(?:(?!<\/a:fld>)[\s\S])*?<a:t>)null(<\/a:t>)/g, '$1‹#›$2');
}

export interface AppProps {
  lang: Lang;
  /** already escaped for XML */
  company: string;
  /** which slides have speaker notes, in slide order */
  notes: boolean[];
}

/**
 * docProps/app.xml from the finished package: samling and its version, the
 * fonts and theme used, each slide's title, and counts of what is there.
 */
export function appPart(parts: PackageParts, props: AppProps): string {
  const slides = slideXml(parts);
  const theme = (parts.get('ppt/theme/theme1.xml') as string | undefined) ?? '';
  const themeName = /<a:theme\b[^>]*\bname="([^"]*)"/.exec(theme)?.[1] ?? '';
  const fonts = fontsUsed(theme, slides);
  const titles = slides.map((xml, i) => slideTitle(xml) || `${props.lang === 'en' ? 'Slide' : 'Lysbilde'} ${i + 1}`);
  const texts = slides.flatMap(paragraphTexts);
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec((parts.get('ppt/presentation.xml') as string | undefined) ?? '');
  const format = size?.[1] === '12192000' && size[2] === '6858000' ? 'Widescreen' : size?.[1] === '9144000' && size[2] === '6858000' ? 'On-screen Show (4:3)' : 'Custom';
  const lpstr = (s: string) => `<vt:lpstr>${s}</vt:lpstr>`;
  const pair = (name: string, n: number) => `<vt:variant>${lpstr(name)}</vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
  const parts_ = [...fonts, themeName, ...titles];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<TotalTime>0</TotalTime><Words>${words}</Words><Application>samling ${version()}</Application><PresentationFormat>${format}</PresentationFormat>` +
    `<Paragraphs>${texts.length}</Paragraphs><Slides>${slides.length}</Slides><Notes>${props.notes.filter(Boolean).length}</Notes>` +
    `<HiddenSlides>${slides.filter((s) => /<p:sld\b[^>]*\sshow="(?:0|false)"/.test(s)).length}</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="6" baseType="variant">${pair('Fonts Used', fonts.length)}${pair('Theme', 1)}${pair('Slide Titles', titles.length)}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${parts_.length}" baseType="lpstr">${parts_.map(lpstr).join('')}</vt:vector></TitlesOfParts>` +
    `<Company>${props.company}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
    '</Properties>'
  );
}

function slideXml(parts: PackageParts): string[] {
  const out: string[] = [];
  for (let n = 1; parts.has(`ppt/slides/slide${n}.xml`); n++) out.push(parts.get(`ppt/slides/slide${n}.xml`) as string);
  return out;
}

/** The text of the slide's title placeholder (as escaped in the XML), its lines joined by spaces. */
export function slideTitle(xml: string): string {
  for (const sp of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
    const nv = sp[1]!.slice(0, Math.max(0, sp[1]!.indexOf('</p:nvSpPr>')));
    if (!/<p:ph\b[^>]*type="(?:title|ctrTitle)"/.test(nv)) continue;
    return paragraphTexts(sp[1]!).join(' ').replace(/\s+/g, ' ').trim();
  }
  return '';
}

/** Each paragraph's text that has any. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\b/g)].map((t) => t[1] ?? ' ').join(''))
    .filter((t) => t.trim());
}

/** The theme's fonts and any other typeface the slides name, as PowerPoint lists them. */
function fontsUsed(theme: string, slides: string[]): string[] {
  const fonts = new Set<string>();
  for (const m of theme.matchAll(/<a:(?:majorFont|minorFont)><a:latin typeface="([^"]+)"/g)) fonts.add(m[1]!);
  for (const xml of slides) for (const m of xml.matchAll(/<a:latin typeface="([^"+][^"]*)"/g)) fonts.add(m[1]!);
  return [...fonts];
}

let cachedVersion: string | undefined;
function version(): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}
