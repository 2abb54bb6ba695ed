import { diagnosticText, type MessageCode, type MessageLang, type MessageParams } from '../i18n/messages/index.js';
import type { SourceLoc } from '../model/types.js';

/**
 * A problem in the author's input. Stages collect these and report them all;
 * only bugs in samling itself are thrown as plain `Error`s.
 *
 * The shape follows esbuild's messages: what happened, where (with the line's
 * text for a code frame), what was expected and a hint.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** stable name from the catalogue, e.g. `unknown-layout` */
  code: string;
  /** one sentence: what is wrong */
  message: string;
  loc?: SourceLoc;
  /** for a problem inside a partial: where the deck (or another partial) included it */
  includedFrom?: SourceLoc;
  /** what would have been accepted */
  expected?: string;
  /** what to do about it */
  hint?: string;
  /** columns to underline, from loc.column; 1 when unknown */
  length?: number;
}

/** Thrown to abort a deck's build after a fatal diagnostic; carries every diagnostic so far. */
export class DeckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'DeckError';
  }
}

/** Where a problem is: its place in an author's file, and how much of the line to underline. */
export interface Where {
  loc?: SourceLoc;
  includedFrom?: SourceLoc;
  length?: number;
}

/**
 * A problem as a stage raises it: its code and the values its text is made
 * of (`params`, left out when the text has none), and where it is. The text
 * itself comes from the message catalogue (src/i18n/messages/), in the
 * build's language.
 */
export type Raise = { [C in MessageCode]: { code: C } & ParamsOf<C> & Where }[MessageCode];
type ParamsOf<C extends MessageCode> = [keyof MessageParams<C>] extends [never] ? { params?: MessageParams<C> } : { params: MessageParams<C> };

/** A problem at a line of a partial says where the partial was included (the template stage's line map knows). */
function included(d: Omit<Diagnostic, 'severity'>): Omit<Diagnostic, 'severity'> {
  if (!d.loc?.includedFrom) return d;
  const { includedFrom, ...loc } = d.loc;
  return { ...d, loc, includedFrom: d.includedFrom ?? includedFrom };
}

/** Collects diagnostics for one deck build, their text in one language. */
export class Problems {
  readonly list: Diagnostic[] = [];

  /** @param lang the language of the messages (the run's: samling.yaml `messages:`, the locale, English) */
  constructor(public lang: MessageLang = 'en') {}

  error(r: Raise): void {
    this.list.push({ severity: 'error', ...included(this.diagnostic(r)) });
  }

  warn(r: Raise): void {
    this.list.push({ severity: 'warning', ...included(this.diagnostic(r)) });
  }

  /** The diagnostic a raise makes, its text in this build's language. */
  private diagnostic(r: Raise): Omit<Diagnostic, 'severity'> {
    const text = diagnosticText(this.lang, r.code, (r as { params?: never }).params);
    return { code: r.code, ...text, ...(r.loc ? { loc: r.loc } : {}), ...(r.includedFrom ? { includedFrom: r.includedFrom } : {}), ...(r.length !== undefined ? { length: r.length } : {}) };
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** Throw a DeckError if any error was recorded: the end of a stage that cannot go on. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new DeckError(this.list);
  }

  /** Record a fatal problem and stop now. */
  fail(r: Raise): never {
    this.error(r);
    throw new DeckError(this.list);
  }
}
