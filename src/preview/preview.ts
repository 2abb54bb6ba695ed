import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { formatDiagnostic } from '../errors/format.js';
import { startWatch, type WatchEvent, type Watcher, type WatchOptions } from '../watch/watcher.js';
import { rendererAvailable, SlideRenderer } from './render-png.js';
import { say, type MessageLang } from '../i18n/messages/index.js';
import { told } from '../errors/said-error.js';
import { PreviewServer } from './server.js';

export interface PreviewOptions {
  paths: string[];
  out: string;
  port: number;
  /** `--theme`, for every build */
  theme?: WatchOptions['theme'];
  /** the language of the messages when a deck's samling.yaml names none */
  messages?: WatchOptions['messages'];
  /** the language of the page's own messages (the command line's) */
  words?: MessageLang;
  /** every watch event, for the command line's own lines */
  onEvent?: (e: WatchEvent) => void;
}

export interface Preview {
  url: string;
  watcher: Watcher;
  close(): Promise<void>;
}

/**
 * `samling watch --preview`: the watcher, plus a page that shows each deck's
 * slides as LibreOffice draws them from the real .pptx, updated after every
 * rebuild, with build errors as an overlay.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const pngRoot = join(options.out, '.preview');
  const server = new PreviewServer(pngRoot);
  const port = await server.listen(options.port);
  const canRender = rendererAvailable();
  const words = options.words ?? 'en';
  const renderer = new SlideRenderer(mkdtempSync(join(tmpdir(), 'samling-preview-')));
  const revs = new Map<string, number>();
  const nameOf = (deck: string) => basename(deck).replace(/\.md$/i, '');

  const onEvent = (e: WatchEvent) => {
    options.onEvent?.(e);
    if (e.type === 'built') {
      const name = nameOf(e.deck);
      if (!canRender) return server.update(name, { status: 'no-renderer', message: say(words, 'preview-install') });
      server.update(name, { status: 'rendering' });
      void renderer.render(name, e.written!.file, join(pngRoot, name)).then(
        (pngs) => {
          if (!pngs) return; // a newer save took over
          const rev = (revs.get(name) ?? 0) + 1;
          revs.set(name, rev);
          server.update(name, { status: 'ready', slides: pngs.length, rev });
        },
        // EMFILE, ENOTDIR, a full disk: say so on the page and the command line, and watch on
        (err: Error) => {
          server.update(name, { status: 'error', error: say(words, 'preview-failed', { deck: name, text: err.message }) });
          options.onEvent?.({ type: 'error', error: told('preview-of', { deck: name, text: err.message }) });
        },
      );
    } else if (e.type === 'failed') {
      const error = e.result.diagnostics.map((d) => formatDiagnostic(d, { sources: e.result.sources, color: false, cwd: process.cwd(), lang: e.result.messages })).join('\n\n');
      server.update(nameOf(e.deck), { status: 'error', error });
    } else if (e.type === 'deleted') server.remove(nameOf(e.deck));
  };
  const watcher = startWatch({ paths: options.paths, out: options.out, onEvent, theme: options.theme, messages: options.messages });
  return {
    url: `http://127.0.0.1:${port}/`,
    watcher,
    async close() {
      await watcher.close();
      // after the watcher: no build may start a render once the renderer is gone
      await renderer.close();
      await server.close();
      rmSync(pngRoot, { recursive: true, force: true });
    },
  };
}
