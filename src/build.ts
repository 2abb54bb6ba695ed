import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DeckError, Problems, type Diagnostic } from './errors/diagnostic.js';
import { closest } from './errors/suggest.js';
import type { MessageLang } from './i18n/messages/index.js';
import { words } from './i18n/words.js';
import { layoutDeck } from './layout/index.js';
import type { PlacedSlide } from './layout/types.js';
import { loadDeck, type Source } from './load/load-deck.js';
import { loadProjectConfig, type ProjectConfig } from './load/project-config.js';
import { buildDeck } from './model/build-model.js';
import { tokenCache } from './parse/markdown.js';
import type { Deck, NetworkEntry, SourceLoc } from './model/types.js';
import { packageLibrary, projectOf, sharedFolders } from './project.js';
import { LayoutCache } from './layout/layout-cache.js';
import { RenderCache } from './render/pptx/render-cache.js';
import { renderPptx } from './render/pptx/render.js';
import { loadData, warnUsedData, type DataSet } from './template/data.js';
import { loadLibrary } from './template/library.js';
import { renderTemplate } from './template/render-template.js';
import { TextMeasurer } from './text/measure.js';
import { isTemplatePath, loadTheme } from './theme/load-theme.js';
import { templateWarnings } from './theme/pptx-template/deck-warnings.js';
import { sidecarOf } from './theme/pptx-template/load-template.js';
import { loadFontReader } from './text/system-fonts.js';

export interface BuildResult {
  file: string;
  deck?: Deck;
  /** the .pptx bytes, when the build succeeded */
  pptx?: Buffer;
  slides: number;
  diagnostics: Diagnostic[];
  /** every file read, by path: for code frames */
  sources: Map<string, string>;
  /** files the deck depends on (partials, data, theme, images): for watch mode */
  dependencies: Set<string>;
  /** each partial the deck used, and the file that served it (the nearest `_library`, or samling's own) */
  partials?: Map<string, string>;
  /** the laid-out slides (for tests and the fit audit) */
  placed?: PlacedSlide[];
  /** ms the build took, when it ran ahead in a worker thread (cli/build-pool.ts) */
  elapsed?: number;
  /** the language the diagnostics are written in: give it to `formatDiagnostic` for its labels */
  messages: MessageLang;
}

/**
 * Build one deck through every stage: load → template → parse/model → layout → render.
 * Never throws for problems in the author's files: they come back as diagnostics.
 */
/**
 * What a deck's rebuild may reuse from its build before (watch mode): each
 * slide's Markdown tokens, its layout and its finished parts in the package.
 * One per deck; each part bounded by bytes (docs/architecture.md, «Memory»).
 */
export class BuildCache {
  readonly markdown = tokenCache();
  readonly layout = new LayoutCache();
  readonly render = new RenderCache();
}

export interface BuildOptions {
  /** `samling check`: also warn about text set below the comfortable size */
  lint?: boolean;
  /** what the deck's previous build can lend this one (watch mode) */
  cache?: BuildCache;
  /** `--theme`: wins over the front-matter and samling.yaml; a template path is taken from `cwd` */
  theme?: { name: string; cwd: string };
  /**
   * the language of the diagnostics when the deck's samling.yaml names none
   * (`messages:` there wins): nb, nn or en, default en. The library reads no
   * locale; the command line passes the one LC_ALL, LC_MESSAGES or LANG asks for.
   */
  messages?: MessageLang;
}

/** Decks built in this thread: a code cache made after none would lack the build's functions (bin/samling.js). */
let builtHere = 0;
export const decksBuiltHere = () => builtHere;

