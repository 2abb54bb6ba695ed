import { fromHsl, hexOf, rgbOf, toHsl } from '../color.js';

/**
 * Reading DrawingML text styles and colours out of a template's master,
 * layouts and theme: a level's size, weight, colour, bullet, indents and
 * spacing, resolved through the master's colour map and the theme's scheme
 * to the hex values the layout stage works in.
 */

/** One level of a list style, as far as the XML states it (points; EMU for indents). */
export interface StatedLevel {
  size?: number;
  bold?: boolean;
  color?: string;
  bullet?: string | false;
  marL?: number;
  indent?: number;
  spaceBefore?: number;
  /** points per point of size, for spcPct space before */
  spaceBeforePct?: number;
  lineSpacing?: number;
  align?: 'l' | 'ctr' | 'r';
  font?: 'heading' | 'body';
  typeface?: string;
  /** `cap="all"` or `"small"`: drawn in capitals (true), `cap="none"` (false) */
  caps?: boolean;
}

export interface ColorContext {
  /** theme slots: dk1 … folHlink → RRGGBB */
  scheme: Record<string, string>;
  /** the master's colour map: tx1 → dk1 … */
  map: Record<string, string>;
}

/** `<a:lvl1pPr>` … `<a:lvl9pPr>` of a list style (titleStyle, bodyStyle, lstStyle) → levels 0–8. */
export function listStyle(xml: string | undefined, colors: ColorContext): StatedLevel[] {
  const out: StatedLevel[] = [];
  if (!xml) return out;
  for (const m of xml.matchAll(/<a:lvl([1-9])pPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:lvl\1pPr>)/g)) out[Number(m[1]) - 1] = level(m[2]!, m[3] ?? '', colors);
  return out;
}

function level(attrs: string, inner: string, colors: ColorContext): StatedLevel {
  const s: StatedLevel = {};
  const a = (name: string, from = attrs) => new RegExp(`\\b${name}="([^"]*)"`).exec(from)?.[1];
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  if (a('marL') !== undefined) s.marL = num(a('marL'));
  if (a('indent') !== undefined) s.indent = num(a('indent'));
  const algn = a('algn');
  if (algn === 'l' || algn === 'ctr' || algn === 'r') s.align = algn;
  else if (algn === 'just' || algn === 'dist') s.align = 'l';
  const lnPct = /<a:lnSpc><a:spcPct val="(\d+)"/.exec(inner)?.[1];
  if (lnPct) s.lineSpacing = Number(lnPct) / 100000;
  const before = /<a:spcBef>([\s\S]*?)<\/a:spcBef>/.exec(inner)?.[1];
  if (before) {
    const pts = /<a:spcPts val="(\d+)"/.exec(before)?.[1];
    const pct = /<a:spcPct val="(\d+)"/.exec(before)?.[1];
    if (pts !== undefined) s.spaceBefore = Number(pts) / 100;
    else if (pct !== undefined) s.spaceBeforePct = Number(pct) / 100000;
  }
  if (/<a:buNone\/>/.test(inner)) s.bullet = false;
  const ch = /<a:buChar\b[^>]*\bchar="([^"]*)"/.exec(inner)?.[1];
  if (ch !== undefined) s.bullet = decodeXml(ch);
  else if (/<a:buAutoNum\b/.test(inner)) s.bullet = '1.';
  const def = /<a:defRPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:defRPr>)/.exec(inner);
  if (def) {
    const sz = a('sz', def[1]!);
    if (sz !== undefined) s.size = Number(sz) / 100;
    const b = a('b', def[1]!);
    if (b !== undefined) s.bold = b === '1' || b === 'true';
    const cap = a('cap', def[1]!);
    if (cap !== undefined) s.caps = cap !== 'none';
    const fill = /^\s*<a:solidFill>([\s\S]*?)<\/a:solidFill>/.exec(def[2] ?? '')?.[1] ?? /<a:solidFill>([\s\S]*?)<\/a:solidFill>/.exec(def[2] ?? '')?.[1];
    const color = fill ? colorOf(fill, colors) : undefined;
    if (color) s.color = color;
    const face = /<a:latin typeface="([^"]*)"/.exec(def[2] ?? '')?.[1];
    if (face !== undefined) {
      s.typeface = face;
      if (face.startsWith('+mj')) s.font = 'heading';
      else if (face.startsWith('+mn')) s.font = 'body';
    }
  }
  return s;
}

/** A colour element's value (schemeClr, srgbClr, sysClr, prstClr for black and white) with its lum/tint/shade modifiers applied. */
export function colorOf(xml: string, colors: ColorContext): string | undefined {
  const m = /<a:(schemeClr|srgbClr|sysClr|prstClr)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:\1>)/.exec(xml);
  if (!m) return undefined;
  const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[2]!)?.[1];
  let hex: string | undefined;
  if (m[1] === 'srgbClr') hex = attr('val');
  else if (m[1] === 'sysClr') hex = attr('lastClr') ?? (attr('val') === 'window' ? 'FFFFFF' : '000000');
  else if (m[1] === 'prstClr') hex = attr('val') === 'white' ? 'FFFFFF' : attr('val') === 'black' ? '000000' : undefined;
  else {
    const v = attr('val') ?? '';
    hex = colors.scheme[colors.map[v] ?? v];
  }
  if (!hex || !/^[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  return modify(hex.toUpperCase(), m[3] ?? '');
}

/** lumMod/lumOff (HSL luminance), tint (towards white) and shade (towards black), as PowerPoint applies them. */
function modify(hex: string, mods: string): string {
  const [h, s, l] = toHsl(rgbOf(hex));
  let rgb = rgbOf(hex);
  const val = (name: string) => {
    const v = new RegExp(`<a:${name} val="(\\d+)"`).exec(mods)?.[1];
    return v === undefined ? undefined : Number(v) / 100000;
  };
  const lumMod = val('lumMod');
  const lumOff = val('lumOff');
  if (lumMod !== undefined || lumOff !== undefined) {
    rgb = fromHsl(h, s, Math.min(1, Math.max(0, l * (lumMod ?? 1) + (lumOff ?? 0))));
  }
  const tint = val('tint');
  if (tint !== undefined) rgb = rgb.map((c) => c + (255 - c) * (1 - tint)) as typeof rgb;
  const shade = val('shade');
  if (shade !== undefined) rgb = rgb.map((c) => c * shade) as typeof rgb;
  return hexOf(rgb);
}

function decodeXml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/** Merge stated levels: later ones win where they state something. */
export function mergeLevels(...lists: StatedLevel[][]): StatedLevel[] {
  const out: StatedLevel[] = [];
  for (const list of lists) list.forEach((l, i) => (out[i] = { ...out[i], ...stripUndefined(l) }));
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
