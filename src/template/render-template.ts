import Handlebars from 'handlebars';
import type { Problems } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import type { TemplateBudget } from '../i18n/messages/types.js';
import type { Lang, SourceLoc } from '../model/types.js';
import type { Source } from '../load/load-deck.js';
import type { DataSet } from './data.js';
import { helpers } from './helpers.js';
import { checkSyntax, findDynamicIncludes, findIncludes, type Partial } from './library.js';
import { escapeValues, MarkerTable, markInclude } from './line-markers.js';
import { describeTemplateError, locateError, type Located } from './template-errors.js';
import { SameText } from '../util/same-text.js';

/** The output of the `template` stage: Markdown, and for each of its lines the author's location. */
export interface Templated {
  markdown: string;
  lineMap: SourceLoc[];
  /** partials (transitively) and data files the deck uses: the watcher's dependency map */
  partials: Set<string>;
  dataFiles: Set<string>;
}

/**
 * The last template compiled from each file (the deck, each partial), in
 * each language: a watch rebuild recompiles only the file whose structure
 * changed — a save that changes text only compiles nothing, as line-markers.ts
 * keeps plain lines' text out of what Handlebars compiles. One entry per
 * file, so a deck edited all day holds one compiled template, not one per
 * save; bounded by bytes (least recently used file first), an entry counted
 * as 8 bytes per character of its marked source: the source the compiled
 * function keeps, the JavaScript Handlebars generates from it (the source
 * again, in string literals) and V8's code for that.
 */
export const COMPILED_TEMPLATE_BYTES = 32 * 1024 * 1024;
const compiled = new SameText<HandlebarsTemplateDelegate>(COMPILED_TEMPLATE_BYTES);
function compileCached(hb: typeof Handlebars, lang: Lang, file: string, source: string): HandlebarsTemplateDelegate {
  return compiled.get(`${lang}\u0000${file}`, source, () => hb.compile(source, { strict: true, noEscape: true, preventIndent: true }));
}

/** The compiled-template cache's bytes and entries, as counted (tests, benches). */
export function compiledTemplateCache(): { bytes: number; entries: number } {
  return { bytes: compiled.bytes, entries: compiled.size };
}

/**
 * While a deck renders: the template being run (the deck, or a partial and
 * where it was included) and the problems found so far. A missing variable
 * or a helper's bad argument is recorded here and rendering goes on with an
 * empty value, so every template problem of a deck is reported in one run.
 * Rendering is synchronous: one deck at a time.
 */
interface Frame {
  file: string;
  source: string;
  firstLine: number;
  partial?: string;
  includedFrom?: SourceLoc;
}
let collecting: { frames: Frame[]; errors: (Error & Located)[] } | undefined;

function record(err: Error & Located): void {
  const frame = collecting!.frames[collecting!.frames.length - 1]!;
  if (frame.partial) {
    err.samlingPartial = frame.partial;
    err.samlingIncludedFrom = frame.includedFrom;
  }
  locateError(err, frame.file, frame.source, frame.firstLine);
  collecting!.errors.push(err);
}

/**
 * Handlebars' strict mode throws at the first missing variable from
 * `container.strict`. Each compiled program gets a container whose `strict`
 * records the variable at its mustache and gives `undefined` (as non-strict
 * Handlebars would) when a deck is being rendered.
 */
