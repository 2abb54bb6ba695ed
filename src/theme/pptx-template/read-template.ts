import type { Rect } from '../schema.js';
import { relationships, TemplateFault, textPart, type TemplateParts } from './open-package.js';
import { listStyle, mergeLevels, type ColorContext, type StatedLevel } from './text-styles.js';

/**
 * A template's masters and layouts as data: every layout's name, type and
 * placeholders (where they are, in inches, with the text styles they give
 * each level), the masters' text styles, the theme's colours and fonts, the
 * slide size. What samling needs to lay slides out in the template's own
 * boxes and to write slides that inherit from it; the parts themselves are
 * copied into the output unchanged (render/pptx/template-package.ts).
 */

export type PhType = 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'obj' | 'pic' | 'chart' | 'tbl' | 'dgm' | 'media' | 'clipArt' | 'dt' | 'ftr' | 'sldNum' | 'hdr' | 'sldImg';

export interface TemplatePlaceholder {
  type: PhType;
  /** as written (absent: 0) */
  idx?: number;
  box: Rect;
  vertical: boolean;
  anchor: 't' | 'ctr' | 'b';
  /** its text margins, inches (bodyPr lIns, tIns, rIns, bIns: its own, else its master placeholder's, else PowerPoint's 0.1 and 0.05 in) */
  inset: Insets;
  /** the styles its text gets at levels 1–9: master text style, master placeholder, layout placeholder */
  levels: StatedLevel[];
}

