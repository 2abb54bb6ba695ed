/**
 * The slide model: the contract between the stages.
 *
 * `parse` turns Markdown into `Block`s, `model` groups them into `Slide`s with a
 * layout name and options, `layout` turns a `Slide` into positioned `Element`s
 * (see `layout/types.ts`). Every slide and block carries the author's location,
 * so that any stage can point at the line that caused a problem.
 */

/** Where something came from, in the author's file (1-based line and column). */
export interface SourceLoc {
  file: string;
  line: number;
  column: number;
  /** for a line of a partial: where the deck (or another partial) included it */
  includedFrom?: SourceLoc;
}

/** A run of text with one style: what markdown-it's inline tokens collapse to. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
  /** a hard line break after this run (Markdown `  ` or `\` at end of line) */
  br?: boolean;
}

export interface Paragraph {
  runs: Run[];
}

export interface ListItem {
  runs: Run[];
  /** nested list items (level + 1) */
  children: ListItem[];
  /** ordered lists carry their number */
  number?: number;
  loc: SourceLoc;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[]; loc: SourceLoc }
  | { kind: 'paragraph'; runs: Run[]; loc: SourceLoc }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[]; loc: SourceLoc }
  | { kind: 'table'; header: Run[][]; rows: Run[][][]; align: ('left' | 'center' | 'right')[]; loc: SourceLoc }
  | { kind: 'image'; src: string; alt: string; loc: SourceLoc }
  | { kind: 'quote'; blocks: Block[]; loc: SourceLoc }
  | { kind: 'code'; lang: string; text: string; loc: SourceLoc };

/** Slide directives: the YAML in `<!-- … -->` at the top of a slide. */
export interface Directives {
  layout?: string;
  footer?: boolean;
  background?: string;
  symbol?: string;
  id?: string;
  /** every other key: the layout's or component's own options */
  [option: string]: unknown;
}

export interface Slide {
  /** 1-based position in the deck */
  index: number;
  layout: string;
  directives: Directives;
  /** where the directive keys are, for errors about a single option */
  directiveLocs: Record<string, SourceLoc>;
  blocks: Block[];
  notes: Block[];
  loc: SourceLoc;
}

export type Lang = 'nb' | 'nn' | 'en';

/** Validated front-matter (see load/front-matter.ts for the schema). */
export interface DeckMeta {
  title: string;
  theme: string;
  lang: Lang;
  network?: string;
  gathering?: number;
  dates: string[];
  venue?: string;
  leader?: string;
  author?: string;
  company?: string;
  subtitle?: string;
  symbol?: string;
  footer: boolean;
  /** every key of the front-matter, for templates */
  vars: Record<string, unknown>;
  /** where each front-matter key is, for errors about its value */
  locs: Record<string, SourceLoc>;
}

export interface Deck {
  file: string;
  /** the deck's name: the file name without `.md`, also the output name */
  name: string;
  meta: DeckMeta;
  /** the front-matter's `network`, looked up in `_data/networks.yaml` */
  network?: NetworkEntry;
  slides: Slide[];
}

/** One network of `_data/networks.yaml`, with its id and theme label added. */
export interface NetworkEntry {
  id: string;
  theme: string;
  /** the theme in the deck's language: "Omdømme" */
  name: string;
  pulje?: number;
  region?: string;
  focus?: string;
  leader?: string;
  resource?: string;
  municipalities: string[];
  [key: string]: unknown;
}
