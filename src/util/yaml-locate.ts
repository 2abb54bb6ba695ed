import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { YamlProblem } from '../i18n/messages/types.js';
import type { SourceLoc } from '../model/types.js';

/** A parsed YAML document that can say where each value is. */
export interface LocatedYaml {
  value: unknown;
  /** syntax errors, with positions (an alias problem has a hint of its own where the caller's would mislead) */
  errors: { problem: YamlProblem; loc: SourceLoc }[];
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
  const errors: LocatedYaml['errors'] = doc.errors.map((e) => ({ problem: { kind: 'syntax', code: e.code, text: e.message.split('\n')[0] ?? e.message }, loc: at(e.pos[0]) }));
  if (!errors.length) errors.push(...aliasErrors(doc, at));
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // anything toJS refuses is about aliases (the parse itself went through): say where the first one is
      const problem: YamlProblem = e instanceof ReferenceError && /alias count/i.test(e.message) ? { kind: 'alias-count', max: MAX_ALIAS_COUNT } : { kind: 'alias-other', text: (e as Error).message };
      errors.push({ problem, loc: at(firstAlias(doc) ?? 0) });
    }
  }
  return {
    value,
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

/**
 * YAML aliases (`&a` … `*a`) are allowed, but bounded: a "billion laughs"
 * (each level nine aliases of the one before) would expand to 9⁹ values, and
 * `title: &x [*x]` to a value that contains itself, which nothing after the
 * parse can walk. `yaml` counts the nodes an alias expands to against this.
 */
const MAX_ALIAS_COUNT = 100;

/** Aliases that refer to no anchor, or to the value they stand inside of. */
function aliasErrors(doc: Document, at: (offset: number) => SourceLoc): LocatedYaml['errors'] {
  const errors: LocatedYaml['errors'] = [];
  visit(doc, {
    Alias(_key, alias) {
      const offset = alias.range?.[0] ?? 0;
      const target = alias.resolve(doc);
      if (!target) errors.push({ problem: { kind: 'alias-missing', alias: alias.source }, loc: at(offset) });
      else if (target.range && target.range[0] <= offset && offset < target.range[1]) {
        errors.push({ problem: { kind: 'alias-inside', alias: alias.source }, loc: at(offset) });
      }
      return errors.length ? visit.BREAK : undefined;
    },
  });
  return errors;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
