import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { INSTALL_HINT, rendererAvailable, SlideRenderer } from '../preview/render-png.js';
import { buildDeckFile, type BuildResult } from '../build.js';
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
import { PDF_INSTALL_HINT, PdfExporter } from '../pdf/export-pdf.js';
import { schemaCommand } from './schema-command.js';
import { themeCheck } from './theme-check.js';
import { watchCommand } from './watch-command.js';
import { plural, summaryLine } from './wording.js';
import { messageLanguage } from '../i18n/language.js';
import type { MessageLang } from '../i18n/messages/index.js';

/** Run the CLI; resolves to the exit status. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // the language of the run, decided once: samling.yaml's `messages:`, else LC_ALL, LC_MESSAGES, LANG, else English
  const messages = { words: messageLanguage(projectMessages(), env), decks: messageLanguage(undefined, env) };
  let args: Args;
  try {
    args = { ...parseArgs(argv), messages };
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`samling: ${e.message}\n\n${usage()}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help': {
      const text = args.helpFor ? helpFor(args.helpFor) : usage();
      if (text === undefined) {
        process.stderr.write(`samling: no command \`${args.helpFor}\`\n\n${usage()}\n`);
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
        process.stderr.write(`samling: ${shown.unknown}\n`);
        return 2;
      }
      process.stdout.write(shown.text);
      return 0;
    }
    case 'init':
      return usageErrorsAs2(async () => {
        process.stdout.write(initReport(initProject(args.paths[0] ?? '.')) + '\n');
        return 0;
      });
    case 'theme': {
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
        process.stdout.write(`✓ ${file}: edit it, then \`npx samling watch ${file} --preview\`\n`);
        return 0;
      });
    default:
      return usageErrorsAs2(async () => {
        // samling.yaml of the project the command runs in: flags > config > defaults
        if (!useProjectConfig(args)) return 1;
        if (args.command === 'preview' && args.png) return await pngCommand(args, findDecks(args.paths));
        if (args.watch || args.preview) {
          findDecks(args.paths);
          return await watchCommand(args);
        }
        return await build(args, findDecks(args.paths));
      });
  }
}

async function build(args: Args, decks: string[]): Promise<number> {
  if (!decks.length) {
    process.stderr.write(`samling: no decks (*.md) in ${args.paths.join(', ')}\n`);
    return 2;
  }
  if (/\.pptx$/i.test(args.out) && decks.length > 1) {
    process.stderr.write(`samling: --out ${args.out} names one file, but there are ${decks.length} decks\n  hint: give a folder (\`--out out\`) or build one deck\n`);
    return 2;
  }
  const pdf = args.pdf && args.command === 'build' ? openPdfExporter() : undefined;
  if (pdf && 'error' in pdf) {
    process.stderr.write(`samling: --pdf: ${pdf.error}\n`);
    return 1;
  }
  let failed = 0;
  const clashing = sameOutput(decks);
  for (const [out, files] of clashing) {
    const names = files.map((f) => relative(process.cwd(), f));
    process.stderr.write(`✗ ${names.join(' and ')} would ${files.length === 2 ? 'both' : 'all'} be written to ${relative(process.cwd(), join(args.out, out)) || out}; none of them was built\n  hint: rename one of the decks: the output is named after the deck's file\n`);
    failed += files.length;
  }
  try {
    for (const file of decks) {
      if ([...clashing.values()].some((files) => files.includes(file))) continue;
      const started = performance.now();
      let out: string | undefined;
      try {
        const result = await buildDeckFile(file, { lint: args.command === 'check', messages: args.messages.decks, ...(args.theme ? { theme: { name: args.theme, cwd: process.cwd() } } : {}) });
        out = report(result, args, started);
        if (args.command === 'check') sayPartials(args, result);
        sayFilesRead(args, result);
      } catch (e) {
        // a fault of samling's, not of the deck: say which deck, and build the rest
        process.stderr.write(`✗ ${relative(process.cwd(), file)}: samling failed on this deck: ${(e as Error).message}\n  hint: please report this, with the deck\n`);
      }
      if (!out) failed++;
      else if (pdf && !(await writePdf(pdf, out, file, args))) failed++;
    }
  } finally {
    await pdf?.close();
  }
  if (decks.length > 1) {
    say(args, `${summaryLine(args.command, decks.length, failed)}\n`);
  }
  return failed ? 1 : 0;
}

function openPdfExporter(): PdfExporter | { error: string } {
  return PdfExporter.available() ? new PdfExporter() : { error: PDF_INSTALL_HINT };
}

/** The deck's PDF and notes PDF beside its .pptx; false when LibreOffice failed (the last good PDFs stay). */
async function writePdf(pdf: PdfExporter, pptx: string, deck: string, args: Args): Promise<boolean> {
  const cwd = process.cwd();
  const files = await pdf.export(pptx);
  if ('error' in files) {
    process.stderr.write(`✗ ${relative(cwd, deck)}: ${files.error}; the .pptx is written, the PDF files are not\n  hint: open ${relative(cwd, pptx)} in LibreOffice or PowerPoint and export it as PDF\n`);
    return false;
  }
  say(args, `✓ ${relative(cwd, deck)} → ${relative(cwd, files.slides)}, ${relative(cwd, files.notes)}\n`);
  return true;
}

