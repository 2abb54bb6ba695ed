import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Problems } from '../errors/diagnostic.js';
import type { CsvProblem } from '../i18n/messages/types.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import { readProjectFile, warnOnce, type Warning } from '../load/load-deck.js';
import { SameText } from '../util/same-text.js';

const parsedYaml = new SameText<ReturnType<typeof parseLocatedYaml>>();
const parsedCsv = new SameText<unknown>();

/** Everything in `decks/_data`, by file name without extension. */
export type DataSet = Record<string, unknown>;

/** The data files and the warnings of those read as Windows-1252, by the same name: given where a deck uses one (`warnUsedData`). */
export interface LoadedData {
  data: DataSet;
  windows1252: Map<string, Warning>;
}

/**
 * Read `_data/*.yaml|yml|csv`. A CSV becomes a list of rows keyed by the
 * header line; numbers stay text (a column's meaning decides, in its component).
 */
export function loadData(dirs: string | string[], readable: string[], problems: Problems, sources: Map<string, string>): LoadedData {
  const loaded: LoadedData = { data: {}, windows1252: new Map() };
  // nearest folder first: a name found nearer wins
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) readDataFolder(dir, loaded, readable, problems, sources);
  return loaded;
}

/**
 * Every CSV of _data is read for the template, used or not: the warning of
 * one read as Windows-1252 is given when the deck uses it (`used`: the names
 * after `data.` in the deck and its partials), once per file.
 */
export function warnUsedData(loaded: LoadedData, used: Iterable<string>, problems: Problems): void {
  for (const name of used) {
    const warning = loaded.windows1252.get(name);
    if (warning) warnOnce(problems, warning);
  }
}

function readDataFolder(dir: string, { data, windows1252 }: LoadedData, readable: string[], problems: Problems, sources: Map<string, string>): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    problems.error({ code: 'not-a-folder', params: { name: basename(dir), holds: basename(dir) === '_data' ? 'data' : 'partials' }, loc: { file: dir, line: 1, column: 1 } });
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    const ext = extname(name).toLowerCase();
    const key = basename(name, extname(name));
    if (key in data) continue;
    if (ext === '.yaml' || ext === '.yml') {
      const text = readProjectFile(file, readable, problems);
      if (text === undefined) continue;
      sources.set(file, text);
      const doc = parsedYaml.get(file, text, () => parseLocatedYaml(text, file));
      for (const e of doc.errors) problems.error({ code: 'data-yaml', params: { problem: e.problem }, loc: e.loc });
      data[key] = doc.value;
    } else if (ext === '.csv') {
      const text = readProjectFile(file, readable, problems, { spreadsheet: { later: (warning) => windows1252.set(key, warning) } });
      if (text === undefined) continue;
      sources.set(file, text);
      try {
        data[key] = parsedCsv.get(file, text, () => parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, delimiter: sniffDelimiter(text) }));
      } catch (e) {
        const err = e as CsvParseError;
        problems.error({ code: 'data-csv', params: { problem: csvProblem(err) }, loc: { file, line: err.lines ?? 1, column: 1 } });
      }
    }
  }
}

/** What csv-parse throws: its code, its English message, the line it stopped at. */
export interface CsvParseError {
  code?: string;
  message: string;
  lines?: number;
}

/** A CSV reader's error as the message catalogue words it: a row of the wrong length, a stray quote, or the reader's own text. */
export function csvProblem(err: CsvParseError): CsvProblem {
  const text = err.message.replace(/^Invalid Record Length: /, '');
  const length = /^expect (\d+), got (\d+) on line (\d+)$/.exec(text);
  if (length) return { kind: 'columns', expected: Number(length[1]), got: Number(length[2]), line: Number(length[3]) };
  if (/QUOTE/.test(err.code ?? '')) return { kind: 'quote', text };
  return { kind: 'other', text };
}

/** Norwegian spreadsheets save CSV with `;` (the comma is the decimal sign). */
export function sniffDelimiter(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}
