import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { previewPage } from './page.js';
import { http } from '../util/builtin.js';

/** What the page shows of one deck. */
export interface DeckView {
  name: string;
  status: 'building' | 'rendering' | 'ready' | 'error' | 'no-renderer';
  /** number of slide pictures */
  slides: number;
  /** bumps on every new set of pictures: the page reloads images by it */
  rev: number;
  /** build errors as printed (code frames included), when status is error */
  error?: string;
  message?: string;
}

/**
 * The preview page: 127.0.0.1 only, and only to requests whose Host names
 * the loopback and port it bound (403 otherwise). `GET /` is the page,
 * `/events` a Server-Sent Events stream of the deck states,
 * `/png/<deck>/<n>.png` the slide pictures; a malformed URL is a 400.
 */
export class PreviewServer {
  private readonly decks = new Map<string, DeckView>();
  private readonly clients = new Set<ServerResponse>();
  private server?: Server;
  /** the Host headers the page answers to: the loopback names of the bound port (DNS rebinding) */
  private hosts = new Set<string>();
  private port = 0;

  constructor(private readonly pngRoot: string) {}

  async listen(port: number): Promise<number> {
    this.server = http().createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.hosts = new Set([`127.0.0.1:${this.port}`, `localhost:${this.port}`, `[::1]:${this.port}`]);
    return this.port;
  }

  update(name: string, change: Partial<DeckView>): void {
    const view: DeckView = { ...(this.decks.get(name) ?? { name, status: 'building', slides: 0, rev: 0 }), ...change };
    if (view.status !== 'error') delete view.error;
    this.decks.set(name, view);
    this.broadcast();
  }

  remove(name: string): void {
    this.decks.delete(name);
    this.broadcast();
  }

  private broadcast(): void {
    const data = `data: ${JSON.stringify([...this.decks.values()])}\n\n`;
    for (const client of this.clients) client.write(data);
  }

  async close(): Promise<void> {
    for (const c of this.clients) c.end();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** One request; nothing a request carries may throw out of here: the watcher lives in this process. */
  private handle(req: IncomingMessage, res: ServerResponse): void {
    try {
      this.answer(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('bad request');
    }
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    // any web page can make the browser ask a name that resolves to 127.0.0.1 (DNS rebinding): answer our own names only
    if (!this.hosts.has((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`forbidden: open the preview at http://127.0.0.1:${this.port}/`);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(previewPage());
      return;
    }
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`data: ${JSON.stringify([...this.decks.values()])}\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    const png = /^\/png\/([^/]+)\/(\d+)\.png$/.exec(url.pathname);
    if (png) {
      const name = decodeName(png[1]!);
      if (name === undefined) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('bad request');
        return;
      }
      const file = join(this.pngRoot, name, `${png[2]}.png`);
      // only names the server knows: no path escapes from the URL
      if (this.decks.has(name) && existsSync(file)) {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

/** A deck name from the URL, or undefined when its %-escapes are malformed (`%FF`, `%E0%A4%A`). */
function decodeName(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
