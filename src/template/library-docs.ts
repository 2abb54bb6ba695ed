/**
 * What a library partial says about itself, for `samling components`: the
 * comment it opens with is its documentation, so it is read from the file the
 * deck uses and changes when the partial does.
 *
 *   {{!--
 *     The networks of decks/_data/networks.yaml as network maps, one slide per pulje …
 *     params:
 *       pulje=2              only this pulje
 *       theme="sykefravaer"  only this theme: omdomme, sykefravaer, heltid-deltid or kompetanse
 *   --}}
 *
 * Each parameter line is `name=example` and what it does (a longer text goes
 * on, indented, on the next lines). A parameter the partial reads
 * (`@params.name`, `lookup this "name"`) without such a line is listed too, as
 * not described.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface PartialParam {
  name: string;
  /** as written at the include: `pulje=2` */
  example: string;
  description?: string;
}

export interface PartialDoc {
  name: string;
  file: string;
  summary: string;
  params: PartialParam[];
}

/** Every partial of the folders, nearest first (a name found nearer wins, as for a deck), by name. */
export function readLibraryDocs(dirs: string[]): PartialDoc[] {
  const docs = new Map<string, PartialDoc>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const name = basename(f, '.md');
      if (!f.endsWith('.md') || docs.has(name)) continue;
      docs.set(name, partialDoc(name, join(dir, f), readFileSync(join(dir, f), 'utf8')));
    }
  }
  return [...docs.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const PARAM_LINE = /^\s*([A-Za-z_][\w-]*)=("[^"]*"|\S+)(?:\s+(.*))?$/;

export function partialDoc(name: string, file: string, source: string): PartialDoc {
  const comment = /^\s*\{\{!(?:--([\s\S]*?)--|([\s\S]*?))\}\}/.exec(source);
  const lines = (comment?.[1] ?? comment?.[2] ?? '').split('\n');
  const start = lines.findIndex((l) => /^\s*(params|parameters):\s*$/i.test(l));
  const text = (start < 0 ? lines : lines.slice(0, start)).map((l) => l.trim()).filter(Boolean).join(' ');
  const params: PartialParam[] = [];
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    const m = PARAM_LINE.exec(line);
    if (m) params.push({ name: m[1]!, example: `${m[1]}=${m[2]}`, description: m[3]?.trim() });
    else if (line.trim() && params.length) {
      const last = params[params.length - 1]!;
      last.description = [last.description, line.trim()].filter(Boolean).join(' ');
    }
  }
  for (const read of paramsRead(source)) {
    if (!params.some((p) => p.name === read)) params.push({ name: read, example: `${read}="…"` });
  }
  return { name, file, summary: text, params };
}

/** The parameters a partial reads by name: `@params.title`, `lookup this "scale"`. */
export function paramsRead(source: string): string[] {
  const found = [...source.matchAll(/@params\.([A-Za-z_][\w-]*)|\blookup\s+this\s+"([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(found)];
}
