import type { SourceLoc } from '../model/types.js';

/**
 * Handlebars has no source maps, so every template line that is plain text is
 * tagged with an invisible marker naming its file and line. After rendering,
 * the markers are read back into a line map and removed. Lines that start with
 * a mustache are left alone: a marker would stop Handlebars from treating a
 * standalone `{{#each}}` line as standalone. Output lines without a marker
 * inherit the previous marker's location plus the distance from it.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+):(\d+)\uE001/g;
/** A partial's output is wrapped in these: `\uE002file:line:column\uE003 … \uE004`, the place it was included. */
const INCLUDE = /\uE002(\d+):(\d+):(\d+)\uE003|\uE004/g;
const ANY = /\uE000\d+:\d+\uE001|\uE002\d+:\d+:\d+\uE003|\uE004/g;

/** Wrap a partial's output with where it was included (`tag`: the include's `file:line:column`, file by id). */
export function markInclude(output: string, tag: string): string {
  return /^\d+:\d+:\d+$/.test(tag) ? `\uE002${tag}\uE003${output}\uE004` : output;
}

/**
 * File ids shared by every table, so that a file gets the same id in every
 * build: a compiled template (cached by its marked source) stays valid.
 */
const files: string[] = [];

export class MarkerTable {
  private readonly files = files;

  id(file: string): number {
    let i = this.files.indexOf(file);
    if (i < 0) i = this.files.push(file) - 1;
    return i;
  }

  file(id: number): string {
    return this.files[id]!;
  }

  /** Tag each plain line of `source` (which starts at `firstLine` of `file`). */
  mark(source: string, file: string, firstLine = 1): string {
    const id = this.id(file);
    let depth = 0; // inside a mustache that spans lines
    return source
      .split('\n')
      .map((line, i) => {
        const inside = depth > 0;
        depth += (line.match(/\{\{/g)?.length ?? 0) - (line.match(/\}\}/g)?.length ?? 0);
        if (depth < 0) depth = 0;
        if (inside || /^\s*\{\{/.test(line)) return escapePrivate(line);
        return `${OPEN}${id}:${firstLine + i}${CLOSE}${escapePrivate(line)}`;
      })
      .join('\n');
  }

  /** Remove the markers; return the text and, per output line, where it came from. */
  unmark(output: string, fallback: SourceLoc): { text: string; lineMap: SourceLoc[] } {
    const lineMap: SourceLoc[] = [];
    let last: SourceLoc = fallback;
    let sinceLast = 0;
    // the includes open at this point of the output, innermost last
    const includes: SourceLoc[] = [];
    const lines = output.split('\n').map((line) => {
      let found: SourceLoc | undefined;
      const clean = line.replace(ANY, (m) => {
        const at = new RegExp(MARKER.source).exec(m);
        const inc = new RegExp(INCLUDE.source).exec(m);
        if (at) {
          const includedFrom = includes[includes.length - 1];
          found ??= { file: this.file(Number(at[1])), line: Number(at[2]), column: 1, ...(includedFrom ? { includedFrom } : {}) };
        } else if (inc?.[1] !== undefined) {
          includes.push({ file: this.file(Number(inc[1])), line: Number(inc[2]), column: Number(inc[3]), ...(includes.length ? { includedFrom: includes[includes.length - 1] } : {}) });
        } else includes.pop();
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
      return clean;
    });
    return { text: unescapePrivate(lines.join('\n')), lineMap };
  }
}

/**
 * The marker characters are private-use code points (U+E000–U+E004), which
 * a deck may hold too (a symbol font's icons, a copy from another program).
 * The author's own are escaped before marking — U+E005 and a letter — and
 * given back after unmarking, so they can neither delete text nor move a
 * location.
 */
const PRIVATE = /[\uE000-\uE005]/g;
const ESCAPED = /\uE005([a-f])/g;
const HAS_PRIVATE = /[\uE000-\uE005]/;
export function escapePrivate(s: string): string {
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
