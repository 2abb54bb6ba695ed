import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { rendererAvailable, SlideRenderer } from '../preview/render-png.js';
import type { BuildResult } from '../build.js';
import { buildsAhead, POOL_FROM } from './build-pool.js';
import { ProgressBar } from './progress.js';
import { formatDiagnostic } from '../errors/format.js';
import { packageRoot } from '../util/package-root.js';
import { writeAtomic } from '../write/write-atomic.js';
import { parseArgs, usage, UsageError, type Args } from './args.js';
import { useProjectConfig } from './config-args.js';
import { findDecks } from './find-decks.js';
import { initProject, initReport } from './init.js';
import { askMissing } from './ask.js';
import { componentsText } from './components-command.js';
import { readLibraryDocs } from '../template/library-docs.js';
import { packageLibrary, projectOf } from '../project.js';
import { loadProjectConfig } from '../load/project-config.js';
import { Problems } from '../errors/diagnostic.js';
import { isUnder } from '../util/inside.js';
import { helpFor } from './help.js';
import { newDeck } from './new-deck.js';
import { PdfExporter } from '../pdf/export-pdf.js';
import { schemaCommand } from './schema-command.js';
import { themeCheck } from './theme-check.js';
import { loadFontReader } from '../text/system-fonts.js';
import { summaryLine } from './wording.js';
import { messageLanguage } from '../i18n/language.js';
import { say, type MessageLang } from '../i18n/messages/index.js';

