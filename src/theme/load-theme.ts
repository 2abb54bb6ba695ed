import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problems, Raise } from '../errors/diagnostic.js';
import { facesFor } from '../text/system-fonts.js';
import type { SourceLoc } from '../model/types.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import { symbolsSchema, themeSchema } from './schema.js';
import { Theme } from './theme.js';
import { closest } from '../errors/suggest.js';
import { isUnder, realInside } from '../util/inside.js';
import { loadTemplateTheme } from './pptx-template/load-template.js';
import { builtinThemes, ThemeFiles } from './theme-files.js';
import { ByteLru } from '../util/byte-budget.js';
import { restoreTheme } from './theme-snapshot.js';

/**
 * Loaded themes by folder: a watch session keeps them warm. Bounded by bytes
 * (`approxBytes`: krd with its four faces' metrics is about 1 MB), least
 * recently used first; a theme loaded again is a new object, and the decks
 * that used it lay out and render afresh once.
 */
export const THEME_CACHE_BYTES = 16 * 1024 * 1024;
const cache = new ByteLru<Theme>(THEME_CACHE_BYTES);

/** Folders that hold themes, the project's own first. */
export function themeRoots(projectDir: string): string[] {
  return [join(projectDir, 'themes'), builtinThemes];
}

export function availableThemes(projectDir: string): string[] {
  const names = new Set<string>();
  for (const root of themeRoots(projectDir)) {
    if (!existsSync(root)) continue;
    for (const d of readdirSync(root)) if (existsSync(join(root, d, 'theme.yaml'))) names.add(d);
  }
  return [...names].sort();
}

/**
 * Load a theme by name, once per process: a watch session keeps it warm.
 * Problems in the theme's own files are reported at their lines.
 */
export function loadTheme(name: string, projectDir: string, problems: Problems, at: SourceLoc | undefined, where: { deckDir?: string; readable?: string[]; sources?: Map<string, string> } = {}): Theme {
  if (isTemplatePath(name)) return loadTemplate(name, projectDir, problems, at, where);
  const sources = where.sources;
  const dir = themeRoots(projectDir)
    .map((root) => join(root, name))
    .find((d) => existsSync(join(d, 'theme.yaml')));
  if (!dir) {
    const names = availableThemes(projectDir);
    const near = closest(name, names);
    return problems.fail({ code: 'unknown-theme', params: { kind: 'unknown', name, names, near }, loc: at, length: name.length });
  }
  const cached = cache.get(dir);
  if (cached) return cached;
  // samling's own themes as `npm run build` loaded them, while their files are the same (theme-snapshot.ts)
  const restored = isUnder(dir, builtinThemes) ? restoreTheme(name, dir, sources) : undefined;
  if (restored) {
    cache.set(dir, restored);
    return restored;
  }

  // a project's theme reads only inside the project (theme-files.ts)
  const files = new ThemeFiles(dir, projectDir, problems, at, sources);
  const file = join(dir, 'theme.yaml');
  const doc = parseLocatedYaml(files.readText('theme.yaml'), file);
  for (const e of doc.errors) problems.error({ code: 'theme-yaml', params: { problem: e.problem }, loc: e.loc });
  problems.throwIfErrors();
  const parsed = themeSchema.safeParse(doc.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.error({ code: 'theme-schema', params: { kind: 'theme', path: issue.path.join('.'), issue }, loc: doc.locate(issue.path), length: String(issue.path.at(-1) ?? '').length });
    }
    problems.throwIfErrors();
    throw new Error('unreachable');
  }
  const data = parsed.data;
  if (!data.fonts.metrics) {
    return problems.fail({ code: 'theme-schema', params: { kind: 'no-metrics' }, loc: doc.locate(['fonts']), length: 'fonts'.length });
  }
  const metrics = files.metrics(data.fonts.metrics, (style) => doc.locate(['fonts', 'metrics', style]));
  const symbolsFile = join(dir, 'symbols.yaml');
  let symbols = {};
  if (existsSync(symbolsFile)) {
    const sdoc = parseLocatedYaml(files.readText('symbols.yaml'), symbolsFile);
    const s = symbolsSchema.safeParse(sdoc.value);
    if (!s.success) {
      for (const issue of s.error.issues) problems.error({ code: 'theme-schema', params: { kind: 'symbol', path: issue.path.join('.'), issue }, loc: sdoc.locate(issue.path) });
      problems.throwIfErrors();
    } else symbols = s.data;
  }
  const theme = new Theme(data, dir, metrics, symbols);
  cache.set(dir, theme);
  return theme;
}

/** Forget loaded themes (watch mode, when a theme file changes). */
export function invalidateThemes(): void {
  cache.clear();
}

export const isTemplatePath = (name: string) => /\.(potx|pptx)$/i.test(name);

/**
 * `theme: maler/DEPMAL.potx`: found beside the deck or from the project's top,
 * and read only inside the project (or samling.yaml's `allow:`), as pictures are.
 */
function loadTemplate(name: string, projectDir: string, problems: Problems, at: SourceLoc | undefined, where: { deckDir?: string; readable?: string[]; sources?: Map<string, string> }): Theme {
  const fail = (why: Exclude<Extract<Raise, { code: 'unknown-theme' }>['params'], { kind: 'unknown' }>): never => problems.fail({ code: 'unknown-theme', params: why, loc: at, length: name.length });
  if (isAbsolute(name) || /^[a-z]+:/i.test(name)) fail({ kind: 'template-not-path', name });
  const readable = where.readable ?? [projectDir];
  const candidates = [...new Set([resolve(where.deckDir ?? projectDir, name), resolve(projectDir, name)])].filter((p) => readable.some((f) => isUnder(p, f)));
  if (!candidates.length) fail({ kind: 'template-outside', name });
  const path = candidates.find((p) => existsSync(p));
  if (!path) fail({ kind: 'template-missing', name, places: candidates.map((c) => relative(projectDir, c) || '.') });
  const real = realInside(path!, readable);
  if (!real) fail({ kind: 'template-link-outside', name });
  // text is measured with the body font the template names, as LibreOffice finds it (system-fonts.ts)
  return loadTemplateTheme(real!, name, problems, at, (fonts) => facesFor(fonts.body, (missing) => problems.warn({ code: 'font-missing', params: missing, loc: at, length: name.length })), where.sources);
}
