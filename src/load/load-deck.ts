import { readFileSync, statSync, type Stats } from 'node:fs';
import { realInside } from '../util/inside.js';
import { basename } from 'node:path';
import matter from 'gray-matter';
import type { Problems, Raise } from '../errors/diagnostic.js';
import type { DeckMeta } from '../model/types.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import { readFrontMatter } from './front-matter.js';
import { isLink } from '../util/file-kind.js';

/** A deck file, read and split: the output of the `load` stage. */
export interface Source {
  file: string;
  name: string;
  /** the whole file as the author sees it (BOM removed, line endings as `\n`) */
  text: string;
  meta: DeckMeta;
  /** the Markdown body after the front-matter */
  body: string;
  /** line of the file on which `body` starts (1-based) */
  bodyLine: number;
}

/** Far beyond any real deck: a bound on what one build may be asked to hold. */
const MAX_DECK_BYTES = 10 * 1024 * 1024;

/**
 * Read a deck: decode UTF-8 strictly, normalise line endings, split and
 * validate the front-matter.
 */
export function loadDeck(file: string, problems: Problems, sources: Map<string, string>): Source {
  const size = regularFile(file, problems).size;
  if (size > MAX_DECK_BYTES) {
    problems.fail({ code: 'deck-too-big', params: { mb: (size / 1048576).toFixed(0), maxMb: MAX_DECK_BYTES / 1048576 }, loc: { file, line: 1, column: 1 } });
  }
  const text = readUtf8(file, problems);
  sources.set(file, text);
  refuseLongLine(text, file, problems);
  // gray-matter finds the block; `yaml` parses it again with positions for errors. It is given the text up to
  // the closing `---` only: given the whole deck it copies it into a Buffer and looks it up as a property key,
  // which kept a 6 MB deck's text alive until the next build (watch mode)
  const hasFrontMatter = text.startsWith('---\n');
  const close = hasFrontMatter ? text.indexOf('\n---', 3) : -1;
  // and only when the deck starts with a plain `---` line: given `---js` gray-matter would run the block as
  // JavaScript (its default engines), and a deck must never run code
  const fm = hasFrontMatter ? matter(close === -1 ? text : text.slice(0, close + 4), { engines: { yaml: () => ({}) } }) : { content: text, matter: '' };
  // after the closing line's `---`, less the line end gray-matter drops
  const body = close === -1 ? fm.content : text.slice(text.charAt(close + 4) === '\n' ? close + 5 : close + 4);
  const bodyLine = hasFrontMatter ? text.slice(0, text.length - body.length).split('\n').length : 1;
  const yaml = parseLocatedYaml(hasFrontMatter ? fm.matter.replace(/^\n/, '') : '', file, 1);
  for (const e of yaml.errors) {
    problems.error({ code: 'front-matter-yaml', params: { problem: e.problem }, loc: e.loc });
  }
  if (!hasFrontMatter) {
    problems.error({ code: 'front-matter-missing', loc: { file, line: 1, column: 1 } });
  }
  const keys = yaml.value && typeof yaml.value === 'object' ? Object.keys(yaml.value).length : 0;
  if (keys > MAX_FRONT_MATTER_KEYS) {
    problems.error({ code: 'front-matter-too-many-keys', params: { keys, max: MAX_FRONT_MATTER_KEYS }, loc: { file, line: 2, column: 1 } });
  }
  problems.throwIfErrors();
  const meta = readFrontMatter(yaml, problems);
  problems.throwIfErrors();
  return { file, name: basename(file).replace(/\.md$/i, ''), text, meta: meta!, body, bodyLine };
}

/** Bounds that keep a small file from costing minutes and gigabytes (a 9 MB single line, 40 000 keys). */
const MAX_LINE_CHARS = 100_000;
const MAX_FRONT_MATTER_KEYS = 1000;

/** No line a person writes is 100 000 characters long: refuse it before any stage parses it. */
function refuseLongLine(text: string, file: string, problems: Problems): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) {
      problems.fail({ code: 'line-too-long', params: { line, length: stop - start, max: MAX_LINE_CHARS }, loc: { file, line, column: MAX_LINE_CHARS + 1 } });
    }
    if (end === -1) break;
    start = end + 1;
  }
}

/**
 * A shared file (a partial, a data file): read like the deck, but only when it
 * lies — symlinks followed — inside a folder the deck may read.
 */
export function readProjectFile(file: string, readable: string[], problems: Problems, options: { spreadsheet?: Spreadsheet } = {}): string | undefined {
  regularFile(file, problems);
  const real = realInside(file, readable);
  if (!real) {
    problems.error({ code: 'outside-project', params: { name: basename(file) }, loc: { file, line: 1, column: 1 } });
    return undefined;
  }
  return readUtf8(real, problems, options);
}

/**
 * How a spreadsheet's CSV that is not UTF-8 is told: warned where a slide
 * reads it (`'warn'`), or handed to `later` by a reader that reads every file
 * of _data, used or not, so that the warning is given where one is used.
 */
export type Spreadsheet = 'warn' | { later: (warning: Warning) => void };
export type Warning = Extract<Raise, { code: 'csv-windows-1252' }>;

/**
 * UTF-8 only: a deck saved as Latin-1 would otherwise turn æøå into garbage
 * silently. A spreadsheet's CSV (`spreadsheet`) that is not UTF-8 is what
 * Excel writes as «CSV (semikolonseparert)»: Windows-1252, read as such, with
 * a warning.
 */
export function readUtf8(file: string, problems: Problems, options: { spreadsheet?: Spreadsheet } = {}): string {
  regularFile(file, problems);
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (options.spreadsheet) {
      const warning: Warning = { code: 'csv-windows-1252', loc: { file, line: at.line, column: at.column } };
      if (options.spreadsheet === 'warn') warnOnce(problems, warning);
      else options.spreadsheet.later(warning);
      return new TextDecoder('windows-1252').decode(bytes).replace(/\r\n?/g, '\n');
    }
    return problems.fail({ code: 'not-utf8', loc: { file, line: at.line, column: at.column } });
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // the longest valid prefix, by bisection
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // streamed, so that a lead byte the prefix ends in (Ø, å in Windows-1252) is not counted as a character before itself
  const prefix = new TextDecoder().decode(bytes.subarray(0, lo), { stream: true });
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * What is at `file`, before it is read: reading a named pipe (FIFO) would
 * wait forever, and a link to nothing or a link loop would end the build with
 * a stack trace. Anything but a regular file (links followed) is a located
 * error.
 */
export function regularFile(file: string, problems: Problems): Stats {
  const loc = { file, line: 1, column: 1 };
  const name = basename(file);
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const link = isLink(file);
    const why = code === 'ELOOP' ? 'loop' : code === 'ENOENT' && link ? 'dangling' : code === 'ENOENT' ? 'missing' : 'other';
    return problems.fail({ code: 'unreadable-file', params: { name, why, errno: code, link }, loc });
  }
  if (!stats.isFile()) {
    const kind = stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device';
    problems.fail({ code: 'not-a-file', params: { name, kind }, loc });
  }
  return stats;
}

/** A file's warning once per build, however many slides and templates read the file. */
export function warnOnce(problems: Problems, warning: Warning): void {
  if (problems.list.some((d) => d.code === warning.code && d.loc?.file === warning.loc?.file)) return;
  problems.warn(warning);
}
