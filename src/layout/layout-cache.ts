import type { Diagnostic } from '../errors/diagnostic.js';
import type { Slide } from '../model/types.js';
import type { Theme } from '../theme/theme.js';
import { digest } from '../util/byte-budget.js';
import { LastBuild } from '../util/last-build.js';
import type { Element, PlacedSlide } from './types.js';

/** One slide's layout: its pages, its common directives and the warnings it gave. */
export interface LaidOut {
  pages: { master: PlacedSlide['master']; elements: Element[] }[];
  common: { footer: boolean; background?: string; symbol?: string };
  warnings: Diagnostic[];
}

/** a laid-out slide is its elements' boxes and text: a 6 MB deck's 40 slides are 0.2 MB */
export const LAYOUT_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * What a deck's rebuild can reuse of its last layout (watch mode): each
 * slide's pages, by a digest of the slide's whole model — text, options, notes and
 * source locations, so that a warning it gave is given again at the right
 * line. Only slides whose layout read no file (pictures, CSV answers) and
 * gave no error are kept; the deck's front-matter, network, theme and the
 * lint switch changing empties the cache.
 */
export class LayoutCache {
  private readonly slides = new LastBuild<LaidOut>(LAYOUT_CACHE_BYTES);
  private theme: Theme | undefined;
  private scope = '';
  /** How many slides the latest build took from the cache. */
  reused = 0;

  begin(theme: Theme, scope: string): void {
    this.slides.start(theme !== this.theme || scope !== this.scope);
    this.theme = theme;
    this.scope = scope;
  }

  get(slide: Slide): { key: string; hit?: LaidOut } {
    const key = digest(JSON.stringify(slide));
    return { key, hit: this.slides.get(key) };
  }

  keep(key: string, laidOut: LaidOut): void {
    this.slides.keep(key, laidOut);
  }

  end(): void {
    this.reused = this.slides.hits;
    this.slides.finish();
  }
}
