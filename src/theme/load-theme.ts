import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problems } from '../errors/diagnostic.js';
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
    return problems.fail({
      code: 'unknown-theme',
      message: `unknown theme \`${name}\``,
      loc: at,
      length: name.length,
      expected: `a folder in themes/ with a theme.yaml: ${names.map((n) => `\`${n}\``).join(', ')}`,
      hint: near ? `did you mean \`${near}\`?` : 'add the folder, or leave `theme:` out to use krd',
    });
  }
  const cached = cache.get(dir);
  if (cached) return cached;

  // a project's theme reads only inside the project (theme-files.ts)
  const files = new ThemeFiles(dir, projectDir, problems, at, sources);
  const file = join(dir, 'theme.yaml');
  const doc = parseLocatedYaml(files.readText('theme.yaml'), file);
  for (const e of doc.errors) problems.error({ code: 'theme-yaml', message: `theme file is not valid YAML: ${e.message}`, loc: e.loc });
  problems.throwIfErrors();
  const parsed = themeSchema.safeParse(doc.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.error({ code: 'theme-schema', message: `theme ${issue.path.join('.')}: ${issue.message}`, loc: doc.locate(issue.path), length: String(issue.path.at(-1) ?? '').length });
    }
    problems.throwIfErrors();
    throw new Error('unreachable');
  }
  const data = parsed.data;
  if (!data.fonts.metrics) {
    return problems.fail({ code: 'theme-schema', message: 'theme fonts.metrics: missing: a theme folder names the metrics file of each face (regular, bold, italic, boldItalic)', loc: doc.locate(['fonts']), length: 'fonts'.length, expected: 'fonts.metrics: { regular: metrics/regular.json, bold: …, italic: …, boldItalic: … }', hint: 'make them from the font files with tools/gen-metrics.mjs (README, «The theme»), or use a PowerPoint template: its fonts are measured as installed' });
  }
  const metrics = files.metrics(data.fonts.metrics, (style) => doc.locate(['fonts', 'metrics', style]));
  const symbolsFile = join(dir, 'symbols.yaml');
  let symbols = {};
  if (existsSync(symbolsFile)) {
    const sdoc = parseLocatedYaml(files.readText('symbols.yaml'), symbolsFile);
    const s = symbolsSchema.safeParse(sdoc.value);
    if (!s.success) {
      for (const issue of s.error.issues) problems.error({ code: 'theme-schema', message: `symbol ${issue.path.join('.')}: ${issue.message}`, loc: sdoc.locate(issue.path) });
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
  const fail = (message: string, expected: string, hint: string): never => problems.fail({ code: 'unknown-theme', message, loc: at, length: name.length, expected, hint });
  if (isAbsolute(name) || /^[a-z]+:/i.test(name)) fail(`template \`${name}\` is not a path inside the project`, 'a path relative to the deck or the project, like `maler/DEPMAL.potx`', 'copy the template into the project (a folder `maler/`, say)');
  const readable = where.readable ?? [projectDir];
  const candidates = [...new Set([resolve(where.deckDir ?? projectDir, name), resolve(projectDir, name)])].filter((p) => readable.some((f) => isUnder(p, f)));
  if (!candidates.length) fail(`template \`${name}\` is outside the project`, 'a template inside the project folder, like `maler/DEPMAL.potx`', 'copy it into the project, or allow its folder in samling.yaml (`allow: [../maler]`)');
  const path = candidates.find((p) => existsSync(p));
  if (!path) fail(`template \`${name}\` not found`, `a file at ${candidates.map((c) => relative(projectDir, c) || '.').join(' or ')}`, 'check the spelling; save the organisation\'s template (.potx) into the project');
  const real = realInside(path!, readable);
  if (!real) fail(`template \`${name}\` is outside the project`, 'a template inside the project folder', 'copy it into the project instead of linking to it');
  // text is measured with the body font the template names, as LibreOffice finds it (system-fonts.ts)
  return loadTemplateTheme(real!, name, problems, at, (fonts) => facesFor(fonts.body, (message) => problems.warn({ code: 'font-missing', message, loc: at, length: name.length, hint: 'install the font (or a metric-compatible one) so that text is fitted as it will be drawn' })), where.sources);
}
