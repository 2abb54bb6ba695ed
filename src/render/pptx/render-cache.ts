import { createHash } from 'node:crypto';
import type { PlacedSlide } from '../../layout/types.js';
import { LastBuild } from '../../util/last-build.js';
import { SameText } from '../../util/same-text.js';
import type { PackageParts, SlideParts } from './slide-parts.js';

/** a slide's parts: its XML, notes, charts with workbooks, and pictures (a 6 MB deck's notes make 13 MB) */
export const RENDER_SLIDE_BYTES = 64 * 1024 * 1024;
/** the package's own parts (masters, layouts, theme: about 1 MB; more with a template) */
export const MENDED_PART_BYTES = 16 * 1024 * 1024;

/**
 * What one deck's rebuild can reuse from the build before (watch mode): the
 * finished parts of every slide, by what the slide draws, and the mended
 * package parts by what pptxgenjs wrote. A save usually changes one slide;
 * the other slides then skip pptxgenjs and post-processing altogether.
 *
 * Kept per deck by its owner (the watcher). Entries not used by the latest
 * build are dropped, and each part is bounded by bytes (the package around
 * the slides is one value: the parts of one package).
 */
export class RenderCache {
  private readonly slides = new LastBuild<SlideParts>(RENDER_SLIDE_BYTES);
  private mended = new SameText<string>(MENDED_PART_BYTES);
  private around: { key: string; parts: PackageParts } | undefined;
  private theme: object | undefined;
  private variant = '';
  /** How many slides pptxgenjs drew in the latest build (the rest were reused). */
  drawn = 0;

  /**
   * Start a build. Slide parts depend on the theme (layout numbers, colours),
   * the language (every run is tagged) and the deck's date (chart workbooks):
   * when one of them differs, nothing is reused. A theme edited in watch mode
   * is loaded again as a new object.
   */
  begin(theme: object, variant: string): void {
    const forget = theme !== this.theme || variant !== this.variant;
    if (forget) {
      this.mended = new SameText<string>(MENDED_PART_BYTES);
      this.around = undefined;
      this.theme = theme;
      this.variant = variant;
    }
    this.slides.start(forget);
  }

  slide(key: string): SlideParts | undefined {
    return this.slides.get(key);
  }

  keep(key: string, parts: SlideParts): void {
    this.slides.keep(key, parts);
  }

  /** The mended parts around the slides, when `key` (the package's properties and slide count) is the same. */
  package(key: string): PackageParts | undefined {
    return this.around?.key === key ? this.around.parts : undefined;
  }

  keepPackage(key: string, parts: PackageParts): void {
    this.around = { key, parts };
  }

  /** A package part mended the same way as last time, when pptxgenjs wrote the same text. */
  mend(name: string, raw: string, fix: (xml: string) => string): string {
    return this.mended.get(name, raw, () => fix(raw));
  }

  end(drawn: number): void {
    this.drawn = drawn;
    this.slides.finish();
  }
}

/**
 * What makes a slide's parts: everything the layout placed except its
 * position in the deck and its source location (both change when a slide is
 * added above it, and neither reaches the slide's XML unrenumbered). A
 * picture is in it by the hash of its bytes.
 */
export function slideKey(placed: PlacedSlide): string {
  const { master, elements, notes, footer, background, symbol } = placed;
  return createHash('sha1').update(JSON.stringify([master, elements, notes, footer, background, symbol])).digest('base64');
}
