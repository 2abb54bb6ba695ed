import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import type { MessageLang, Text } from './types.js';

export type { MessageLang, Text } from './types.js';

/**
 * samling's messages, one catalogue per language (`en.ts`, `nb.ts`,
 * `nn.ts`). The type is derived from the English one: every catalogue has
 * every code, with the same parameters, and the compiler says which one is
 * missing. A diagnostic's text is made from its code and parameters when it
 * is raised, in the language of the build (`Problems.lang`).
 */
type En = typeof en;
export type Catalogue = {
  readonly diagnostics: { readonly [C in keyof En['diagnostics']]: (...p: Parameters<En['diagnostics'][C]>) => Text };
  readonly schema: { readonly [K in keyof En['schema']]: (...p: Parameters<En['schema'][K]>) => string };
  readonly cli: { readonly [K in keyof En['cli']]: En['cli'][K] extends (...p: infer P) => string ? (...p: P) => string : string };
  readonly help: En['help'];
};

export const catalogues: Readonly<Record<MessageLang, Catalogue>> = { en, nb, nn };

/** A diagnostic code: the stable name of a problem (`unknown-layout`). */
export type MessageCode = keyof En['diagnostics'];

/** The values a code's text is made from (`{}` for a text without any). */
export type MessageParams<C extends MessageCode> = Parameters<En['diagnostics'][C]> extends [infer P, ...unknown[]] ? P : Record<never, never>;

/** The text of a diagnostic in one language. Empty `expected`/`hint` are left out. */
export function diagnosticText<C extends MessageCode>(lang: MessageLang, code: C, params: MessageParams<C> | undefined): Text {
  const entry = catalogues[lang].diagnostics[code] as (p: unknown) => Text;
  const text = entry(params ?? {});
  return { message: text.message, ...(text.expected ? { expected: text.expected } : {}), ...(text.hint ? { hint: text.hint } : {}) };
}

/** The words of the command line (status lines, usage errors, the printed diagnostic's labels) in one language. */
export function cliText(lang: MessageLang): Catalogue['cli'] {
  return catalogues[lang].cli;
}

/** A command-line text: its key in the catalogues' `cli` section, and its values. */
export type CliKey = keyof En['cli'];
export type CliParams<K extends CliKey> = En['cli'][K] extends (p: infer P) => string ? [P] : [];
export type CliSay = { [K in CliKey]: { key: K; params: CliParams<K> } }[CliKey];

/** A command-line text in one language: `say('nb', 'no-decks', { paths })`. */
export function say<K extends CliKey>(lang: MessageLang, key: K, ...params: CliParams<K>): string {
  const word = (catalogues[lang].cli as Record<string, string | ((p: unknown) => string)>)[key]!;
  return typeof word === 'function' ? word(params[0]) : word;
}

/** samling's --help in one language. */
export function helpText(lang: MessageLang): Catalogue['help'] {
  return catalogues[lang].help;
}