type Program = (container: Record<PropertyKey, unknown>, ...rest: unknown[]) => unknown;
const COLLECTING = Symbol('collecting container');
/** What a missing variable reads as while the deck's other problems are collected: empty text, as a value or called. */
const EMPTY = () => '';
const containers = new WeakMap<object, Record<PropertyKey, unknown>>();
function collectingContainer(container: Record<PropertyKey, unknown>): Record<PropertyKey, unknown> {
  if (container[COLLECTING]) return container;
  let own = containers.get(container);
  if (!own) {
    const strict = container.strict as (obj: unknown, name: string, loc: unknown) => unknown;
    own = Object.create(container) as Record<PropertyKey, unknown>;
    own[COLLECTING] = true;
    own.strict = (obj: Record<PropertyKey, unknown> | undefined, name: string, loc: { start?: { line: number; column: number }; end?: { column: number } } | undefined) => {
      // a value that is not an object (`{{tema}}` in `{{#each dates}}`) has no variables: missing too, not a crash
      if (!collecting || (obj && (typeof obj === 'object' || typeof obj === 'function') && name in obj)) return strict(obj, name, loc);
      const keys = obj && typeof obj === 'object' ? Object.keys(obj) : undefined;
      const err = Object.assign(new Error(`"${name}" not defined in ${String(obj)}`), { lineNumber: loc?.start?.line, column: loc?.start?.column, endColumn: loc?.end?.column, samlingKeys: keys });
      record(err);
      // `{{Kva fungerte godt?}}` calls what it finds (the helper `Kva`): an empty value that can also be called
      return EMPTY;
    };
    containers.set(container, own);
  }
  return own;
}
function withCollectingStrict(spec: Record<PropertyKey, unknown>): Record<PropertyKey, unknown> {
  const out = { ...spec };
  for (const [key, fn] of Object.entries(spec)) {
    if (typeof fn !== 'function' || !(key === 'main' || /^\d+$/.test(key))) continue;
    out[key] = (container: Record<PropertyKey, unknown>, ...rest: unknown[]) => (fn as Program)(collectingContainer(container), ...rest);
  }
  return out;
}

/**
 * One Handlebars environment per language, its helpers registered once.
 * Partials are never registered in it: each build hands its own deck's
 * partials to the template call, so no deck sees another project's partial,
 * nor one deleted since (watch mode).
 */
/**
 * What one deck's template may cost (issue 13 item 12): its output at most
 * MAX_OUTPUT_BYTES and 50 × its own text (partials included), loops at most
 * MAX_LOOP_ROUNDS rounds in all, blocks nested at most MAX_BLOCK_DEPTH deep.
 * A 200-byte partial bomb or three nested `#each` over a long list stop at
 * the bound with a located error instead of running for minutes.
 */
const MAX_OUTPUT_BYTES = 20 * 1024 * 1024;
const MAX_LOOP_ROUNDS = 200_000;
const MAX_BLOCK_DEPTH = 10;
class TemplateBudgetError extends Error {
  constructor(readonly budget: TemplateBudget) {
    super(budget.kind === 'rounds' ? `the template's loops run more than ${budget.max} rounds` : `the template makes ${budget.final ? '' : 'more than '}${budget.mb} MB of text`);
  }
}
let budget: { output: number; spent: number; rounds: number; markers: MarkerTable } | undefined;
/** Count what a template made: its text as it will be once the lines kept aside are put back. */
function spend(out: string): void {
  if (!budget) return;
  budget.spent += budget.markers.length(out);
  if (budget.spent > budget.output) throw new TemplateBudgetError({ kind: 'output', mb: (budget.output / 1048576).toFixed(1), final: false });
}

const environments = new Map<Lang, typeof Handlebars>();
function environment(lang: Lang): typeof Handlebars {
  let hb = environments.get(lang);
  if (!hb) {
    hb = Handlebars.create();
    for (const [name, fn] of Object.entries(helpers(lang))) {
      hb.registerHelper(name, (...args: unknown[]) => {
        // Handlebars passes its options object last: `{{date}}` with no value would hand the helper that object
        // (and its message would print the whole deck's data); give it "nothing" instead
        const options = args[args.length - 1] as { loc?: { start?: { line: number } } } | undefined;
        try {
          return fn(...(args.length === 1 ? [undefined, ...args] : args));
        } catch (e) {
          if (!collecting || !(e instanceof RangeError)) throw e;
          // the call's own line (the text search alone would find `{{date` inside `{{daterange` on another line)
          if (options?.loc?.start) Object.assign(e, { helperLine: options.loc.start.line });
          record(e);
          return '';
        }
      });
    }
    // every round of every loop counts against the deck's budget
    const each = hb.helpers.each as (context: unknown, options: { fn: (...a: unknown[]) => string }) => string;
    hb.registerHelper('each', function (this: unknown, context: unknown, options: { fn: (...a: unknown[]) => string }) {
      const fn = options.fn;
      const counted = {
        ...options,
        fn: (...a: unknown[]) => {
          if (budget && ++budget.rounds > MAX_LOOP_ROUNDS) throw new TemplateBudgetError({ kind: 'rounds', max: MAX_LOOP_ROUNDS });
          const out = fn(...a);
          spend(out);
          return out;
        },
      };
      return each.call(this, context, counted);
    });
    const template = hb.template.bind(hb);
    hb.template = ((spec: unknown) => template(withCollectingStrict(spec as Record<PropertyKey, unknown>) as never)) as typeof hb.template;
    environments.set(lang, hb);
  }
  return hb;
}

