import type { SourceLoc } from '../model/types.js';

/**
 * Handlebars has no source maps, so every template line that is plain text is
 * tagged with an invisible marker naming its file and line. After rendering,
 * the markers are read back into a line map and removed. Lines that start with
 * a mustache are left alone: a marker would stop Handlebars from treating a
 * standalone `{{#each}}` line as standalone. Output lines without a marker
 * inherit the previous marker's location plus the distance from it.
 *
 * A plain line with no mustache in it is only its marker in what Handlebars
 * compiles (`U+E000 file:line U+E006`): its text is kept aside and put back
 * when the markers are read. Handlebars sees the same lines, each as text (a
 * marker is never whitespace), so it treats them as it treats the text; but
 * what it compiles — and the compiled-template cache holds — is the deck's
 * structure, the same from one save to the next while only text changes, and
 * a tenth of a big deck's size.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** closes a marker whose line's text was kept aside */
const KEPT = '\uE006';
/** A partial's output is wrapped in these: `\uE002file:line:column\uE003 … \uE004`, the place it was included. */
const ANY = /\uE000(\d+):(\d+)([\uE001\uE006])|\uE002(\d+):(\d+):(\d+)\uE003|\uE004/g;
const ONLY_KEPT = /^\uE000\d+:\d+\uE006$/;

/** Wrap a partial's output with where it was included (`tag`: the include's `file:line:column`, file by id). */
export function markInclude(output: string, tag: string): string {
  return /^\d+:\d+:\d+$/.test(tag) ? `\uE002${tag}\uE003${output}\uE004` : output;
}

/**
 * File ids shared by every table, so that a file gets the same id in every
 * build: a compiled template (cached by its marked source) stays valid. A
 * file's id names it only in its own build's table, so the ids may start
 * afresh between builds — past FILE_IDS_CHARS of names (a long watch in which
 * files are renamed again and again); cached templates then miss once.
 */
let ids = new Map<string, number>();
let names: string[] = [];
let namesChars = 0;
export const FILE_IDS_CHARS = 256 * 1024;

export class MarkerTable {
  /** per file id: the first line and the text of each line kept aside (sparse) */
  private readonly kept = new Map<number, { firstLine: number; lines: string[] }>();

  constructor() {
    if (namesChars > FILE_IDS_CHARS) {
      ids = new Map();
      names = [];
      namesChars = 0;
    }
  }

  id(file: string): number {
    let i = ids.get(file);
    if (i === undefined) {
      i = names.push(file) - 1;
      ids.set(file, i);
      namesChars += file.length;
    }
    return i;
  }

  file(id: number): string {
    return names[id]!;
  }