/** Run the CLI; resolves to the exit status. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // the language of the run, decided once: samling.yaml's `messages:`, else LC_ALL, LC_MESSAGES, LANG, else English
  const messages = { words: messageLanguage(projectMessages(), env), decks: messageLanguage(undefined, env) };
  let args: Args;
  try {
    args = { ...parseArgs(argv), messages };
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`samling: ${e.words(messages.words)}\n\n${usage(messages.words)}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help': {
      const lang = args.messages.words;
      const text = args.helpFor ? helpFor(args.helpFor, lang) : usage(lang);
      if (text === undefined) {
        process.stderr.write(`samling: ${say(lang, 'usage-no-help', { command: args.helpFor! })}\n\n${usage(lang)}\n`);
        return 2;
      }
      process.stdout.write(text + '\n');
      return 0;
    }
    case 'version':
      process.stdout.write(readVersion() + '\n');
      return 0;
    case 'components': {
      // the project's library first, as a deck reads it, then samling's own
      const own = packageLibrary();
      const cwd = process.cwd();
      const partials = readLibraryDocs([join(decksFolder(), '_library'), own]);
      const shown = componentsText(args.paths[0], partials, (d) => (isUnder(d.file, own) ? "samling's own library" : relative(cwd, d.file)));
      if ('unknown' in shown) {
        process.stderr.write(`samling: ${say(args.messages.words, 'usage-component', shown.unknown)}\n`);
        return 2;
      }
      process.stdout.write(shown.text);
      return 0;
    }
    case 'init':
      return usageErrorsAs2(async () => {
        process.stdout.write(initReport(initProject(args.paths[0] ?? '.'), process.cwd(), args.messages.words) + '\n');
        return 0;
      }, args.messages.words);
    case 'theme': {
      await loadFontReader();
      const { text, ok } = themeCheck(args.paths[1]!, args.color, args.messages.words);
      (ok ? process.stdout : process.stderr).write(text);
      return ok ? 0 : 1;
    }
    case 'schema':
      for (const file of schemaCommand(args.out)) process.stdout.write(`✓ ${file}\n`);
      return 0;
    case 'new':
      return usageErrorsAs2(async () => {
        const asked = await askMissing(args);
        const file = newDeck({ slug: args.paths[0]!, network: asked.network, dates: asked.dates, lang: args.lang, gathering: args.gathering, venue: asked.venue, title: asked.title, decksDir: decksFolder() });
        process.stdout.write(`${say(args.messages.words, 'new-written', { file })}\n`);
        return 0;
      }, args.messages.words);
    default:
      return usageErrorsAs2(async () => {
        // samling.yaml of the project the command runs in: flags > config > defaults
        if (!useProjectConfig(args)) return 1;
        if (args.command === 'preview' && args.png) return await pngCommand(args, findDecks(args.paths));
        if (args.watch || args.preview) {
          findDecks(args.paths);
          // the watcher, preview server and chokidar load only here (a lazy part of the bundle)
          const { watchCommand } = await import('./watch-command.js');
          return await watchCommand(args);
        }
        return await build(args, findDecks(args.paths));
      }, args.messages.words);
  }
}

async function build(args: Args, decks: string[]): Promise<number> {
  const lang = args.messages.words;
  if (!decks.length) {
    process.stderr.write(`samling: ${say(lang, 'no-decks', { paths: args.paths })}\n`);
    return 2;
  }
  if (/\.pptx$/i.test(args.out) && decks.length > 1) {
    process.stderr.write(`samling: ${say(lang, 'out-one-file', { out: args.out, decks: decks.length })}\n`);
    return 2;
  }
  const pdf = args.pdf && args.command === 'build' ? openPdfExporter() : undefined;
  if (pdf === 'unavailable') {
    process.stderr.write(`samling: --pdf: ${say(lang, 'pdf-install')}\n`);
    return 1;
  }
  let failed = 0;
  const clashing = sameOutput(decks);
  for (const [out, files] of clashing) {
    const names = files.map((f) => relative(process.cwd(), f));
    process.stderr.write(`${say(lang, 'clash', { decks: names, out: relative(process.cwd(), join(args.out, out)) || out })}\n`);
    failed += files.length;
  }
  const toBuild = decks.filter((file) => ![...clashing.values()].some((files) => files.includes(file)));
  // many decks share a warm build context, and from four cores worker threads too; results come back in the decks' order (build-pool.ts)
  const builds = await buildsAhead(toBuild, { lint: args.command === 'check', messages: args.messages.decks, ...(args.theme ? { theme: { name: args.theme, cwd: process.cwd() } } : {}) });
  if (args.verbose && builds.threads) status(args, `${say(args.messages.words, 'pool-started', { decks: toBuild.length, threads: builds.threads })}\n`);
  // on a terminal, many decks show one progress bar instead of a line each (problems are still printed in full)
  const bar = toBuild.length >= POOL_FROM && process.stdout.isTTY && !args.quiet && !args.verbose && !pdf ? new ProgressBar(toBuild.length, (done, total) => say(args.messages.words, 'progress-decks', { done, total })) : undefined;
  let done = 0;
  try {
    for (const file of toBuild) {
      const started = performance.now();
      let out: string | undefined;
      try {
        const result = await builds.result(file);
        bar?.clear();
        // a deck built ahead in a worker says how long it took there
        out = report(result, bar ? { ...args, quiet: true } : args, result.elapsed !== undefined ? performance.now() - result.elapsed : started);
        if (args.command === 'check') sayPartials(args, result);
        sayFilesRead(args, result);
      } catch (e) {
        // a fault of samling's, not of the deck: say which deck, and build the rest
        process.stderr.write(`${say(lang, 'crashed', { deck: relative(process.cwd(), file), text: (e as Error).message })}\n`);
      }
      if (!out) failed++;
      else if (pdf && !(await writePdf(pdf, out, file, args))) failed++;
      bar?.draw(++done);
    }
  } finally {
    bar?.clear();
    await builds.close();
    await pdf?.close();
  }
  if (decks.length > 1) {
    status(args, `${summaryLine(lang, args.command, decks.length, failed)}\n`);
  }
  return failed ? 1 : 0;
}

function openPdfExporter(): PdfExporter | 'unavailable' {
  return PdfExporter.available() ? new PdfExporter() : 'unavailable';
}

/** The deck's PDF and notes PDF beside its .pptx; false when LibreOffice failed (the last good PDFs stay). */
async function writePdf(pdf: PdfExporter, pptx: string, deck: string, args: Args): Promise<boolean> {
  const cwd = process.cwd();
  const files = await pdf.export(pptx);
  if ('failed' in files) {
    process.stderr.write(`${say(args.messages.words, 'pdf-failed', { deck: relative(cwd, deck), stopped: files.stopped, pptx: relative(cwd, pptx) })}\n`);
    return false;
  }
  status(args, `${say(args.messages.words, 'pdf-written', { deck: relative(cwd, deck), slides: relative(cwd, files.slides), notes: relative(cwd, files.notes) })}\n`);
  return true;
}

/** Print the deck's diagnostics and write its file; the written file's path, or undefined when it failed. */
function report(result: BuildResult, args: Args, started: number): string | undefined {
  const cwd = process.cwd();
  for (const d of result.diagnostics) {
    process.stderr.write(formatDiagnostic(d, { sources: result.sources, color: args.color, cwd, lang: result.messages }) + '\n\n');
  }
  const lang = args.messages.words;
  const name = relative(cwd, result.file);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  if (!result.pptx) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`${say(lang, 'failed', { deck: name, errors, warnings })}\n`);
    return undefined;
  }
  if (args.command === 'check') {
    status(args, `${say(lang, 'checked', { deck: name, slides: result.slides, warnings })}\n`);
    return result.file;
  }
  // `-o x.pptx` names the file itself (one deck); otherwise --out is a folder
  const out = /\.pptx$/i.test(args.out) ? args.out : join(args.out, `${result.deck!.name}.pptx`);
  try {
    writeAtomic(out, result.pptx);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`${say(lang, 'cannot-write', { deck: name, out, folder: err.code === 'EISDIR', text: err.message })}\n`);
    return undefined;
  }
  const ms = Math.round(performance.now() - started);
  status(args, `${say(lang, 'built', { deck: name, out: relative(cwd, out), slides: result.slides, kb: Math.round(result.pptx.length / 1024), ms, warnings })}\n`);
  return out;
}

