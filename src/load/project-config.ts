import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Problems } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import { schemaError } from '../i18n/schema-errors.js';
import { isUnder } from '../util/inside.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import type { SourceLoc } from '../model/types.js';
import { deckLang, themeName } from './front-matter.js';
import { readUtf8 } from './load-deck.js';

/**
 * `samling.yaml` at the project root (optional; it also marks the root, see
 * src/project.ts). Every key is optional:
 *
 *   decks: decks          # where `samling build` with no paths looks
 *   out: out              # where .pptx files go
 *   theme: krd            # a deck's theme when its front-matter names none
 *   lang: nb              # a deck's language when its front-matter names none
 *   messages: nb          # the language of samling's messages (nb, nn, en)
 *   allow: [../felles-bilder]   # folders outside the project that decks may read
 *   preview: { port: 4010 }
 *   pdf: false            # also write a PDF beside each .pptx
 *
 * Precedence, for each setting: a command-line flag, then the deck's
 * front-matter, then this file, then samling's default. Folders are relative
 * to the project root. This schema is the one definition: `samling schema`
 * writes it out as JSON Schema for editors, other settings are added here.
 */
const folder = (like: string) => z.string({ error: schemaError('folder', { like }) }).min(1, schemaError('folder', { like }));

export const projectConfigSchema = z
  .strictObject({
    decks: folder('decks').optional().describe('Where `samling build` with no paths looks for decks (default: decks).'),
    out: folder('out').optional().describe('Where the .pptx files are written (default: out). `--out` overrides it.'),
    theme: themeName.optional().describe("A deck's theme when its front-matter names none (default: krd)."),
    lang: deckLang.optional().describe("A deck's language when its front-matter names none (default: nb)."),
    messages: z.enum(['nb', 'nn', 'en'], { error: schemaError('messages-lang') }).optional().describe("The language of samling's messages: nb, nn or en (default: the locale, LC_ALL, LC_MESSAGES or LANG, when it is nb, no or nn; else en)."),
    allow: z.array(folder('../felles-bilder'), { error: schemaError('folder-list') }).default([]).describe('Folders outside the project that decks may read (pictures, a shared _library or _data).'),
    preview: z
      .strictObject({
        port: z.number({ error: schemaError('port') }).int(schemaError('port-whole')).min(0, schemaError('port-range')).max(65535, schemaError('port-range')).optional().describe('The preview page port (default: 4010; 0 picks a free one). `--port` overrides it.'),
      }, { error: schemaError('preview') })
      .optional(),
    pdf: z.boolean({ error: schemaError('true-or-false') }).optional().describe('Also write each deck as PDF (default: false).'),
  }, { error: schemaError('settings') })
  .describe('samling.yaml: the project configuration of samling (README, "Project configuration").');

type Parsed = z.infer<typeof projectConfigSchema>;

export interface ProjectConfig extends Omit<Parsed, 'decks' | 'out' | 'allow'> {
  /** absolute: where `build` with no paths looks, when set */
  decks?: string;
  /** absolute: where .pptx files go, when set */
  out?: string;
  /** absolute folders besides the project that decks may read */
  allow: string[];
  /** where the config file is or would be: the watcher rebuilds on its change */
  file: string;
  /** where `theme:` is written in it: a theme's problems are reported there for decks that take it */
  themeAt?: SourceLoc;
}

const keys = Object.keys(projectConfigSchema.shape);

export function loadProjectConfig(root: string, problems: Problems, sources: Map<string, string>): ProjectConfig {
  const file = join(root, 'samling.yaml');
  const none: ProjectConfig = { allow: [], file };
  if (!existsSync(file)) return none;
  const text = readUtf8(file, problems);
  sources.set(file, text);
  const doc = parseLocatedYaml(text, file);
  for (const e of doc.errors) problems.error({ code: 'config-yaml', params: { problem: e.problem }, loc: e.loc });
  if (doc.errors.length) return none;
  // `messages:` wins over the locale, for this file's own problems too (when it is one of the three)
  const messages = (doc.value as { messages?: unknown } | null)?.messages;
  if (messages === 'nb' || messages === 'nn' || messages === 'en') problems.lang = messages;
  const parsed = projectConfigSchema.safeParse(doc.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const path = unknown ? [...issue.path, unknown] : issue.path;
      const key = path.join('.');
      const valid = issue.path.length ? ['port'] : keys;
      const near = unknown ? closest(unknown, valid) : undefined;
      problems.error({
        code: 'config-schema',
        params: unknown ? { kind: 'unknown', key, valid, ...(near ? { near } : {}) } : { kind: 'value', key, got: String(JSON.stringify(valueAt(doc.value, path))), issue },
        loc: doc.locate(path as PropertyKey[]),
        length: String(path.at(-1) ?? 'x').length,
      });
    }
    return none;
  }
  const { decks, out, allow: allowed, ...rest } = parsed.data;
  const home = realOrSelf(homedir());
  const allow: string[] = [];
  allowed.forEach((folder, i) => {
    const loc = doc.locate(['allow', i]);
    const real = realOrSelf(resolve(root, folder));
    // judged where it leads, not by how it is written: `../../../..` is `/` too
    if (isUnder(realOrSelf(root), real) || isUnder(home, real)) {
      problems.error({ code: 'config-allow', params: { folder, home: isUnder(home, real) }, loc, length: folder.length });
      return;
    }
    if (isAbsolute(folder)) problems.warn({ code: 'config-absolute', params: { folder }, loc });
    allow.push(real);
  });
  const themeAt = rest.theme === undefined ? {} : { themeAt: doc.locate(['theme']) };
  return { ...rest, ...themeAt, ...(decks === undefined ? {} : { decks: resolve(root, decks) }), ...(out === undefined ? {} : { out: resolve(root, out) }), allow, file };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], value);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