export async function buildDeckFile(file: string, options: BuildOptions = {}): Promise<BuildResult> {
  builtHere++;
  const problems = new Problems(options.messages ?? 'en');
  const sources = new Map<string, string>();
  const dependencies = new Set<string>([file]);
  const result: BuildResult = { file, slides: 0, diagnostics: problems.list, sources, dependencies, messages: problems.lang };
  try {
    const project = projectOf(file);
    const config = loadProjectConfig(project.root, problems, sources);
    // the project's `messages:` wins over the caller's language (src/i18n/language.ts)
    result.messages = problems.lang = config.messages ?? problems.lang;
    // also when it does not exist yet: creating it may mend a deck (watch mode)
    dependencies.add(config.file);
    const readable = [project.root, realpathSync(project.decksDir), ...config.allow];
    const source = loadDeck(file, problems, sources);
    useConfigDefaults(source.meta, config);
    const fmLoc = (key: string): SourceLoc => source.meta.locs[key] ?? { file, line: 1, column: 1 };
    if (options.theme) useThemeFlag(source.meta, options.theme, project.root);
    // a theme named in samling.yaml is reported at its line there; one given with --theme has no line
    const themeAt = options.theme ? undefined : (source.meta.locs.theme ?? config.themeAt ?? fmLoc('theme'));
    // a template is watched from before it is read: a broken one is mended by saving it again
    // (a template given with --theme is a path from the project's top, made so by useThemeFlag)
    const themeDir = options.theme ? project.root : dirname(file);
    if (isTemplatePath(source.meta.theme)) {
      for (const at of new Set([resolve(themeDir, source.meta.theme), resolve(project.root, source.meta.theme)])) dependencies.add(at).add(sidecarOf(at));
      // a template's fonts are measured as installed (fontkit, loaded only for a template)
      await loadFontReader();
    }
    const theme = loadTheme(source.meta.theme, project.root, problems, themeAt, { deckDir: themeDir, readable, sources });
    if (theme.template) {
      dependencies.add(theme.template.file);
      dependencies.add(sidecarOf(theme.template.file));
    } else dependencies.add(join(theme.dir, 'theme.yaml'));
    // the nearest `_library`/`_data` from the deck's folder up to the decks folder; partials then from samling's own library
    const decksRoot = config.decks ?? join(project.root, 'decks');
    const libraryFolders = sharedFolders(project, decksRoot, '_library');
    const dataFolders = sharedFolders(project, decksRoot, '_data');
    const library = loadLibrary(libraryFolders, [...readable, packageLibrary()], problems, sources);
    const loaded = loadData(dataFolders, readable, problems, sources);
    const data = loaded.data;
    problems.throwIfErrors();
    // the file actually read, as the project sees it (`decks/2014/_data/…` for a deck in decks/2014)
    const networksFile = relative(project.root, dataFolders.flatMap((d) => [join(d, 'networks.yaml'), join(d, 'networks.yml')]).find((f) => existsSync(f)) ?? join(project.decksDir, '_data', 'networks.yaml'));
    const network = findNetwork(source.meta.network, data, source.meta.lang, problems, fmLoc('network'), networksFile);
    if (source.meta.symbol && !Object.hasOwn(theme.symbols, source.meta.symbol) && source.meta.symbol !== 'none') {
      const names = Object.keys(theme.symbols);
      // a template without symbols of its own leaves the symbol out (said once, with its sidecar warning)
      if (theme.template && !names.length) problems.warn({ code: 'unknown-symbol', params: { kind: 'template-has-none', symbol: source.meta.symbol, theme: source.meta.theme }, loc: fmLoc('symbol') });
      else problems.error({ code: 'unknown-symbol', params: { kind: 'unknown', symbol: source.meta.symbol, names: [...names, 'none'], near: closest(source.meta.symbol, names) }, loc: fmLoc('symbol') });
    }
    problems.throwIfErrors();
    const templated = renderTemplate(source, library, data, network, problems);
    warnUsedData(loaded, templated.dataFiles, problems);
    result.partials = new Map([...templated.partials].sort().map((p) => [p, library.get(p)!.file]));
    for (const file of result.partials.values()) dependencies.add(file);
    for (const d of templated.dataFiles) for (const dir of dataFolders) for (const ext of ['yaml', 'yml', 'csv']) dependencies.add(join(dir, `${d}.${ext}`));
    const deck = buildDeck(source, templated, network, problems, options.cache?.markdown);
    result.deck = deck;
    // template and model problems do not stop the layouts: every problem of the deck is reported in one run
    const measure = new TextMeasurer(theme.metrics, theme.sizes.lineSpacing);
    const placed = layoutDeck({ deck, theme, measure, problems, deckDir: dirname(file), projectDir: project.root, readable, dataFolders, lint: options.lint, uses: dependencies }, options.cache?.layout);
    result.placed = placed;
    if (theme.template) templateWarnings(theme.template, placed, source.meta.theme, themeAt, problems);
    checkBounds(placed, file, problems);
    problems.throwIfErrors();
    result.pptx = await renderPptx(deck, placed, theme, options.cache?.render);
    result.slides = placed.length;
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
  } finally {
    // a theme's problems have no line when it came from the command line: say where it came from instead
    if (options.theme) for (const d of problems.list) if (!d.loc) d.message = `--theme ${options.theme.name}: ${d.message}`;
  }
  return result;
}

