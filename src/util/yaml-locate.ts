import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourceLoc } from '../model/types.js';

/** A parsed YAML document that can say where each value is. */
export interface LocatedYaml {
  value: unknown;
  /** syntax errors, with positions */
  errors: { message: string; loc: SourceLoc }[];
  /** location of the key (or value) at `path`; the nearest parent when the path does not exist */
  locate(path: readonly PropertyKey[]): SourceLoc;
}

/**
 * Parse YAML keeping positions, so that a schema problem in `dates[1]` can be
 * reported at that line of the author's file.
 *
 * @param lineOffset lines before the YAML text in the file (front-matter starts after `---`)
 */
export function parseLocatedYaml(text: string, file: string, lineOffset = 0): LocatedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLoc => {
    const p = counter.linePos(offset);
    return { file, line: p.line + lineOffset, column: p.col };
  };
  const errors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, loc: at(e.pos[0]) }));
  return {
    value: errors.length ? undefined : doc.toJS(),
    errors,
    locate(path) {
      let node: unknown = doc.contents;
      let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
          if (!pair) break;
          offset = (pair.key as Node | null)?.range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return at(offset);
    },
  };
}
