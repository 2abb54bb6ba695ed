import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Problems } from '../errors/diagnostic.js';
import type { SourceLoc } from '../model/types.js';
import { readProjectFile } from '../load/load-deck.js';
import { SameText } from '../util/same-text.js';

/** partials whose text passed the syntax check, as it was then */
const checked = new SameText<boolean>();

/** A shared slide file of `decks/_library`, usable as `{{> name}}`. */
export interface Partial {
  name: string;
  file: string;
  source: string;
  /** the partials it includes, with where */
  includes: { name: string; loc: SourceLoc }[];
}

/** `{{> name}}`, and a partial block `{{#> name}}…{{/name}}` */
const INCLUDE = /\{\{~?#?>\s*([A-Za-z0-9_\-./]+)/g;
/** an include whose name is not written out: `{{> (lookup . "p")}}`, `{{> "p"}}`, `{{> [p]}}`, `{{> @partial-block}}` */
const DYNAMIC = /\{\{~?#?>\s*(?=[^\sA-Za-z0-9_\-./])/g;

/**
 * Includes whose partial is chosen while the template runs. They are refused:
 * the include scan could not check them (or tell the watcher), and Handlebars
 * would look the name up among whatever partials it was given.
 */
export function findDynamicIncludes(source: string, file: string, firstLine = 1): SourceLoc[] {
  const found: SourceLoc[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.includes('{{')) for (const m of line.matchAll(DYNAMIC)) found.push({ file, line: firstLine + i, column: m.index! + 1 });
  });
  return found;
}

/** Where a template includes partials: `{{> name …}}`. */
export function findIncludes(source: string, file: string, firstLine = 1): { name: string; loc: SourceLoc }[] {
  const found: { name: string; loc: SourceLoc }[] = [];
  source.split('\n').forEach((line, i) => {
    if (!line.includes('{{')) return;
    for (const m of line.matchAll(INCLUDE)) {
      found.push({ name: m[1]!, loc: { file, line: firstLine + i, column: m.index! + m[0].length - m[1]!.length + 1 } });
    }
  });
  return found;
}

/**
 * Read every partial of the folders, nearest first (a name found in a nearer
 * folder wins); check its Handlebars syntax and that no partial includes
 * itself.
 */
export function loadLibrary(dirs: string | string[], readable: string[], problems: Problems, sources: Map<string, string>): Map<string, Partial> {
  const library = new Map<string, Partial>();
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) readLibraryFolder(dir, library, readable, problems, sources);
  const reported = new Set<string>();
  for (const partial of library.values()) {
    const cycle = findCycle(partial.name, library, []);
    // one message per cycle, however many partials are in it
    const key = cycle ? [...new Set(cycle)].sort().join(' ') : '';
    if (cycle && !reported.has(key)) {
      reported.add(key);
      const first = partial.includes.find((i) => i.name === cycle[1]);
      problems.error({ code: 'partial-cycle', params: { name: partial.name, cycle }, loc: first?.loc ?? { file: partial.file, line: 1, column: 1 }, length: cycle[1]?.length });
    }
  }
  return library;
}

function readLibraryFolder(dir: string, library: Map<string, Partial>, readable: string[], problems: Problems, sources: Map<string, string>): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    problems.error({ code: 'not-a-folder', params: { name: basename(dir), holds: 'partials' }, loc: { file: dir, line: 1, column: 1 } });
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || library.has(basename(name, '.md'))) continue;
    const file = join(dir, name);
    const source = readProjectFile(file, readable, problems);
    if (source === undefined) continue;
    sources.set(file, source);
    // a failed check is not remembered: its problems are reported on every build
    if (!checked.get(file, source, () => checkSyntax(source, file, problems))) checked.forget(file);
    library.set(basename(name, '.md'), { name: basename(name, '.md'), file, source, includes: findIncludes(source, file) });
  }
}

function findCycle(name: string, library: Map<string, Partial>, path: string[]): string[] | undefined {
  if (path.includes(name)) return path[0] === name ? [...path, name] : undefined;
  const partial = library.get(name);
  if (!partial) return undefined;
  for (const inc of partial.includes) {
    const c = findCycle(inc.name, library, [...path, name]);
    if (c) return c;
  }
  return undefined;
}

/** Report a Handlebars syntax error at its line. */
export function checkSyntax(source: string, file: string, problems: Problems, firstLine = 1): boolean {
  try {
    Handlebars.parse(source);
    return true;
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    const m = /Parse error on line (\d+)/.exec(err.message);
    const line = err.lineNumber ?? (m ? Number(m[1]) : 1);
    const expecting = /Expecting (.*), got/.exec(err.message)?.[1];
    const open = /got 'EOF'/.test(err.message) ? unclosedBlock(source) : undefined;
    if (open) {
      problems.error({ code: 'template-syntax', params: { kind: 'unclosed', name: open.name }, loc: { file, line: firstLine + open.line - 1, column: open.column }, length: open.name.length + 3 });
      return false;
    }
    problems.error({ code: 'template-syntax', params: { kind: 'parse', text: firstSentence(err.message), expecting }, loc: { file, line: firstLine + line - 1, column: (err.column ?? 0) + 1 } });
    return false;
  }
}

/** The innermost `{{#block}}` left open at the end of the text. */
function unclosedBlock(source: string): { name: string; line: number; column: number } | undefined {
  const stack: { name: string; line: number; column: number }[] = [];
  source.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\{\{~?([#/])\s*([\w-]+)/g)) {
      if (m[1] === '#') stack.push({ name: m[2]!, line: i + 1, column: m.index! + 1 });
      else if (stack.length && stack[stack.length - 1]!.name === m[2]) stack.pop();
    }
  });
  return stack.pop();
}

function firstSentence(message: string): string {
  const lines = message.split('\n');
  if (lines[0]?.startsWith('Parse error')) {
    const got = /got '([^']+)'/.exec(message)?.[1];
    return got ? `unexpected ${got.toLowerCase()}` : 'the template cannot be read';
  }
  return lines[0] ?? message;
}
