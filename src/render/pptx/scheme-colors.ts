import { fromHsl, hexOf, rgbOf, toHsl, type RGB } from '../../theme/color.js';
import type { Theme } from '../../theme/theme.js';

/**
 * Theme colours as the package's scheme colours, so that a deck re-themed in
 * PowerPoint (Design → Variants → Colors) recolours what samling drew. The
 * one place that knows which theme.yaml colour is which scheme slot; the theme
 * part (package-theme.ts), the master and layouts, slides, tables and charts
 * all write colours through here.
 *
 * Slots: colors.text → dk1 (tx1), colors.navy → dk2 (tx2), colors.paper →
 * lt1 (bg1), colors.mist → lt2 (bg2), palette[i] → accent{i+1}, colors.link →
 * hlink. Any other theme colour (muted, rule, onDarkMuted, a blend the
 * components grade) is a slot with PowerPoint's luminance modulation
 * (`lumMod`/`lumOff`, the "Lighter 40 %" / "Darker 25 %" of the colour
 * picker) when one lands within a few steps of it; otherwise there is none
 * and the caller writes the literal colour (a counted exception).
 */
export interface SchemeColor {
  /** the scheme slot as a slide writes it: tx1, tx2, bg1, bg2, accent1…6, hlink */
  scheme: string;
  /** luminance × lumMod/100 000 + lumOff/100 000 (HSL), as PowerPoint's tints and shades */
  lumMod?: number;
  lumOff?: number;
}

/** The slots in the order a colour is looked up: text colours before accents of the same value. */
export function schemeSlots(theme: Theme): { scheme: string; slot: string; hex: string }[] {
  const c = (role: string) => theme.color(role).toUpperCase();
  return [
    { scheme: 'tx1', slot: 'dk1', hex: c('text') },
    { scheme: 'tx2', slot: 'dk2', hex: c('navy') },
    { scheme: 'bg1', slot: 'lt1', hex: c('paper') },
    { scheme: 'bg2', slot: 'lt2', hex: c('mist') },
    ...theme.data.palette.map((hex, i) => ({ scheme: `accent${i + 1}`, slot: `accent${i + 1}`, hex: hex.toUpperCase() })),
    { scheme: 'hlink', slot: 'hlink', hex: c('link') },
    { scheme: 'folHlink', slot: 'folHlink', hex: theme.paletteColor(5).toUpperCase() },
  ];
}

/** Largest distance (0–255, per channel) between a colour and its scheme stand-in. */
const TOLERANCE = 6;

const cache = new WeakMap<Theme, Map<string, SchemeColor | undefined>>();