/** Print the deck's diagnostics and write its file; the written file's path, or undefined when it failed. */
function report(result: BuildResult, args: Args, started: number): string | undefined {
  const cwd = process.cwd();
  for (const d of result.diagnostics) {
    process.stderr.write(formatDiagnostic(d, { sources: result.sources, color: args.color, cwd, lang: result.messages }) + '\n\n');
  }
  const name = relative(cwd, result.file);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const warn = warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : '';
  if (!result.pptx) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`✗ ${name}: ${errors} error${errors === 1 ? '' : 's'}${warn}; nothing written\n`);
    return undefined;
  }
  if (args.command === 'check') {
    say(args, `✓ ${name}: ${plural(result.slides, 'slide')}${warn}\n`);
    return result.file;
  }
  // `-o x.pptx` names the file itself (one deck); otherwise --out is a folder
  const out = /\.pptx$/i.test(args.out) ? args.out : join(args.out, `${result.deck!.name}.pptx`);
  try {
    writeAtomic(out, result.pptx);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`✗ ${name}: cannot write ${out}: ${err.code === 'EISDIR' ? 'it is a folder' : err.message}\n  hint: choose another folder with --out\n`);
    return undefined;
  }
  const ms = Math.round(performance.now() - started);
  say(args, `✓ ${name} → ${relative(cwd, out)} (${plural(result.slides, 'slide')}, ${Math.round(result.pptx.length / 1024)} KB, ${ms} ms${warn})\n`);
  return out;
}

/** `samling preview --png DIR`: build, then write each deck's slides as LibreOffice draws them. */
async function pngCommand(args: Args, decks: string[]): Promise<number> {
  if (!rendererAvailable()) {
    process.stderr.write(`samling: ${INSTALL_HINT}\n`);
    return 1;
  }
  const status = await build(args, decks);
  const renderer = new SlideRenderer(mkdtempSync(join(tmpdir(), 'samling-png-')));
  try {
    for (const deck of decks) {
      const name = basename(deck).replace(/\.md$/i, '');
      const pptx = join(args.out, `${name}.pptx`);
      if (!existsSync(pptx)) continue;
      const pngs = await renderer.render(name, pptx, join(args.png!, name));
      say(args, `✓ ${relative(process.cwd(), pptx)} → ${relative(process.cwd(), join(args.png!, name))}/ (${pngs?.length ?? 0} PNG)\n`);
    }
  } finally {
    // LibreOffice's profile and the stages: nothing left in the temp folder
    await renderer.close();
  }
  return status;
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
async function usageErrorsAs2(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`samling: ${e.message}\n`);
    return 2;
  }
}

/** A status line: stdout, unless --quiet. */
function say(args: Args, line: string): void {
  if (!args.quiet) process.stdout.write(line);
}

/** `check`: which file served each partial (a nearer `_library` wins over the decks folder's, and both over samling's own). */
function sayPartials(args: Args, result: BuildResult): void {
  if (!result.partials?.size) return;
  const cwd = process.cwd();
  const own = packageLibrary();
  const where = (file: string) => (isUnder(file, own) ? `samling's own library` : relative(cwd, file));
  say(args, `  partials: ${[...result.partials].map(([name, file]) => `${name} (${where(file)})`).join(', ')}\n`);
}

/** --verbose: the files a deck read besides itself (partials, data, pictures, theme, samling.yaml). */
function sayFilesRead(args: Args, result: BuildResult): void {
  if (!args.verbose || args.quiet) return;
  const cwd = process.cwd();
  const read = [...result.dependencies].filter((f) => f !== result.file && existsSync(f)).map((f) => relative(cwd, f)).sort();
  process.stdout.write(read.length ? `  read: ${read.join(', ')}\n` : '  read: no other file\n');
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
