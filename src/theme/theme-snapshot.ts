import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../model/types.js';
import { FontMetrics, type FontStyle, type MetricsFile } from '../text/metrics.js';
import type { LoadedTemplate } from './pptx-template/load-template.js';
import type { TemplateSidecar } from './pptx-template/sidecar.js';
import type { TemplateParts } from './pptx-template/open-package.js';
import type { TemplateModel } from './pptx-template/read-template.js';
import { templateRoles } from './pptx-template/template-theme.js';
import type { SymbolPart, ThemeData } from './schema.js';
import { Theme } from './theme.js';

/**
 * samling's own themes as `npm run build` loaded them (theme-snapshots.ts
 * writes them): the validated theme, its font metrics and its template
 * package in each language, in `dist/theme-snapshots/<name>.json` and
 * `<name>.<lang>.json`.
 *
 * Loading krd from its files is a fifth of a cold build (about 75 ms: the
 * YAML, its schema, four metrics files checked entry by entry, the template
 * package written and read back), and the result is the same every time. A
 * snapshot is used only by the bundle that wrote it (its hash) and only while
 * every file of the theme folder is byte for byte what it was made from;
 * anything else — an edited theme, another build, a damaged file — loads the
 * theme from its files as before. Running from the unbundled files (the tests
 * of the library), there is none.
 */
export interface ThemeSnapshot {
  /** the bundle that wrote it (dist/samling.cjs.hash) */
  bundle: string;
  /** every file of the theme folder (`folderDigest`) */
  digest: string;
  data: ThemeData;
  symbols: Record<string, SymbolPart[]>;
  metrics: Record<FontStyle, MetricsFile>;
}

/** The template package in one language (`<name>.<lang>.json`, read only for a deck in that language). */
export interface TemplateSnapshot {
  bundle: string;
  digest: string;
  file: string;
  /** the parts, text as it is, bytes as base64 */
  parts: [string, string | { base64: string }][];
  model: TemplateModel;
  sidecar: TemplateSidecar;
}

const here = fileURLToPath(import.meta.url);
/** beside the bundle: dist/theme-snapshots */
export const snapshotFolder = join(dirname(here), 'theme-snapshots');

/** The running bundle's hash; undefined when samling runs from its unbundled files. */
export function bundleHash(): string | undefined {
  if (!here.endsWith('.cjs')) return undefined;
  try {
    return readFileSync(`${here}.hash`, 'latin1').trim();
  } catch {
    return undefined;
  }
}

/**
 * A digest of everything under `dir` — each file's content by its path, links
 * followed — and the texts of the two YAML files (for code frames). What
 * cannot be read (a link to nothing, as an editor's lock file is) counts by
 * its name and the error, so it neither breaks a build nor goes unnoticed.
 */
export function folderDigest(dir: string): { digest: string; texts: Map<string, string> } {
  const hash = createHash('sha256');
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (folder: string) => {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      // by its path with '/' on every system: a snapshot made on Linux serves Windows too
      hash.update(relative(dir, path).split(sep).join('/')).update('\0');
      try {
        if (statSync(path).isDirectory()) {
          walk(path);
          continue;
        }
        const bytes = readFileSync(path);
        hash.update(bytes);
        if (folder === dir && /^(theme|symbols)\.yaml$/.test(name)) texts.set(path, bytes.toString('utf8'));
      } catch (e) {
        hash.update(`unreadable: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      hash.update('\0');
    }
  };
  walk(dir);
  return { digest: hash.digest('hex'), texts };
}

/** which snapshot a restored theme came from: its template packages are read from the same one */
const restored = new WeakMap<Theme, { name: string; bundle: string; digest: string }>();

/**
 * Theme `name` of samling's own, from its snapshot, when there is one made by
 * this bundle from these very files; `sources` gets theme.yaml's and
 * symbols.yaml's text, as loading them does.
 */
export function restoreTheme(name: string, dir: string, sources: Map<string, string> | undefined): Theme | undefined {
  const bundle = bundleHash();
  if (!bundle || process.env.SAMLING_NO_THEME_SNAPSHOT === '1') return undefined;
  const snapshot = readSnapshot<ThemeSnapshot>(name);
  if (snapshot?.bundle !== bundle) return undefined;
  let folder: ReturnType<typeof folderDigest>;
  try {
    folder = folderDigest(dir);
  } catch {
    // the theme folder itself unreadable: loading it from its files says what is wrong
    return undefined;
  }
  const { digest, texts } = folder;
  if (snapshot.digest !== digest) return undefined;
  for (const [file, text] of texts) sources?.set(file, text);
  const metrics = Object.fromEntries(Object.entries(snapshot.metrics).map(([style, file]) => [style, new FontMetrics(file)])) as Record<FontStyle, FontMetrics>;
  const theme = new Theme(snapshot.data, dir, metrics, snapshot.symbols);
  restored.set(theme, { name, bundle, digest });
  return theme;
}

/**
 * The template package of a theme restored from its snapshot, in `lang`
 * (render/pptx/theme-template.ts); its roles are chosen again from its
 * model, so that they are the model's own placeholders, as when it is made.
 */
export function restoredTemplate(theme: Theme, lang: Lang): LoadedTemplate | undefined {
  const from = restored.get(theme);
  if (!from) return undefined;
  const snapshot = readSnapshot<TemplateSnapshot>(`${from.name}.${lang}`);
  if (snapshot?.bundle !== from.bundle || snapshot.digest !== from.digest) return undefined;
  const parts: TemplateParts = new Map(snapshot.parts.map(([name, content]) => [name, typeof content === 'string' ? content : new Uint8Array(Buffer.from(content.base64, 'base64'))]));
  const { roles, problems } = templateRoles(snapshot.model, snapshot.sidecar.layouts ?? {});
  if (problems.length) return undefined;
  return { file: snapshot.file, parts, model: snapshot.model, roles, sidecar: snapshot.sidecar };
}

/** What `writeThemeSnapshots` keeps of a template package. */
export function templateSnapshot(loaded: LoadedTemplate, bundle: string, digest: string): TemplateSnapshot {
  const parts = [...loaded.parts].map(([name, content]): TemplateSnapshot['parts'][number] => [name, typeof content === 'string' ? content : { base64: Buffer.from(content).toString('base64') }]);
  return { bundle, digest, file: loaded.file, parts, model: loaded.model, sidecar: loaded.sidecar };
}

function readSnapshot<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(snapshotFolder, `${name}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