/** The scheme colour for a hex value of the theme, or undefined when none is close enough. */
export function schemeColor(theme: Theme, hex: string): SchemeColor | undefined {
  const key = hex.toUpperCase();
  let memo = cache.get(theme);
  if (!memo) cache.set(theme, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  const found = lookUp(theme, key);
  memo.set(key, found);
  return found;
}

function lookUp(theme: Theme, hex: string): SchemeColor | undefined {
  const slots = schemeSlots(theme).filter((s) => s.scheme !== 'folHlink');
  const exact = slots.find((s) => s.hex === hex);
  if (exact) return { scheme: exact.scheme };
  const target = rgb(hex);
  let best: { c: SchemeColor; d: number } | undefined;
  for (const s of slots) {
    const [h, sat, l] = toHsl(rgb(s.hex));
    const [, , tl] = toHsl(target);
    // a tint (towards white) keeps lumOff = 1 − lumMod; a shade has no lumOff
    const candidates: SchemeColor[] = [];
    if (tl > l && l < 1) {
      const mod = Math.round(((1 - tl) / (1 - l)) * 100) * 1000;
      candidates.push({ scheme: s.scheme, lumMod: mod, lumOff: 100000 - mod });
    }
    if (tl < l && l > 0) candidates.push({ scheme: s.scheme, lumMod: Math.round((tl / l) * 100) * 1000 });
    for (const c of candidates) {
      const d = distance(fromHsl(h, sat, apply(l, c)), target);
      if (d <= TOLERANCE && (!best || d < best.d)) best = { c, d };
    }
  }
  return best?.c;
}

/** `<a:schemeClr>` for a scheme colour; `inner` (an alpha, say) goes after the modulation. */
export function schemeClrXml(c: SchemeColor, inner = ''): string {
  const mods = (c.lumMod !== undefined ? `<a:lumMod val="${c.lumMod}"/>` : '') + (c.lumOff ? `<a:lumOff val="${c.lumOff}"/>` : '');
  return mods || inner ? `<a:schemeClr val="${c.scheme}">${mods}${inner}</a:schemeClr>` : `<a:schemeClr val="${c.scheme}"/>`;
}

/** A colour element for a hex value: the scheme colour when there is one, else the literal. */
export function colorXml(theme: Theme, hex: string, inner = ''): string {
  const c = schemeColor(theme, hex);
  if (c) return schemeClrXml(c, inner);
  return inner ? `<a:srgbClr val="${hex.toUpperCase()}">${inner}</a:srgbClr>` : `<a:srgbClr val="${hex.toUpperCase()}"/>`;
}

/**
 * Every literal `a:srgbClr` in a part that is a theme colour becomes its
 * scheme colour (children such as `a:alpha` are kept). For parts written by
 * pptxgenjs, which knows only hex values.
 */
export function toSchemeColors(xml: string, theme: Theme): string {
  return xml.replace(/<a:srgbClr val="([0-9A-Fa-f]{6})"\s*(?:\/>|>([\s\S]*?)<\/a:srgbClr>)/g, (m, hex: string, inner: string | undefined) => {
    const c = schemeColor(theme, hex);
    return c ? schemeClrXml(c, inner ?? '') : m;
  });
}

/**
 * tx1, tx2, bg1 and bg2 name a colour through the colour map, which a dark
 * layout overrides (text light, background dark: `colorMapXml`). What a dark
 * layout or a slide on one draws in a fixed theme colour names the theme's
 * slot itself (dk1, dk2, lt1, lt2), which no map changes.
 */
export const ABSOLUTE: Record<string, string> = { tx1: 'dk1', tx2: 'dk2', bg1: 'lt1', bg2: 'lt2' };
export function absoluteSchemeColors(xml: string): string {
  return xml.replace(/<a:schemeClr val="(tx1|tx2|bg1|bg2)"/g, (_m, v: string) => `<a:schemeClr val="${ABSOLUTE[v]}"`);
}

/** A layout's colour map: the master's, or a dark layout's own (light text on its dark background). */
export function colorMapXml(map: ColorMap | undefined): string {
  if (!map) return '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>';
  const accents = [1, 2, 3, 4, 5, 6].map((i) => ` accent${i}="accent${i}"`).join('');
  return `<p:clrMapOvr><a:overrideClrMapping bg1="${map.bg1}" tx1="${map.tx1}" bg2="${map.bg2}" tx2="${map.tx2}"${accents} hlink="hlink" folHlink="folHlink"/></p:clrMapOvr>`;
}

/** Which theme slot tx1, tx2, bg1 and bg2 mean on a layout. */
export interface ColorMap {
  /** a theme slot: dk1, lt1, dk2, lt2 (or an accent) */
  bg1: string;
  tx1: string;
  bg2: string;
  tx2: string;
}

/** A theme colour as it shows through a colour map: the master's navy title (tx2) is white where tx2 maps to lt1. */
export function throughMap(theme: Theme, hex: string, map: ColorMap | undefined): string {
  const c = map && schemeColor(theme, hex);
  if (!c || !(c.scheme in map)) return hex;
  const slot = map[c.scheme as keyof ColorMap];
  // the scheme name that means `slot` under the master's map (tx1 ↔ dk1 …)
  const scheme = Object.keys(ABSOLUTE).find((k) => ABSOLUTE[k] === slot) ?? slot;
  return resolveScheme(theme, { ...c, scheme });
}

/** A scheme colour's value in a theme, as RRGGBB (for contrast checks and tests). */
export function resolveScheme(theme: Theme, c: SchemeColor): string {
  const base = schemeSlots(theme).find((s) => s.scheme === c.scheme);
  if (!base) throw new Error(`internal: no scheme colour ${c.scheme}`);
  if (c.lumMod === undefined && !c.lumOff) return base.hex;
  const [h, s, l] = toHsl(rgb(base.hex));
  return hexOf(fromHsl(h, s, apply(l, c)));
}

const apply = (l: number, c: SchemeColor) => Math.min(1, Math.max(0, (l * (c.lumMod ?? 100000)) / 100000 + (c.lumOff ?? 0) / 100000));

const rgb = rgbOf;
const distance = (a: RGB, b: RGB) => Math.max(...a.map((v, k) => Math.abs(Math.round(v) - b[k]!)));
