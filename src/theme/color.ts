/**
 * Colour arithmetic in HSL, the way PowerPoint's scheme colours vary
 * (`lumMod`/`lumOff` change the luminance and keep hue and saturation). A
 * colour a component derives from a theme colour with `withLuminance` is
 * therefore a scheme colour of the package (render/pptx/scheme-colors.ts)
 * and follows a re-themed deck.
 */
export type RGB = [number, number, number];

export const rgbOf = (hex: string): RGB => [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16)) as RGB;
export const hexOf = (c: RGB) => c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('').toUpperCase();

export function toHsl([r, g, b]: RGB): RGB {
  const [x, y, z] = [r / 255, g / 255, b / 255];
  const max = Math.max(x, y, z);
  const min = Math.min(x, y, z);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === x ? (y - z) / d + (y < z ? 6 : 0) : max === y ? (z - x) / d + 2 : (x - y) / d + 4;
  return [h / 6, s, l];
}

export function fromHsl(h: number, s: number, l: number): RGB {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [f(h + 1 / 3) * 255, f(h) * 255, f(h - 1 / 3) * 255];
}

/** HSL luminance of a colour (0–1). */
export const luminanceOf = (hex: string) => toHsl(rgbOf(hex))[2];

/** The colour with hue and saturation kept and HSL luminance `l` (0–1): a tint or shade of it. */
export function withLuminance(hex: string, l: number): string {
  const [h, s] = toHsl(rgbOf(hex));
  return hexOf(fromHsl(h, s, Math.min(1, Math.max(0, l))));
}