/** `samling preview --png DIR`: build, then write each deck's slides as LibreOffice draws them. */
async function pngCommand(args: Args, decks: string[]): Promise<number> {
  if (!rendererAvailable()) {
    process.stderr.write(`samling: ${say(args.messages.words, 'preview-install')}\n`);
    return 1;
  }
  const built = await build(args, decks);
  const renderer = new SlideRenderer(mkdtempSync(join(tmpdir(), 'samling-png-')));
  try {
    for (const deck of decks) {
      const name = basename(deck).replace(/\.md$/i, '');
      const pptx = join(args.out, `${name}.pptx`);
      if (!existsSync(pptx)) continue;
      const pngs = await renderer.render(name, pptx, join(args.png!, name));
      status(args, `${say(args.messages.words, 'png-written', { pptx: relative(process.cwd(), pptx), dir: relative(process.cwd(), join(args.png!, name)), n: pngs?.length ?? 0 })}\n`);
    }
  } finally {
    // LibreOffice's profile and the stages: nothing left in the temp folder
    await renderer.close();
  }
  return built;
}

/** Where `samling new` writes: samling.yaml's `decks`, else decks/ (relative to where the command runs). */
function decksFolder(cwd = process.cwd()): string {
  const config = loadProjectConfig(projectOf(join(cwd, 'samling.yaml')).root, new Problems(), new Map());
  return config.decks ? relative(cwd, config.decks) || '.' : 'decks';
}

/** `messages:` in samling.yaml of the project the command runs in, if it says one (its problems are told by the command that reads it). */
function projectMessages(cwd = process.cwd()): MessageLang | undefined {
  return loadProjectConfig(projectOf(join(cwd, 'samling.yaml')).root, new Problems(), new Map()).messages;
}

/** A command whose wrong usage (a UsageError) is said in one line, exit status 2. */
async function usageErrorsAs2(run: () => Promise<number>, lang: MessageLang): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`samling: ${e.words(lang)}\n`);
    return 2;
  }
}

/** A status line: stdout, unless --quiet. */
function status(args: Args, line: string): void {
  if (!args.quiet) process.stdout.write(line);
}

/** `check`: which file served each partial (a nearer `_library` wins over the decks folder's, and both over samling's own). */
function sayPartials(args: Args, result: BuildResult): void {
  if (!result.partials?.size) return;
  const cwd = process.cwd();
  const own = packageLibrary();
  const where = (file: string) => (isUnder(file, own) ? say(args.messages.words, 'own-library') : relative(cwd, file));
  status(args, `${say(args.messages.words, 'partials', { list: [...result.partials].map(([name, file]) => `${name} (${where(file)})`).join(', ') })}\n`);
}

/** --verbose: the files a deck read besides itself (partials, data, pictures, theme, samling.yaml). */
function sayFilesRead(args: Args, result: BuildResult): void {
  if (!args.verbose || args.quiet) return;
  const cwd = process.cwd();
  const read = [...result.dependencies].filter((f) => f !== result.file && existsSync(f)).map((f) => relative(cwd, f)).sort();
  process.stdout.write(`${say(args.messages.words, 'read', { files: read })}\n`);
}

/**
 * Decks that would write the same .pptx (`decks/a/x.md` and `decks/b/x.md`
 * both make `out/x.pptx`): the second would silently replace the first. Case
 * is ignored: on macOS and Windows `X.pptx` is `x.pptx`.
 */
function sameOutput(decks: string[]): Map<string, string[]> {
  const byOutput = new Map<string, string[]>();
  for (const file of decks) {
    const out = `${basename(file).replace(/\.md$/i, '')}.pptx`;
    const key = out.toLowerCase();
    byOutput.set(key, [...(byOutput.get(key) ?? []), file]);
  }
  return new Map([...byOutput].filter(([, files]) => files.length > 1).map(([, files]) => [`${basename(files[0]!).replace(/\.md$/i, '')}.pptx`, files]));
}


function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