export interface Insets {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** DrawingML's default text margins: 91440 EMU left and right, 45720 EMU top and bottom. */
const DEFAULT_INSET: Insets = { l: 0.1, t: 0.05, r: 0.1, b: 0.05 };

export interface TemplateLayout {
  part: string;
  name: string;
  type: string;
  /** a dark layout's own colour map (`p:clrMapOvr`): tx1 → lt1 … ; its placeholders' colours are read through it */
  colorMap?: Record<string, string>;
  /** position of its master in presentation.xml (0 = the first) */
  master: number;
  placeholders: TemplatePlaceholder[];
}

export interface TemplateMaster {
  part: string;
  theme: string;
  colors: ColorContext;
  placeholders: TemplatePlaceholder[];
  layouts: string[];
}

export interface TemplateModel {
  /** EMU, as presentation.xml states it */
  size: { cx: number; cy: number };
  masters: TemplateMaster[];
  layouts: TemplateLayout[];
  fonts: { heading: string; body: string };
  /** the first master's theme: dk1 … folHlink */
  scheme: Record<string, string>;
  /** the default table style's GUID, when the template has a table styles part */
  tableStyle?: string;
}

/** A title placeholder: the slide title's, or the title slide's centred one. */
export const isTitle = (p: TemplatePlaceholder) => p.type === 'title' || p.type === 'ctrTitle';

const EMU = 914400;
const SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

export function readTemplate(parts: TemplateParts): TemplateModel {
  const pres = textPart(parts, 'ppt/presentation.xml', { kind: 'package' });
  const sz = /<p:sldSz\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(pres);
  const size = sz ? { cx: Number(sz[1]), cy: Number(sz[2]) } : { cx: 9144000, cy: 6858000 };
  const presRels = relationships(parts, 'ppt/presentation.xml');
  const masterParts = [...pres.matchAll(/<p:sldMasterId\b[^>]*\br:id="([^"]*)"/g)].map((m) => presRels.get(m[1]!)?.target).filter((t): t is string => !!t);
  if (!masterParts.length) throw new TemplateFault({ kind: 'no-master' });
  const masters: TemplateMaster[] = [];
  const layouts: TemplateLayout[] = [];
  masterParts.forEach((part, mi) => {
    const xml = textPart(parts, part, { kind: 'presentation' });
    const rels = relationships(parts, part);
    const themePart = [...rels.values()].find((r) => r.type === 'theme')?.target;
    if (!themePart) throw new TemplateFault({ kind: 'master-no-theme', n: mi + 1 });
    const themeXml = textPart(parts, themePart, { kind: 'master', n: mi + 1 });
    const clrMap = /<p:clrMap\b([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const map = Object.fromEntries([...clrMap.matchAll(/(\w+)="(\w+)"/g)].map((m) => [m[1]!, m[2]!]));
    const colors: ColorContext = { scheme: schemeOf(themeXml), map: { tx1: 'dk1', tx2: 'dk2', bg1: 'lt1', bg2: 'lt2', ...map } };
    const { styles, ph } = masterStyles(xml, colors);
    const layoutParts = [...xml.matchAll(/<p:sldLayoutId\b[^>]*\br:id="([^"]*)"/g)].map((m) => rels.get(m[1]!)?.target).filter((t): t is string => !!t);
    masters.push({ part, theme: themePart, colors, placeholders: ph, layouts: layoutParts });
    for (const lp of layoutParts) {
      const lx = textPart(parts, lp, { kind: 'master', n: mi + 1 });
      const name = decode(/<p:cSld\b[^>]*\bname="([^"]*)"/.exec(lx)?.[1] ?? lp.split('/').pop()!.replace(/\.xml$/, ''));
      const type = /<p:sldLayout\b[^>]*\btype="([^"]*)"/.exec(lx)?.[1] ?? 'cust';
      // a layout with its own colour map shows the master's styles through it (a dark layout: light text)
      const override = /<a:overrideClrMapping\b([^>]*)\/>/.exec(lx)?.[1];
      const colorMap = override ? Object.fromEntries([...override.matchAll(/(\w+)="(\w+)"/g)].map((m) => [m[1]!, m[2]!])) : undefined;
      const layoutColors = colorMap ? { scheme: colors.scheme, map: { ...colors.map, ...colorMap } } : colors;
      const seen = colorMap ? masterStyles(xml, layoutColors) : { styles, ph };
      const placeholders = shapesOf(lx)
        .map((s) => placeholderOf(s, seen.ph, layoutColors))
        .filter((p): p is Omitted => !!p)
        .map(({ raw, inherit, ...p }) => ({ ...p, levels: mergeLevels(inherit ?? styleFor(p.type, seen.styles), raw) }));
      layouts.push({ part: lp, name, type, master: mi, placeholders, ...(colorMap ? { colorMap } : {}) });
    }
  });
  const first = masters[0]!;
  const themeXml = textPart(parts, first.theme, { kind: 'master', n: 1 });
  const fonts = {
    heading: /<a:majorFont>\s*<a:latin typeface="([^"]*)"/.exec(themeXml)?.[1] || 'Calibri Light',
    body: /<a:minorFont>\s*<a:latin typeface="([^"]*)"/.exec(themeXml)?.[1] || 'Calibri',
  };
  const styles = parts.get('ppt/tableStyles.xml');
  const tableStyle = typeof styles === 'string' ? /<a:tblStyleLst\b[^>]*\bdef="(\{[0-9A-Fa-f-]+\})"/.exec(styles)?.[1] : undefined;
  return { size, masters, layouts, fonts, scheme: first.colors.scheme, tableStyle };
}

/** A master's text styles and placeholders, their colours read through `colors`. */
function masterStyles(xml: string, colors: ColorContext) {
  const styles = {
    title: listStyle(/<p:titleStyle>([\s\S]*?)<\/p:titleStyle>/.exec(xml)?.[1], colors),
    body: listStyle(/<p:bodyStyle>([\s\S]*?)<\/p:bodyStyle>/.exec(xml)?.[1], colors),
    other: listStyle(/<p:otherStyle>([\s\S]*?)<\/p:otherStyle>/.exec(xml)?.[1], colors),
  };
  const own = shapesOf(xml).map((s) => placeholderOf(s, undefined, colors));
  const ph: TemplatePlaceholder[] = own.filter((p): p is Omitted => !!p).map(({ raw, ...p }) => ({ ...p, levels: mergeLevels(styleFor(p.type, styles), raw) }));
  return { styles, ph };
}

