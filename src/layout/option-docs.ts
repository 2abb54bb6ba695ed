import { z } from 'zod';
import type { LayoutDefinition } from './types.js';

/** One directive option of a layout, as `samling components` and the README show it. */
export interface OptionDoc {
  key: string;
  /** the example as it is written in the directive: `columns: [Hva fungerte godt?, Hva kunne vært bedre?]` */
  example: string;
  description: string;
  /** the values it takes, when they are a short list */
  values?: string[];
  default?: string;
}

/**
 * A layout's options, read from its zod schema: each option says what it does
 * and gives an example in its `.meta()`, beside the rule that checks it, so
 * the documentation changes with the option. An option without them is a
 * failing test (tests/component-docs.test.ts), not a silent gap.
 */
export function optionDocs(def: LayoutDefinition<unknown>): OptionDoc[] {
  const schema = z.toJSONSchema(def.options, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string; examples?: unknown[]; default?: unknown; enum?: unknown[] }> };
  return Object.entries(schema.properties ?? {}).map(([key, p]) => ({
    key,
    example: `${key}: ${yamlValue(p.examples?.[0])}`,
    description: p.description ?? '',
    values: p.enum && p.enum.length > 1 ? p.enum.map(yamlValue) : undefined,
    default: p.default === undefined ? undefined : yamlValue(p.default),
  }));
}

/** A value as YAML writes it in a directive: plain where YAML reads it back as the same text, else quoted. */
export function yamlValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  if (typeof v !== 'string') return String(v);
  // text that YAML would read as something else (a number, true, null), or that holds its signs, is quoted
  const plain = /^[\p{L}][^,:#[\]{}"'\n]*$/u.test(v) && !/^(true|false|null|yes|no|on|off|~)$/i.test(v) && v === v.trim();
  const url = /^https?:\/\/[^\s,[\]{}#]+$/.test(v);
  return plain || url ? v : JSON.stringify(v);
}
