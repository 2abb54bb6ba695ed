/**
 * `samling components [name]`: every layout and component with its syntax and
 * its options, and the library partials with their parameters. The same text
 * makes the README's option and partial tables (tests/component-docs.test.ts
 * keeps them equal), so the two cannot drift apart.
 */
import { closest } from '../errors/suggest.js';
import { COMMON } from '../layout/index.js';
import { optionDocs, type OptionDoc } from '../layout/option-docs.js';
import { layouts } from '../layout/registry.js';
import type { LayoutDefinition } from '../layout/types.js';
import type { PartialDoc } from '../template/library-docs.js';

const indent = (text: string, by: string) => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

/** «values `bar` | `pie`; default `bar`» after the description, when the schema says so. */
function valuesAndDefault(o: OptionDoc, code: (s: string) => string): string {
  const parts = [...(o.values ? [`values: ${o.values.map(code).join(' | ')}`] : []), ...(o.default !== undefined ? [`default: ${code(o.default)}`] : [])];
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function layoutText(def: LayoutDefinition<unknown>): string {
  const options = optionDocs(def);
  const lines = [def.name, `  ${def.summary}`, '', indent(def.syntax, '    ')];
  if (options.length) {
    lines.push('', '  options (in the directive comment):');
    for (const o of options) lines.push(`    ${o.example}`, `        ${o.description}${valuesAndDefault(o, (s) => s)}`);
  }
  return lines.join('\n') + '\n';
}

export function partialText(doc: PartialDoc, where: string): string {
  const lines = [`${doc.name}   (${where})`, `  ${doc.summary || 'a partial of the library (its opening comment says nothing more)'}`, '', `    {{> ${doc.name}}}`];
  if (doc.params.length) {
    lines.push('', '  parameters:');
    for (const p of doc.params) lines.push(`    {{> ${doc.name} ${p.example}}}`, `        ${p.description ?? 'read by the partial; its opening comment does not describe it'}`);
  }
  return lines.join('\n') + '\n';
}

const COMMON_LINE = `Every slide also takes ${COMMON.map((k) => `\`${k}\``).join(', ')} (README, «Directives»).`;

/**
 * The listing, or one layout's or partial's part of it; `undefined` with the
 * message when `name` is none of them.
 */
export function componentsText(name: string | undefined, partials: PartialDoc[], where: (doc: PartialDoc) => string): { text: string } | { unknown: { name: string; near?: string } } {
  const defs = name === undefined ? layouts : layouts.filter((l) => l.name === name);
  const docs = name === undefined ? partials : partials.filter((p) => p.name === name);
  if (!defs.length && !docs.length) {
    const names = [...layouts.map((l) => l.name), ...partials.map((p) => p.name)];
    const near = closest(name!, names);
    return { unknown: { name: name!, near } };
  }
  const parts = defs.map(layoutText);
  if (defs.length) parts.push(COMMON_LINE + '\n');
  if (docs.length) {
    if (name === undefined) parts.push('Library partials: `{{> name}}` in a deck writes whole slides (decks/_library; samling\'s own library for a name the project does not have)\n');
    parts.push(...docs.map((d) => partialText(d, where(d))));
  }
  return { text: parts.join('\n') };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's table of a layout's options (generated: see tests/component-docs.test.ts). */
export function readmeOptions(def: LayoutDefinition<unknown>): string {
  const rows = optionDocs(def).map((o) => `| \`${o.key}\` | \`${cell(o.example)}\` | ${cell(o.description + valuesAndDefault(o, (s) => `\`${s}\``))} |`);
  return ['| option | example | what it does |', '|---|---|---|', ...rows].join('\n');
}

/** The README's table of the library partials (generated from their opening comments). */
export function readmePartials(partials: PartialDoc[]): string {
  const rows = partials.map((d) => {
    const params = d.params.map((p) => `\`${cell(p.example)}\`: ${cell(p.description ?? 'not described')}`).join('<br>') || '—';
    return `| \`{{> ${d.name}}}\` | ${params} | ${cell(d.summary)} |`;
  });
  return ['| partial | parameters | writes |', '|---|---|---|', ...rows].join('\n');
}
