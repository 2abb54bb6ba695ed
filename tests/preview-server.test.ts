import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewServer } from '../src/preview/server.js';

/** The preview server over real HTTP, without LibreOffice or a browser: what any request may do to it. */
let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const root = mkdtempSync(join(tmpdir(), 'samling-server-'));
  mkdirSync(join(root, 'a b#%'), { recursive: true });
  writeFileSync(join(root, 'a b#%', '1.png'), 'png');
  server = new PreviewServer(root);
  const port = await server.listen(0);
  server.update('a b#%', { status: 'ready', slides: 1, rev: 1 });
  return port;
}

/** One GET; the status, and the first bytes of the body (an event stream never ends). */
function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.setEncoding('utf8');
      res.once('data', (chunk: string) => {
        resolve({ status: res.statusCode!, body: chunk });
        res.destroy();
      });
      res.once('end', () => resolve({ status: res.statusCode!, body: '' }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  it('answers a malformed URL with 400 and goes on serving', async () => {
    const port = await start();
    expect((await get(port, '/png/%E0%A4%A/1.png')).status).toBe(400);
    expect((await get(port, '/png/%FF/1.png')).status).toBe(400);
    expect((await get(port, '/')).status).toBe(200);
  });

  it('serves a deck named with a space, # and %', async () => {
    const port = await start();
    const res = await get(port, `/png/${encodeURIComponent('a b#%')}/1.png`);
    expect(res).toEqual({ status: 200, body: 'png' });
  });

  it('answers only Host headers naming the loopback and port it bound (DNS rebinding)', async () => {
    const port = await start();
    for (const path of ['/', '/events', `/png/${encodeURIComponent('a b#%')}/1.png`]) {
      expect((await get(port, path, 'evil.example')).status, path).toBe(403);
      expect((await get(port, path, `evil.example:${port}`)).status, path).toBe(403);
      expect((await get(port, path, '127.0.0.1:1')).status, path).toBe(403);
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await get(port, path, host)).status, `${path} ${host}`).toBe(200);
    }
  });
});