  /**
   * Tag each plain line of `source` (which starts at `firstLine` of `file`);
   * `tag` rewrites a line that has a mustache in it first.
   */
  mark(source: string, file: string, firstLine = 1, tag?: (line: string, i: number) => string): string {
    const id = this.id(file);
    const kept: string[] = [];
    this.kept.set(id, { firstLine, lines: kept });
    let depth = 0; // inside a mustache that spans lines
    const lines = source.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      if (depth === 0 && !line.includes('{{') && !line.includes('}}')) {
        kept[i] = escapePrivate(line);
        lines[i] = `${OPEN}${id}:${firstLine + i}${KEPT}`;
        continue;
      }
      if (tag) line = tag(line, i);
      const inside = depth > 0;
      depth += (line.match(/\{\{/g)?.length ?? 0) - (line.match(/\}\}/g)?.length ?? 0);
      if (depth < 0) depth = 0;
      lines[i] = inside || /^\s*\{\{/.test(line) ? escapePrivate(line) : `${OPEN}${id}:${firstLine + i}${CLOSE}${escapePrivate(line)}`;
    }
    return lines.join('\n');
  }

  /** The text of a line kept aside by `mark`. */
  private keptLine(id: number, line: number): string {
    const k = this.kept.get(id);
    return k?.lines[line - k.firstLine] ?? '';
  }

  /**
   * How long `output` is once its kept-aside lines are put back (what the
   * deck's template really made). Read with indexOf, not a regular
   * expression: a 6 MB deck has 60 000 such markers, counted at every loop
   * round and include.
   */
  length(output: string): number {
    let n = output.length;
    for (let end = output.indexOf(KEPT); end !== -1; end = output.indexOf(KEPT, end + 1)) {
      const start = output.lastIndexOf(OPEN, end);
      const at = this.keptAt(output, start, end);
      n += this.keptLine(at.id, at.line).length - (end - start + 1);
    }
    return n;
  }

  /** `id` and `line` of the marker `U+E000 id:line U+E006` at output[start…end]. */
  private keptAt(output: string, start: number, end: number): { id: number; line: number } {
    let id = 0;
    let i = start + 1;
    for (; output.charCodeAt(i) !== 58; i++) id = id * 10 + output.charCodeAt(i) - 48;
    let line = 0;
    for (i++; i < end; i++) line = line * 10 + output.charCodeAt(i) - 48;
    return { id, line };
  }

  /** Remove the markers, putting back the lines kept aside; return the text and, per output line, where it came from. */
  unmark(output: string, fallback: SourceLoc): { text: string; lineMap: SourceLoc[] } {
    const lineMap: SourceLoc[] = [];
    let last: SourceLoc = fallback;
    let sinceLast = 0;
    // the includes open at this point of the output, innermost last
    const includes: SourceLoc[] = [];
    const lines = output.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let found: SourceLoc | undefined;
      const whole = lines[i]!;
      // most lines of a big deck are a kept-aside line's marker alone: put its text back directly
      if (ONLY_KEPT.test(whole)) {
        const at = this.keptAt(whole, 0, whole.length - 1);
        const includedFrom = includes[includes.length - 1];
        lines[i] = this.keptLine(at.id, at.line);
        last = { file: this.file(at.id), line: at.line, column: 1, ...(includedFrom ? { includedFrom } : {}) };
        sinceLast = 0;
        lineMap.push(last);
        continue;
      }
      lines[i] = whole.replace(ANY, (_m, id?: string, line?: string, close?: string, incId?: string, incLine?: string, incColumn?: string) => {
        if (id !== undefined) {
          const includedFrom = includes[includes.length - 1];
          found ??= { file: this.file(Number(id)), line: Number(line), column: 1, ...(includedFrom ? { includedFrom } : {}) };
          return close === KEPT ? this.keptLine(Number(id), Number(line)) : '';
        }
        if (incId !== undefined) includes.push({ file: this.file(Number(incId)), line: Number(incLine), column: Number(incColumn), ...(includes.length ? { includedFrom: includes[includes.length - 1] } : {}) });
        else includes.pop();
        return '';
      });
      if (found) {
        last = found;
        sinceLast = 0;
        lineMap.push(found);
      } else {
        sinceLast++;
        lineMap.push({ ...last, line: last.line + sinceLast });
      }
    }
    return { text: unescapePrivate(lines.join('\n')), lineMap };
  }
}

/**
 * The marker characters are private-use code points (U+E000–U+E004, U+E006), which
 * a deck may hold too (a symbol font's icons, a copy from another program).
 * The author's own are escaped before marking — U+E005 and a letter — and
 * given back after unmarking, so they can neither delete text nor move a
 * location.
 */
const PRIVATE = /[\uE000-\uE006]/g;
const ESCAPED = /\uE005([a-g])/g;
const HAS_PRIVATE = /[\uE000-\uE006]/;
export function escapePrivate(s: string): string {
  if (!HAS_PRIVATE.test(s)) return s;
  return s.replace(PRIVATE, (c) => `\uE005${String.fromCharCode(0x61 + c.charCodeAt(0) - 0xe000)}`);
}
export function unescapePrivate(s: string): string {
  return s.replace(ESCAPED, (_m, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0) - 0x61));
}

/** Template values with the author's private-use characters escaped (see escapePrivate); other values as they are. */
export function escapeValues<T>(value: T): T {
  if (typeof value === 'string') return (HAS_PRIVATE.test(value) ? escapePrivate(value) : value) as T;
  if (Array.isArray(value)) return value.map(escapeValues) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeValues(v)])) as T;
  }
  return value;
}

/** Strip markers from text that reaches the author (error messages). */
export function withoutMarkers(s: string): string {
  return s.replace(ANY, '');
}
