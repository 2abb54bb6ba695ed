import { relative } from 'node:path';
import { formatDiagnostic } from '../errors/format.js';
import { rendererAvailable } from '../preview/render-png.js';
import { say } from '../i18n/messages/index.js';
import { SaidError } from '../errors/said-error.js';
import { startPreview } from '../preview/preview.js';
import { startWatch, type WatchEvent } from '../watch/watcher.js';
import type { Args } from './args.js';

/**
 * `samling watch`: one line per rebuild (time, deck, slides, ms, warnings),
 * full messages for errors, and a clean stop on Ctrl-C.
 */
export async function watchCommand(args: Args): Promise<number> {
  const cwd = process.cwd();
  const rel = (p: string) => relative(cwd, p) || p;
  const lang = args.messages.words;
  const theme = args.theme ? { name: args.theme, cwd } : undefined;
  const stamp = () => new Date().toTimeString().slice(0, 8);
  const dim = (s: string) => (args.color ? `\x1b[2m${s}\x1b[0m` : s);
  const print = (e: WatchEvent) => {
    switch (e.type) {
      case 'built': {
        const warnings = e.result.diagnostics.filter((d) => d.severity === 'warning');
        for (const d of warnings) process.stderr.write(formatDiagnostic(d, { sources: e.result.sources, color: args.color, cwd, lang: e.result.messages }) + '\n');
        const fallback = e.written?.fallback ? { deck: rel(e.result.file), wrote: rel(e.written.file) } : undefined;
        process.stdout.write(`${dim(stamp())} ${say(lang, 'watch-built', { deck: rel(e.deck), out: rel(e.written!.file), slides: e.result.slides, ms: e.ms, recovered: !!e.recovered, fallback, warnings: warnings.length })}\n`);
        break;
      }
      case 'failed': {
        for (const d of e.result.diagnostics) process.stderr.write(formatDiagnostic(d, { sources: e.result.sources, color: args.color, cwd, lang: e.result.messages }) + '\n\n');
        const errors = e.result.diagnostics.filter((d) => d.severity === 'error').length;
        process.stderr.write(`${dim(stamp())} ${say(lang, 'watch-failed', { deck: rel(e.deck), errors })}\n`);
        break;
      }
      case 'deleted':
        process.stdout.write(`${dim(stamp())} ${say(lang, 'watch-deleted', { deck: rel(e.deck), out: rel(e.output) })}\n`);
        break;
      case 'ready':
        process.stdout.write(`${dim(stamp())} ${say(lang, 'watch-ready', { decks: e.decks.length, paths: args.paths })}\n`);
        break;
      case 'error':
        process.stderr.write(`${dim(stamp())} samling: ${e.error instanceof SaidError ? e.error.words(lang) : e.error.message}\n`);
        break;
    }
  };
  let watcher: { close(): Promise<void> };
  if (args.preview) {
    const preview = await startPreview({ paths: args.paths, out: args.out, port: args.port, onEvent: print, theme, messages: args.messages.decks, words: lang });
    process.stdout.write(`${dim(stamp())} ${say(lang, 'watch-preview', { url: preview.url, install: rendererAvailable() ? undefined : say(lang, 'preview-install') })}\n`);
    watcher = preview;
  } else watcher = startWatch({ paths: args.paths, out: args.out, onEvent: print, newSuffix: () => 'ny', theme, messages: args.messages.decks });
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void watcher.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write(`${dim(stamp())} ${say(lang, 'watch-stopped')}\n`);
  return 0;
}
