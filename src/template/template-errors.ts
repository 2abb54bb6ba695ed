import type { Raise } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import { ValueError } from '../errors/value-error.js';
import type { SourceLoc } from '../model/types.js';
import { withoutMarkers } from './line-markers.js';

/** Attached to an error thrown inside a partial, by the innermost partial. */
export interface Located {
  samlingLoc?: SourceLoc;
  /** where the partial the error happened in was included */
  samlingIncludedFrom?: SourceLoc;
  /** the partial the error happened in */
  samlingPartial?: string;
  /** a missing variable: the keys of the value it was looked up in (a CSV row in `{{#each}}`) */
  samlingKeys?: string[];
  /** a missing variable: the text between its mustache's braces, `Kva fungerte godt?` */
  samlingMustache?: string;
}


/** Give an error thrown while rendering the location in the author's file (innermost template wins). */
export function locateError(err: Error & Located & { lineNumber?: number; column?: number; endColumn?: number }, file: string, text: string, firstLine: number): void {
  if (err.samlingLoc) return;
  if (typeof err.lineNumber === 'number') {
    let column = (err.column ?? 0) + 1;
    // Handlebars places a missing variable at its path (`network.leader`), in the marked line: point at the
    // missing name, which ends the path (a line's marker only moves the columns to the right)
    const name = /^"([^"]+)" not defined/.exec(withoutMarkers(err.message))?.[1]?.split('.').pop();
    const lineText = text.split('\n')[err.lineNumber - 1] ?? '';
    if (name) {
      const at = lineText.lastIndexOf(name, Math.max(0, (err.endColumn ?? column - 1 + name.length) - name.length));
      if (at >= 0) column = at + 1;
      if (at >= 0) err.samlingMustache = mustacheAt(lineText, at);
    }
    err.samlingLoc = { file, line: firstLine + err.lineNumber - 1, column };
    return;
  }
  // a helper threw: find the helper's call in the text (on its own line when Handlebars said which)
  const helper = /^\{\{(\w+)\}\}/.exec(err.message)?.[1];
  const value = /"([^"]*)"/.exec(err.message)?.[1];
  const helperLine = (err as { helperLine?: number }).helperLine;
  const lines = text.split('\n').map((l, i) => (helperLine === undefined || i === helperLine - 1 ? l : ''));
  // the call with the offending value if it is written there, else the helper's first call
  // a helper is called as `{{name …}}` or, inside another expression, `(name …)`
  // (the last call before `before`: with several calls on a line, the one with the value)
  const call = (l: string, before = l.length) => {
    if (!helper) return -1;
    let at = -1;
    for (const m of l.matchAll(new RegExp(`(\\{\\{|\\()${helper}(?![\\w-])`, 'g'))) if (m.index! <= before) at = m.index!;
    return at;
  };
  const withValue = value !== undefined ? lines.findIndex((l) => call(l) >= 0 && l.includes(value)) : -1;
  const i = withValue >= 0 ? withValue : lines.findIndex((l) => call(l) >= 0);
  const line = lines[i] ?? '';
  const first = (l: string) => (helper ? l.search(new RegExp(`(\\{\\{|\\()${helper}(?![\\w-])`)) : -1);
  const column = withValue >= 0 ? call(line, line.indexOf(value!)) : i >= 0 ? first(line) : -1;
  err.samlingLoc = { file, line: firstLine + Math.max(0, i), column: column >= 0 ? column + 1 : 1 };
}

export function describeTemplateError(err: Error & Located, context: Record<string, unknown>): Raise {
  const loc = err.samlingLoc;
  const includedFrom = err.samlingIncludedFrom;
  const message = withoutMarkers(err.message);
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) {
    const name = missing[1]!;
    const keys = Object.keys(context).filter((k) => k !== 'data');
    const spaced = bracketHint(name, err, context);
    return { code: 'template-missing-variable', params: { name, partial: err.samlingPartial, near: closest(name, keys), keys, spaced }, loc, length: name.length, includedFrom };
  }
  if (err instanceof RangeError) {
    // `{{time}} "kl ti" is not a time …`: the helper's name, then what it was given (ValueError says it in words of its own)
    const helper = /^\{\{(\w+)\}\}/.exec(message)?.[1] ?? '';
    const problem = err instanceof ValueError ? err.problem : { kind: 'other' as const, text: message.replace(/^\{\{\w+\}\} /, '') };
    return { code: 'template-helper', params: { helper, problem }, loc, includedFrom };
  }
  return { code: 'template-error', params: { text: message.split('\n')[0] ?? '' }, loc, includedFrom };
}

/** The text between the braces of the mustache around column `at`: `{{Kva fungerte godt?}}` → `Kva fungerte godt?`. */
function mustacheAt(line: string, at: number): string | undefined {
  const open = line.lastIndexOf('{{', at);
  const close = line.indexOf('}}', at);
  if (open < 0 || close < 0) return undefined;
  return line.slice(open + 2, close).replace(/^[~&{#^]+|[~}]+$/g, '').trim();
}

/**
 * `{{Kva fungerte godt?}}` is read as `Kva` given two arguments: a name with
 * spaces (a CSV column, a YAML key) is written in brackets. The name meant is
 * a key of the value looked up in (a CSV row inside `{{#each}}`), the
 * front-matter or a data file that is the mustache's whole text, or goes on
 * from it, or goes on from the missing name after a space.
 */
type Spaced = { key: string; file?: string; how: 'name' | 'column' | 'data' };

function bracketHint(name: string, err: Located, context: Record<string, unknown>): Spaced | undefined {
  const data = (context.data ?? {}) as Record<string, unknown>;
  const rowKeys = (v: unknown) => (Array.isArray(v) && v[0] && typeof v[0] === 'object' ? Object.keys(v[0] as object) : []);
  const places: { keys: string[]; write: (key: string) => Spaced }[] = [
    { keys: [...(err.samlingKeys ?? []), ...Object.keys(context).filter((k) => k !== 'data')], write: (key) => ({ key, how: 'name' }) },
    // a column of a CSV (or a list in YAML) is a key of each row: read inside the loop over the rows
    ...Object.entries(data).map(([file, v]) => ({ keys: rowKeys(v), write: (key: string): Spaced => ({ key, file, how: 'column' }) })),
    ...Object.entries(data).map(([file, v]) => ({ keys: v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [], write: (key: string): Spaced => ({ key, file, how: 'data' }) })),
  ];
  // the whole text written, then a name that goes on from it, then one that goes on from the missing word
  const text = err.samlingMustache ?? name;
  const tests = [(k: string) => k === text, (k: string) => k.startsWith(`${text} `), (k: string) => k.startsWith(`${name} `)];
  for (const test of tests) {
    for (const { keys, write } of places) {
      const key = keys.find(test);
      if (key) return write(key);
    }
  }
  return undefined;
}