/**
 * samling.yaml's `theme` and `lang` for a deck whose front-matter names none
 * (front-matter > config > default). The front-matter's own keys are in
 * `locs`; its defaults were filled in by the schema.
 */
function useConfigDefaults(meta: Source['meta'] | undefined, config: ProjectConfig): void {
  if (!meta) return;
  if (config.theme && !('theme' in meta.locs)) meta.theme = meta.vars.theme = config.theme;
  if (config.lang && !('lang' in meta.locs)) meta.lang = meta.vars.lang = config.lang;
}

/**
 * `--theme krd` or `--theme maler/DEPMAL.potx`: a template's path is written
 * from the folder samling runs in, so it is made relative to the project
 * (where a template is looked for; a path leading out is refused there).
 */
function useThemeFlag(meta: Source['meta'] | undefined, flag: { name: string; cwd: string }, root: string): void {
  if (!meta) return;
  const name = isTemplatePath(flag.name) ? relative(root, resolve(flag.cwd, flag.name)).split(sep).join('/') : flag.name;
  meta.theme = meta.vars.theme = name;
}

/** A deck that would make a package no one can open is refused before it is written. */
const MAX_SLIDES = 5000;
const MAX_MEDIA_BYTES = 300 * 1024 * 1024;

function checkBounds(placed: PlacedSlide[], file: string, problems: Problems): void {
  if (placed.length > MAX_SLIDES) {
    problems.error({ code: 'too-many-slides', params: { slides: placed.length, max: MAX_SLIDES }, loc: { file, line: 1, column: 1 } });
  }
  const images = new Map<string, number>();
  for (const s of placed) for (const e of s.elements) if (e.kind === 'image' && e.path) images.set(e.path, statSync(e.path).size);
  const bytes = [...images.values()].reduce((a, b) => a + b, 0);
  if (bytes > MAX_MEDIA_BYTES) {
    problems.error({ code: 'too-much-media', params: { mb: Math.round(bytes / 1048576), maxMb: MAX_MEDIA_BYTES / 1048576 }, loc: { file, line: 1, column: 1 } });
  }
}

function findNetwork(id: string | undefined, data: DataSet, lang: Deck['meta']['lang'], problems: Problems, loc: SourceLoc, networksFile: string): NetworkEntry | undefined {
  if (!id) return undefined;
  const all = (data.networks ?? {}) as Record<string, Record<string, unknown>>;
  // own keys only: `network: constructor` must not find Object.prototype's
  const entry = Object.hasOwn(all, id) ? all[id] : undefined;
  if (!entry || typeof entry !== 'object') {
    const ids = Object.keys(all);
    problems.error({ code: 'unknown-network', params: { id, file: networksFile, ids, near: closest(id, ids) }, loc, length: id.length });
    return undefined;
  }
  const theme = String(entry.theme ?? '');
  return { ...entry, id, theme, name: words[lang].themes[theme] ?? theme, municipalities: (entry.municipalities as string[] | undefined) ?? [] };
}
