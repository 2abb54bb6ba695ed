import type { ZodType } from 'zod';
import type { Problems } from '../errors/diagnostic.js';
import type { Deck, Run, Slide, SourceLoc } from '../model/types.js';
import type { TextMeasurer } from '../text/measure.js';
import type { MasterKey } from '../theme/schema.js';
import type { Theme } from '../theme/theme.js';

/** A rectangle on the slide, in inches from the top left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** how the template's placeholder drawn in this box sets text that samling leaves to it: the fit measures with it */
  frame?: TextFrame;
}

/**
 * What an organisation's placeholder says about its text that changes how much
 * fits: its own margins (samling writes none into a placeholder, so the
 * template's stand) and capitals (`cap="all"`, as PowerPoint's section header
 * titles). samling's own boxes have none: INSET on every side, text as written.
 */
export interface TextFrame {
  /** inches on samling's page */
  inset: { l: number; t: number; r: number; b: number };
  caps?: boolean;
}

/** A paragraph ready to draw: runs plus how the paragraph is set. */
export interface TextPara {
  runs: Run[];
  /** `bullet` for •/– by level, a number for "1." lists, `false` for none */
  bullet?: false | 'bullet' | { number: number };
  /** 0-based list level */
  level?: number;
  /** size relative to the element's size (1 = the same); list levels scale on top */
  scale?: number;
  /** space before as a multiple of the paragraph's font size (the theme's gap when absent) */
  gap?: number;
  /** final font size in points, set by the layout's fitting (applySpacing) */
  size?: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  /** final space before in points, set by the layout's fitting (applySpacing) */
  spaceBefore?: number;
}

export interface TextStyle {
  size: number;
  color: string;
  font: 'heading' | 'body';
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** inner margin, inches (all four sides); the theme default when absent */
  inset?: number;
}

export type ShapeName = string;

/** A layout's placeholder an element is drawn into: title, body, left, right; `ph:N` on a template's layout named by the slide. */
export type PlaceholderSlot = 'title' | 'body' | 'left' | 'right' | `ph:${number}`;

/** What the `layout` stage produces: positioned, fitted, theme-resolved drawing instructions. */
export type Element =
  | {
      kind: 'text';
      box: Box;
      paragraphs: TextPara[];
      style: TextStyle;
      /** draw into this placeholder of the layout */
      placeholder?: PlaceholderSlot;
      fill?: string;
      line?: { color: string; width: number };
      shape?: ShapeName;
      name?: string;
    }
  | { kind: 'shape'; box: Box; shape: ShapeName; fill?: string; line?: { color: string; width: number; dash?: 'dash' | 'sysDot' }; rotate?: number; flipH?: boolean; name?: string }
  | { kind: 'line'; box: Box; color: string; width: number; arrowEnd?: boolean; arrowStart?: boolean; flipV?: boolean; dash?: 'dash' | 'sysDot' }
  | {
      kind: 'image';
      box: Box;
      path?: string;
      /** a hash of the file's bytes (see ResolvedImage) */
      digest?: string;
      /** PNG bytes as base64, for generated images (QR codes) */
      data?: string;
      alt: string;
      sizing?: { type: 'cover' | 'contain'; w: number; h: number };
    }
  | {
      kind: 'table';
      box: Box;
      header: Run[][];
      rows: Run[][][];
      colW: number[];
      rowH: number[];
      size: number;
      align: ('left' | 'center' | 'right')[];
      colors: { headerFill: string; headerText: string; text: string; band: string; rule: string };
    }
  | {
      kind: 'chart';
      box: Box;
      chart: 'bar' | 'stacked-bar' | 'line' | 'pie' | 'doughnut';
      categories: string[];
      /** one value per category; null is a gap: no point, an empty cell in the workbook */
      series: { name: string; values: (number | null)[] }[];
      /** the values were written with %: they are fractions (62 % → 0.62) shown as percentages with this many decimals */
      percent?: { decimals: number };
      /** a percentage as the deck's language writes it: `62 %` (nb, nn) or `62%` (en) — percent values, and pie shares */
      percentSpace: boolean;
      colors: string[];
      labels: boolean;
      legend: boolean;
      title?: string;
      size: number;
      textColor: string;
      gridColor: string;
      horizontal?: boolean;
    };

/** A slide on one of an organisation's template layouts, named by the slide: `layout:slideLayout7.xml`. */
export type TemplateLayoutKey = `layout:${string}`;

export interface PlacedSlide {
  index: number;
  master: MasterKey | TemplateLayoutKey;
  elements: Element[];
  /** speaker notes as plain text */
  notes: string;
  footer: boolean;
  background?: string;
  symbol?: string;
  loc: SourceLoc;
}

/** What a layout or component gets to draw one slide. */
export interface LayoutContext {
  deck: Deck;
  theme: Theme;
  measure: TextMeasurer;
  problems: Problems;
  /** folder of the deck file: images resolve from here, then from the project's assets/ */
  deckDir: string;
  projectDir: string;
  /** every folder the deck may read: the project, the deck's own folder, samling.yaml's `allow:` */
  readable?: string[];
  /** the `_data` folders the deck reads, nearest first (default: the deck's own) */
  dataFolders?: string[];
  /** `samling check`: also warn about text set below the theme's comfortable size */
  lint?: boolean;
  /** files the slides read (images): the watcher rebuilds the deck when one changes */
  uses?: Set<string>;
}

/** A slide layout (or component): one file each, registered in `layout/registry.ts`. */
export interface LayoutDefinition<O = Record<string, unknown>> {
  name: string;
  /** one line: what it is for */
  summary: string;
  /** the Markdown it reads (for `samling components` and the README) */
  syntax: string;
  master: MasterKey;
  /**
   * the layout does without a `#` title (it builds one, or has no place for one);
   * on every other layout a slide without a title is a warning
   */
  titleOptional?: boolean;
  /** the layout's own directive options */
  options: ZodType<O>;
  layout(slide: Slide, options: O, ctx: LayoutContext): Page | Page[];
}

/** One drawn slide; a layout may return several (a continuation). `master` overrides the layout's. */
export interface Page {
  elements: Element[];
  master?: MasterKey;
}

export function defineLayout<O>(def: LayoutDefinition<O>): LayoutDefinition<O> {
  return def;
}
