import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { INSTALL_HINT, rendererAvailable, SlideRenderer } from '../preview/render-png.js';
import { buildDeckFile, type BuildResult } from '../build.js';
import { formatDiagnostic } from '../errors/format.js';
import { layouts } from '../layout/registry.js';
import { packageRoot } from '../util/package-root.js';
import { writeAtomic } from '../write/write-atomic.js';
import { parseArgs, usage, UsageError, type Args } from './args.js';
import { findDecks } from './find-decks.js';
import { newDeck } from './new-deck.js';
import { watchCommand } from './watch-command.js';
import { plural, summaryLine } from './wording.js';

/** Run the CLI; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`samling: ${e.message}\n\n${usage()}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(usage() + '\n');
      return 0;
    case 'version':
      process.stdout.write(readVersion() + '\n');
      return 0;
    case 'components':
      process.stdout.write(listComponents() + '\n');
      return 0;
    case 'new':
      try {
        const file = newDeck({ slug: args.paths[0]!, network: args.network, date: args.date, decksDir: 'decks' });
        process.stdout.write(`✓ ${file}: edit it, then \`samling watch ${file} --preview\`\n`);
        return 0;
      } catch (e) {
        if (e instanceof UsageError) {
          process.stderr.write(`samling: ${e.message}\n`);
          return 2;
        }
        throw e;
      }
    default:
      try {
        if (args.command === 'preview' && args.png) return await pngCommand(args, findDecks(args.paths));
        if (args.watch || args.preview) {
          findDecks(args.paths);
          return await watchCommand(args);
        }
        return await build(args, findDecks(args.paths));
      } catch (e) {
        if (e instanceof UsageError) {
          process.stderr.write(`samling: ${e.message}\n`);
          return 2;
        }
        throw e;
      }
  }
}

async function build(args: Args, decks: string[]): Promise<number> {
  if (!decks.length) {
    process.stderr.write(`samling: no decks (*.md) in ${args.paths.join(', ')}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of decks) {
    const started = performance.now();
    const result = await buildDeckFile(file, { lint: args.command === 'check' });
    const ok = report(result, args, started);
    if (!ok) failed++;
  }
  if (decks.length > 1) {
    process.stdout.write(`${summaryLine(args.command, decks.length, failed)}\n`);
  }
  return failed ? 1 : 0;
}

/** Print the deck's diagnostics and write its file; false when it failed. */
function report(result: BuildResult, args: Args, started: number): boolean {
  const cwd = process.cwd();
  for (const d of result.diagnostics) {
    process.stderr.write(formatDiagnostic(d, { sources: result.sources, color: args.color, cwd }) + '\n\n');
  }
  const name = relative(cwd, result.file);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const warn = warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : '';
  if (!result.pptx) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`✗ ${name}: ${errors} error${errors === 1 ? '' : 's'}${warn}; nothing written\n`);
    return false;
  }
  if (args.command === 'check') {
    process.stdout.write(`✓ ${name}: ${plural(result.slides, 'slide')}${warn}\n`);
    return true;
  }
  const out = join(args.out, `${result.deck!.name}.pptx`);
  try {
    writeAtomic(out, result.pptx);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`✗ ${name}: cannot write ${out}: ${err.code === 'EISDIR' ? 'it is a folder' : err.message}\n  hint: choose another folder with --out\n`);
    return false;
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`✓ ${name} → ${relative(cwd, out)} (${plural(result.slides, 'slide')}, ${Math.round(result.pptx.length / 1024)} KB, ${ms} ms${warn})\n`);
  return true;
}

/** `samling preview --png DIR`: build, then write each deck's slides as LibreOffice draws them. */
async function pngCommand(args: Args, decks: string[]): Promise<number> {
  if (!rendererAvailable()) {
    process.stderr.write(`samling: ${INSTALL_HINT}\n`);
    return 1;
  }
  const status = await build(args, decks);
  const renderer = new SlideRenderer(mkdtempSync(join(tmpdir(), 'samling-png-')));
  for (const deck of decks) {
    const name = basename(deck).replace(/\.md$/i, '');
    const pptx = join(args.out, `${name}.pptx`);
    if (!existsSync(pptx)) continue;
    const pngs = await renderer.render(name, pptx, join(args.png!, name));
    process.stdout.write(`✓ ${relative(process.cwd(), pptx)} → ${relative(process.cwd(), join(args.png!, name))}/ (${pngs?.length ?? 0} PNG)\n`);
  }
  return status;
}


function listComponents(): string {
  return layouts
    .map((l) => `${l.name}\n  ${l.summary}\n\n${l.syntax.split('\n').map((s) => `    ${s}`).join('\n')}\n`)
    .join('\n');
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
