/** The languages samling speaks to the people who run it (nb bokmål, nn nynorsk, en English). */
export type MessageLang = 'nb' | 'nn' | 'en';

export const MESSAGE_LANGS: readonly MessageLang[] = ['nb', 'nn', 'en'];

/** A diagnostic's text in one language: what is wrong, what was expected, what to do. */
export interface Text {
  message: string;
  expected?: string;
  hint?: string;
}

/**
 * Why a YAML text (front-matter, samling.yaml, a data file, a directive)
 * could not be read: the YAML reader's own error (its code, and its English
 * text, which a catalogue may translate by the code), or one of samling's
 * own bounds on aliases.
 */
export type YamlProblem =
  | { kind: 'syntax'; code: string; text: string }
  | { kind: 'alias-count'; max: number }
  | { kind: 'alias-missing'; alias: string }
  | { kind: 'alias-inside'; alias: string }
  | { kind: 'alias-other'; text: string };

/**
 * A schema's (zod's) issue, as the catalogues read it: samling's own
 * explanation (`message` made by `schemaError`, see schema-errors.ts), or
 * zod's, told by its code and bounds.
 */
export interface SchemaIssue {
  code: string;
  message: string;
  path?: readonly PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
}

/** What a template helper (`{{date}}`, `{{time}}`, `{{ordinal}}`, `networkMaps`) was given that it cannot use. */
export type HelperProblem =
  | { kind: 'needs-date'; got?: string }
  | { kind: 'not-a-date'; value: string }
  | { kind: 'not-dates'; values: string }
  | { kind: 'no-dates' }
  | { kind: 'not-a-time'; value: string }
  | { kind: 'needs-whole-number'; got: string }
  | { kind: 'no-networks' }
  | { kind: 'not-a-theme'; theme: string; themes: string[] }
  | { kind: 'no-pulje'; pulje: string; theme?: string; puljer: string[] }
  | { kind: 'other'; text: string };

/** A Markdown block, as a message names it («this table»). */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'image' | 'quote' | 'code';

/** Why a CSV file could not be read: a row with more or fewer cells than the header, a stray quote, or the reader's own words. */
export type CsvProblem =
  | { kind: 'columns'; expected: number; got: number; line: number }
  | { kind: 'quote'; text: string }
  | { kind: 'other'; text: string };

/** How a template grew past its budget: its text, or its loops. */
export type TemplateBudget = { kind: 'output'; mb: string; final: boolean } | { kind: 'rounds'; max: number };

/** The text a message is about («the title does not fit»): a slide's text, its title, a quote, a survey's address, a speaker's bio. */
export type TextPart = { kind: 'text' } | { kind: 'title' } | { kind: 'quote' } | { kind: 'survey-address' } | { kind: 'bio'; name: string };

/** A placeholder of a template's layout that a slide left empty. */
export type EmptyPlaceholder = { kind: 'title'; layout: string } | { kind: 'subtitle' } | { kind: 'content'; n: number; of: number; type: string };

/** Why a font cannot be measured from the installed fonts (src/text/system-fonts.ts). */
export type FontReason =
  | { kind: 'no-family' }
  | { kind: 'no-fontconfig' }
  | { kind: 'fontconfig-failed' }
  | { kind: 'no-font' }
  | { kind: 'resolves'; to: string }
  | { kind: 'face-missing'; family: string; style: string }
  | { kind: 'variable'; file: string }
  | { kind: 'unreadable'; file: string; text: string };

/** What makes a .potx/.pptx unusable as a template (src/theme/pptx-template/). */
export type TemplateFaultKind =
  | { kind: 'password'; file: string }
  | { kind: 'not-zip'; file: string }
  | { kind: 'not-presentation'; file: string; is: 'word' | 'excel' | 'other' }
  | { kind: 'missing-part'; from: { kind: 'package' | 'presentation' } | { kind: 'master'; n: number }; part: string }
  | { kind: 'no-master' }
  | { kind: 'master-no-theme'; n: number }
  | { kind: 'unreadable'; text: string }
  | { kind: 'senseless'; issues: { path: string; issue: SchemaIssue }[] }
  | { kind: 'no-named-layout'; named: string; role: string; layouts: string[] }
  | { kind: 'no-role-layout'; role: string };

/** What a number in a theme measures (its bounds are said with it). */
export type Measure = 'text-size' | 'position' | 'slide-side' | 'line-spacing' | 'paragraph-gap';
