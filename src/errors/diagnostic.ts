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

/** A problem at a line of a partial says where the partial was included (the template stage's line map knows). */
function included(d: Omit<Diagnostic, 'severity'>): Omit<Diagnostic, 'severity'> {
  if (!d.loc?.includedFrom) return d;
  const { includedFrom, ...loc } = d.loc;
  return { ...d, loc, includedFrom: d.includedFrom ?? includedFrom };
}

/** Collects diagnostics for one deck build. */
export class Problems {
  readonly list: Diagnostic[] = [];

  error(d: Omit<Diagnostic, 'severity'>): void {
    this.list.push({ severity: 'error', ...included(d) });
  }

  warn(d: Omit<Diagnostic, 'severity'>): void {
    this.list.push({ severity: 'warning', ...included(d) });
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** Throw a DeckError if any error was recorded: the end of a stage that cannot go on. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new DeckError(this.list);
  }

  /** Record a fatal problem and stop now. */
  fail(d: Omit<Diagnostic, 'severity'>): never {
    this.error(d);
    throw new DeckError(this.list);
  }
}