/**
 * `{{> name …}}` → `{{> name … __from="file:line:column"}}` (the marker
 * table's file id): the include's place travels with the call, so that an
 * error inside the partial can also say where it was included. Stripped
 * again before the partial sees its context.
 */
function tagIncludes(markers: MarkerTable, file: string, firstLine = 1): (line: string, i: number) => string {
  const id = markers.id(file);
  return (line, i) => line.replace(/\{\{(~?#?)>(\s*)([A-Za-z0-9_\-./]+)([^}]*?)(~?)\}\}/g, (_m, open: string, space: string, name: string, rest: string, close: string, at: number) => `{{${open}>${space}${name}${rest} __from="${id}:${firstLine + i}:${at + 1}"${close}}}`);
}

function includedFrom(tag: unknown, markers: MarkerTable): SourceLoc | undefined {
  const m = typeof tag === 'string' ? /^(\d+):(\d+):(\d+)$/.exec(tag) : null;
  return m ? { file: markers.file(Number(m[1])), line: Number(m[2]), column: Number(m[3]) } : undefined;
}

/**
 * Run the deck body through Handlebars (strict: a missing variable is an error)
 * with the library partials, the data files and the language's helpers.
 * Missing variables and bad helper arguments are all reported, and the text
 * is rendered with empty values in their place.
 */
export function renderTemplate(
  source: Source,
  library: Map<string, Partial>,
  data: DataSet,
  network: unknown,
  problems: Problems,
): Templated {
  const markers = new MarkerTable();
  const deckStart: SourceLoc = { file: source.file, line: source.bodyLine, column: 1 };
  const usedPartials = reachablePartials(source, library, problems);
  const dataFiles = new Set<string>();
  for (const text of [source.body, ...[...usedPartials].map((p) => library.get(p)!.source)]) {
    for (const m of text.matchAll(/\bdata\.([A-Za-z0-9_-]+)/g)) dataFiles.add(m[1]!);
  }
  if (source.meta.network) dataFiles.add('networks');
  problems.throwIfErrors();

  const lang = source.meta.lang;
  const hb = environment(lang);
  const partials: Record<string, Handlebars.Template> = Object.create(null);
  for (const name of usedPartials) {
    const partial = library.get(name)!;
    const template = compileCached(hb, lang, partial.file, markers.mark(partial.source, partial.file, 1, tagIncludes(markers, partial.file)));
    partials[name] = ((ctx: unknown, opts: RuntimeOptions & { hash?: Record<string, unknown> }) => {
      const { __from: from, ...params } = opts.hash ?? {};
      const own = ctx && typeof ctx === 'object' ? { ...(ctx as Record<string, unknown>) } : ctx;
      if (own && typeof own === 'object') delete (own as Record<string, unknown>).__from;
      // the parameters given at this include, apart from the deck's own keys they are merged with: `@params.title`
      const data = { ...Handlebars.createFrame(opts.data ?? {}), params };
      collecting?.frames.push({ file: partial.file, source: partial.source, firstLine: 1, partial: name, includedFrom: includedFrom(from, markers) });
      try {
        // the output carries where it was included, for problems the later stages find in it
        const out = template(own, { ...opts, data });
        spend(out);
        return markInclude(out, String(from));
      } catch (e) {
        const err = e as Error & Located;
        if (!err.samlingLoc) {
          err.samlingPartial = name;
          err.samlingIncludedFrom = includedFrom(from, markers);
        }
        locateError(err, partial.file, partial.source, 1);
        throw e;
      } finally {
        collecting?.frames.pop();
      }
    }) as unknown as Handlebars.Template;
  }

  // the author's private-use characters are escaped in values as in the text (line-markers.ts)
  const context = escapeValues({ ...source.meta.vars, data, network, lang });
  let output: string;
  const found: NonNullable<typeof collecting> = { frames: [{ file: source.file, source: source.body, firstLine: source.bodyLine }], errors: [] };
  // every missing variable and bad helper argument, once per place (a loop meets the same one many times)
  const report = () => {
    const seen = new Set<string>();
    for (const err of found.errors) {
      const d = describeTemplateError(err, context);
      const at = (l?: SourceLoc) => `${l?.file}:${l?.line}:${l?.column}`;
      const key = `${at(d.loc)}<${at(d.includedFrom)}:${d.code}:${JSON.stringify('params' in d ? d.params : {})}`;
      if (!seen.has(key)) problems.error(d);
      seen.add(key);
    }
  };
  const depth = tooDeep(source.body);
  if (depth) problems.fail({ code: 'template-too-deep', params: { max: MAX_BLOCK_DEPTH }, loc: { file: source.file, line: source.bodyLine + depth.line - 1, column: depth.column } });
  const ownText = source.body.length + [...usedPartials].reduce((n, p) => n + library.get(p)!.source.length, 0);
  budget = { output: Math.min(MAX_OUTPUT_BYTES, 50 * Math.max(ownText, 20_000)), spent: 0, rounds: 0, markers };
  collecting = found;
  try {
    const template = compileCached(hb, lang, source.file, markers.mark(source.body, source.file, source.bodyLine, tagIncludes(markers, source.file, source.bodyLine)));
    // nested includes reach the same partials: Handlebars passes them on to each partial it calls
    output = template(context, { partials });
    const made = markers.length(output);
    if (made > budget.output) throw new TemplateBudgetError({ kind: 'output', mb: (made / 1048576).toFixed(1), final: true });
  } catch (e) {
    collecting = undefined;
    if (e instanceof TemplateBudgetError) {
      return problems.fail({ code: 'template-too-big', params: { budget: e.budget, budgetMb: (budget.output / 1048576).toFixed(1), maxRounds: MAX_LOOP_ROUNDS }, loc: firstMultiplier(source) });
    }
    // a syntax error is reported at its line of the author's text (the deck is parsed only once when it has none)
    if (!checkSyntax(source.body, source.file, problems, source.bodyLine)) problems.throwIfErrors();
    report();
    const err = e as Error & Located;
    locateError(err, source.file, source.body, source.bodyLine);
    return problems.fail(describeTemplateError(err, context));
  } finally {
    collecting = undefined;
    budget = undefined;
  }
  // the later stages run on the text with empty values, and report their problems too; but a helper
  // that failed wrote nothing in its place (`networksFor`: a whole slide), which would only be misjudged
  report();
  if (found.errors.some((e) => e instanceof RangeError)) problems.throwIfErrors();
  const { text, lineMap } = markers.unmark(output, deckStart);
  return { markdown: text, lineMap, partials: usedPartials, dataFiles };
}

type RuntimeOptions = Handlebars.RuntimeOptions;

/** Partials the deck includes, directly or through other partials; unknown names are errors. */
function reachablePartials(source: Source, library: Map<string, Partial>, problems: Problems): Set<string> {
  const used = new Set<string>();
  const names = [...library.keys()];
  const refuseDynamic = (text: string, file: string, firstLine: number) => {
    for (const loc of findDynamicIncludes(text, file, firstLine)) {
      problems.error({ code: 'dynamic-partial', loc });
    }
  };
  const visit = (includes: { name: string; loc: SourceLoc }[]) => {
    for (const inc of includes) {
      const partial = library.get(inc.name);
      if (!partial) {
        problems.error({ code: 'unknown-partial', params: { name: inc.name, names, near: closest(inc.name, names) }, loc: inc.loc, length: inc.name.length });
        continue;
      }
      if (used.has(inc.name)) continue;
      used.add(inc.name);
      refuseDynamic(partial.source, partial.file, 1);
      visit(partial.includes);
    }
  };
  refuseDynamic(source.body, source.file, source.bodyLine);
  visit(findIncludes(source.body, source.file, source.bodyLine));
  return used;
}

/** Where the output can multiply: the deck's first include or loop (else the start of its body). */
function firstMultiplier(source: Source): SourceLoc {
  const lines = source.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.search(/\{\{~?(#each\b|#?>)/);
    if (at >= 0) return { file: source.file, line: source.bodyLine + i, column: at + 1 };
  }
  return { file: source.file, line: source.bodyLine, column: 1 };
}

/** The first block opened deeper than MAX_BLOCK_DEPTH (1-based line and column in `text`), if any. */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('{{')) continue;
    for (const m of lines[i]!.matchAll(/\{\{~?([#/])/g)) {
      depth += m[1] === '#' ? 1 : -1;
      if (depth > MAX_BLOCK_DEPTH) return { line: i + 1, column: m.index! + 1 };
    }
  }
  return undefined;
}
