import type { en } from './messages/en.js';
import type { SchemaIssue } from './messages/types.js';

/**
 * A schema's explanations in every language. zod keeps an issue's message
 * as a string, made when the schema is defined, before anyone knows the
 * language of the run: a schema's own explanation is written as
 * `schemaError(key, params)`, a marked string that names its entry in the
 * catalogues' `schema` section, and is read back into words when the
 * diagnostic is made (`explain`). Anything else is zod's own message, told
 * by the catalogue's `zod-issue` entry from the issue's code and bounds.
 */
type Schema = (typeof en)['schema'];
export type SchemaKey = Exclude<keyof Schema, 'zod-issue'>;

const MARK = '\u0000samling:';

/** The message a schema gives for `key` (the catalogues' `schema[key]`), with its values. */
export function schemaError<K extends SchemaKey>(key: K, ...params: Parameters<Schema[K]>): string {
  return `${MARK}${key}${params.length ? JSON.stringify(params[0]) : ''}`;
}

type SchemaTexts = { readonly [key: string]: (p: never) => string } & { readonly 'zod-issue': (issue: SchemaIssue) => string };

/** An issue's explanation in the words of one catalogue's `schema` section. */
export function explain(schema: SchemaTexts, issue: SchemaIssue): string {
  if (issue.message.startsWith(MARK)) {
    const rest = issue.message.slice(MARK.length);
    const brace = rest.indexOf('{');
    const key = brace < 0 ? rest : rest.slice(0, brace);
    const entry = schema[key] as ((p: unknown) => string) | undefined;
    if (entry) return entry(brace < 0 ? undefined : JSON.parse(rest.slice(brace)));
  }
  return schema['zod-issue'](issue);
}
