import { readFileSync, statSync, type Stats } from 'node:fs';
import { realInside } from '../util/inside.js';
import { basename } from 'node:path';
import matter from 'gray-matter';
import type { Diagnostic, Problems } from '../errors/diagnostic.js';
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
    problems.fail({ code: 'deck-too-big', message: `the deck file is ${(size / 1048576).toFixed(0)} MB`, loc: { file, line: 1, column: 1 }, expected: `a deck under ${MAX_DECK_BYTES / 1048576} MB of text (a long deck is about 50 KB)`, hint: 'split it into several decks; put pictures in assets/ rather than in the text' });
  }
  const text = readUtf8(file, problems);
  sources.set(file, text);
  refuseLongLine(text, file, problems);
  // gray-matter finds the block; `yaml` parses it again with positions for errors. It is given the text up to
  // the closing `---` only: given the whole deck it copies it into a Buffer and looks it up as a property key,
  // which kept a 6 MB deck's text alive until the next build (watch mode)
  const hasFrontMatter = text.startsWith('---\n');
  const close = hasFrontMatter ? text.indexOf('\n---', 3) : -1;
  const fm = matter(close === -1 ? text : text.slice(0, close + 4), { engines: { yaml: () => ({}) } });
  // after the closing line's `---`, less the line end gray-matter drops
  const body = close === -1 ? fm.content : text.slice(text.charAt(close + 4) === '\n' ? close + 5 : close + 4);
  const bodyLine = hasFrontMatter ? text.slice(0, text.length - body.length).split('\n').length : 1;
  const yaml = parseLocatedYaml(hasFrontMatter ? fm.matter.replace(/^\n/, '') : '', file, 1);
  for (const e of yaml.errors) {
    problems.error({ code: 'front-matter-yaml', message: `the front-matter is not valid YAML: ${e.message}`, loc: e.loc, hint: e.hint ?? 'a value with `:` or `#` in it needs quotes, like `venue: "Oslo: Clarion"`' });
  }
  if (!hasFrontMatter) {
    problems.error({
      code: 'front-matter-missing',
      message: 'the deck has no front-matter',
      loc: { file, line: 1, column: 1 },
      expected: 'a first line `---`, then `title: …` and the other keys, then `---`',
    });
  }
  const keys = yaml.value && typeof yaml.value === 'object' ? Object.keys(yaml.value).length : 0;
  if (keys > MAX_FRONT_MATTER_KEYS) {
    problems.error({ code: 'front-matter-too-many-keys', message: `the front-matter has ${keys} keys`, loc: { file, line: 2, column: 1 }, expected: `at most ${MAX_FRONT_MATTER_KEYS} keys (a deck has about ten)`, hint: 'put data in decks/_data/*.yaml and read it as `{{data.<file>.…}}`' });
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
      problems.fail({ code: 'line-too-long', message: `line ${line} is ${stop - start} characters long`, loc: { file, line, column: MAX_LINE_CHARS + 1 }, expected: `lines under ${MAX_LINE_CHARS.toLocaleString('en')} characters`, hint: 'break the text into lines and slides; a picture belongs in assets/, not in the text' });
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
    problems.error({ code: 'outside-project', message: `\`${basename(file)}\` leads outside the project (it is a link, or in a linked folder)`, loc: { file, line: 1, column: 1 }, expected: 'a file inside the project', hint: 'copy the file here, or allow its folder in samling.yaml (`allow: [../felles-bibliotek]`)' });
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
export type Warning = Omit<Diagnostic, 'severity'>;

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
      const warning: Warning = {
        code: 'csv-windows-1252',
        message: 'the file is not UTF-8: read as Windows-1252, as Excel saves «CSV (semikolonseparert)»',
        loc: { file, line: at.line, column: at.column },
        hint: 'check that æ, ø and å look right on the slides; in Excel, «Lagre som» → «CSV UTF-8 (kommadelt)» makes this warning go away',
      };
      if (options.spreadsheet === 'warn') warnOnce(problems, warning);
      else options.spreadsheet.later(warning);
      return new TextDecoder('windows-1252').decode(bytes).replace(/\r\n?/g, '\n');
    }
    return problems.fail({
      code: 'not-utf8',
      message: 'the file is not UTF-8 text',
      loc: { file, line: at.line, column: at.column },
      expected: 'a file saved as UTF-8',
      hint: 'save it again as "UTF-8" in your editor (Notepad: Save as → Encoding: UTF-8)',
    });
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
  const name = `\`${basename(file)}\``;
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const link = isLink(file);
    const message =
      code === 'ELOOP' ? `${name} is a link that leads round in a circle` : code === 'ENOENT' && link ? `${name} is a link to a file that does not exist` : code === 'ENOENT' ? `${name} does not exist` : `${name} cannot be read (${code})`;
    return problems.fail({ code: 'unreadable-file', message, loc, expected: 'a text file', hint: link ? 'point the link at an existing file, or delete it' : 'check the file\'s name and permissions' });
  }
  if (!stats.isFile()) {
    const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a named pipe (FIFO), not a file' : stats.isSocket() ? 'a socket, not a file' : 'a device, not a file';
    problems.fail({ code: 'not-a-file', message: `${name} is ${kind}`, loc, expected: 'a text file', hint: 'rename it, or move it out of the decks folder' });
  }
  return stats;
}

/** A file's warning once per build, however many slides and templates read the file. */
export function warnOnce(problems: Problems, warning: Warning): void {
  if (problems.list.some((d) => d.code === warning.code && d.loc?.file === warning.loc?.file)) return;
  problems.warn(warning);
}