type Omitted = Omit<TemplatePlaceholder, 'levels'> & { raw: StatedLevel[]; inherit?: StatedLevel[] };

function styleFor(type: PhType, styles: { title: StatedLevel[]; body: StatedLevel[]; other: StatedLevel[] }): StatedLevel[] {
  if (type === 'title' || type === 'ctrTitle') return styles.title;
  if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') return styles.other;
  return styles.body;
}

function schemeOf(themeXml: string): Record<string, string> {
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0] ?? '';
  const out: Record<string, string> = {};
  for (const slot of SLOTS) {
    const inner = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(scheme)?.[1] ?? '';
    const hex = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ?? /<a:sysClr\b[^>]*\blastClr="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ?? (/val="window"/.test(inner) ? 'FFFFFF' : /val="windowText"/.test(inner) ? '000000' : undefined);
    out[slot] = (hex ?? (slot.startsWith('dk') ? '000000' : slot.startsWith('lt') ? 'FFFFFF' : '808080')).toUpperCase();
  }
  return out;
}

/** The top-level shapes of a part's shape tree (groups are not placeholders). */
function shapesOf(xml: string): string[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!);
}

/** A placeholder shape: its type, index, box (its own, or the master's of the same type), anchor and stated levels. */
function placeholderOf(shape: string, master: TemplatePlaceholder[] | undefined, colors: ColorContext): Omitted | undefined {
  const ph = /<p:ph\b([^>]*)\/?>/.exec(shape);
  if (!ph) return undefined;
  const type = (/\btype="([^"]*)"/.exec(ph[1]!)?.[1] ?? 'obj') as PhType;
  const idxText = /\bidx="(\d+)"/.exec(ph[1]!)?.[1];
  const idx = idxText === undefined ? undefined : Number(idxText);
  const from = master ? inheritFrom(master, type, idx) : undefined;
  const off = /<a:xfrm\b[^>]*>\s*<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape);
  const box = off ? { x: Number(off[1]) / EMU, y: Number(off[2]) / EMU, w: Number(off[3]) / EMU, h: Number(off[4]) / EMU } : from?.box;
  if (!box) return undefined;
  const bodyPr = /<a:bodyPr\b([^>]*)/.exec(shape)?.[1] ?? '';
  const anchorText = /\banchor="(t|ctr|b)"/.exec(bodyPr)?.[1] as 't' | 'ctr' | 'b' | undefined;
  const anchor = anchorText ?? from?.anchor ?? (type === 'title' || type === 'ctrTitle' ? 'ctr' : 't');
  const vertical = /\borient="vert"/.test(ph[1]!) || /\bvert="(vert|vert270|eaVert|wordArtVert)"/.test(bodyPr) || !!from?.vertical;
  const raw = listStyle(/<a:lstStyle>([\s\S]*?)<\/a:lstStyle>/.exec(shape)?.[1], colors);
  const margin = (side: keyof Insets) => {
    const v = new RegExp(`\\b${side}Ins="(\\d+)"`).exec(bodyPr)?.[1];
    return v !== undefined ? Number(v) / EMU : (from?.inset ?? DEFAULT_INSET)[side];
  };
  const inset = { l: margin('l'), t: margin('t'), r: margin('r'), b: margin('b') };
  return { type, idx, box, vertical, anchor, inset, raw, inherit: from?.levels };
}

/** The master placeholder a layout's placeholder takes its place and style from (by type; a content placeholder from the body). */
function inheritFrom(master: TemplatePlaceholder[], type: PhType, idx: number | undefined): TemplatePlaceholder | undefined {
  const kind = type === 'ctrTitle' ? 'title' : ['subTitle', 'obj', 'pic', 'chart', 'tbl', 'dgm', 'media', 'clipArt'].includes(type) ? 'body' : type;
  return master.find((m) => m.type === kind) ?? (idx !== undefined ? master.find((m) => m.idx === idx) : undefined);
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
