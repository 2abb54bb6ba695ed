import { relative } from 'node:path';
import { formatDiagnostic } from '../errors/format.js';
import { INSTALL_HINT, rendererAvailable } from '../preview/render-png.js';
import { startPreview } from '../preview/preview.js';
import { startWatch, type WatchEvent } from '../watch/watcher.js';
import type { Args } from './args.js';
import { plural } from './wording.js';

/**
 * `samling watch`: one line per rebuild (time, deck, slides, ms, warnings),
 * full messages for errors, and a clean stop on Ctrl-C.
 */
export async function watchCommand(args: Args): Promise<number> {
  const cwd = process.cwd();
  const rel = (p: string) => relative(cwd, p) || p;
  const theme = args.theme ? { name: args.theme, cwd } : undefined;
  const stamp = () => new Date().toTimeString().slice(0, 8);
  const dim = (s: string) => (args.color ? `\x1b[2m${s}\x1b[0m` : s);
  const print = (e: WatchEvent) => {
    switch (e.type) {
      case 'built': {
        const warnings = e.result.diagnostics.filter((d) => d.severity === 'warning');
        for (const d of warnings) process.stderr.write(formatDiagnostic(d, { sources: e.result.sources, color: args.color, cwd, lang: e.result.messages }) + '\n');
        const note = [e.recovered ? 'recovered' : '', e.written?.fallback ? `${rel(e.result.file)}'s output is open elsewhere: wrote ${rel(e.written.file)}` : '', warnings.length ? `${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
        process.stdout.write(`${dim(stamp())} ✓ ${rel(e.deck)} → ${rel(e.written!.file)}  ${plural(e.result.slides, 'slide')}  ${e.ms} ms${note ? `  (${note})` : ''}\n`);
        break;
      }
      case 'failed': {
        for (const d of e.result.diagnostics) process.stderr.write(formatDiagnostic(d, { sources: e.result.sources, color: args.color, cwd, lang: e.result.messages }) + '\n\n');
        const errors = e.result.diagnostics.filter((d) => d.severity === 'error').length;
        process.stderr.write(`${dim(stamp())} ✗ ${rel(e.deck)}: ${errors} error${errors === 1 ? '' : 's'}; the last good .pptx is left as it was; watching on\n`);
        break;
      }
      case 'deleted':
        process.stdout.write(`${dim(stamp())} – ${rel(e.deck)} was deleted; ${rel(e.output)} is left in place\n`);
        break;
      case 'ready':
        process.stdout.write(`${dim(stamp())} watching ${e.decks.length} deck${e.decks.length === 1 ? '' : 's'} in ${args.paths.join(', ')} (Ctrl-C to stop)\n`);
        break;
      case 'error':
        process.stderr.write(`${dim(stamp())} samling: ${e.error.message}\n`);
        break;
    }
  };
  let watcher: { close(): Promise<void> };
  if (args.preview) {
    const preview = await startPreview({ paths: args.paths, out: args.out, port: args.port, onEvent: print, theme, messages: args.messages.decks });
    process.stdout.write(`${dim(stamp())} preview: ${preview.url}${rendererAvailable() ? '' : `  (${INSTALL_HINT})`}\n`);
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
  process.stdout.write(`${dim(stamp())} stopped\n`);
  return 0;
}
