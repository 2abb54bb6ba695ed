/**
 * A network map with more networks than one slide holds continues on the next
 * slides, split between themes: a facilitator's map of a whole pulje (the
 * `nettverkskart` partial) cannot be split by hand inside a shared partial.
 */
import type { Network } from './network-map-read.js';

/**
 * The networks in slides: all on one when they fit; else whole themes (in the
 * order they first appear), as many to a slide as fit; a theme that fits no
 * slide alone is shared evenly between as few slides as it needs. A network
 * that does not fit even alone gets a slide of its own (its layout reports it).
 */
export function splitByTheme(networks: Network[], fits: (networks: Network[]) => boolean): Network[][] {
  if (fits(networks)) return [networks];
  const themes = new Map<string, Network[]>();
  for (const n of networks) themes.set(n.theme, [...(themes.get(n.theme) ?? []), n]);
  const pages: Network[][] = [];
  for (const theme of themes.values()) {
    const last = pages[pages.length - 1];
    if (last && fits([...last, ...theme])) pages[pages.length - 1] = [...last, ...theme];
    else if (fits(theme)) pages.push(theme);
    else pages.push(...shareEvenly(theme, fits));
  }
  return pages;
}

/** 11 networks where 8 fit: 6 + 5, not 8 + 3. */
function shareEvenly(networks: Network[], fits: (networks: Network[]) => boolean): Network[][] {
  for (let count = 2; count < networks.length; count++) {
    const parts = Array.from({ length: count }, (_, i) => networks.slice(Math.round((i * networks.length) / count), Math.round(((i + 1) * networks.length) / count)));
    if (parts.every(fits)) return parts;
  }
  return networks.map((n) => [n]);
}
