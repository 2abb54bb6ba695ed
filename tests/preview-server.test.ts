import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { startPreview } from '../src/preview/preview.js';
import { SlideRenderer } from '../src/preview/render-png.js';
import { PreviewServer } from '../src/preview/server.js';
import { root } from './helpers.js';

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

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const canRender = has('soffice') && has('pdftoppm');

/** soffice.bin processes (not zombies) whose command line mentions `dir`. */
function sofficeIn(dir: string): string[] {
  return spawnSync('ps', ['-A', '-o', 'stat=,args='], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('soffice.bin') && l.includes(dir) && !l.trim().startsWith('Z'));
}

/** Poll a condition against a deadline (for processes, which send no events). */
async function until(what: string, test: () => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.runIf(canRender)('slide renderer', () => {
  const deck = async () => {
    const result = await buildDeckFile(join(root, 'tests/fixtures/decks/nynorsk.md'));
    return result.pptx!;
  };

  it('draws decks named like an option, or with a space, # and %: no name reaches the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-render-'));
    const bytes = await deck();
    const renderer = new SlideRenderer(join(dir, 'work'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const name of ['--accept=socket,host=127.0.0.1,port=1;urp;', 'a b#%']) {
        writeFileSync(`${name}.pptx`, bytes);
        // relative, as `preview --out .` hands it over
        const pngs = await Promise.race([
          renderer.render(name, `${name}.pptx`, join(dir, 'png', name)),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no pictures of ${name}`)), 90_000)),
        ]);
        expect(pngs?.length, name).toBeGreaterThan(0);
        expect(readdirSync(join(dir, 'png', name))).toContain('1.png');
      }
    } finally {
      process.chdir(cwd);
      await renderer.close();
    }
    expect(existsSync(join(dir, 'work'))).toBe(false);
  });

  it('ends the whole soffice process group on stop: no soffice.bin is left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-render-'));
    writeFileSync(join(dir, 'deck.pptx'), await deck());
    const renderer = new SlideRenderer(join(dir, 'work'));
    const render = renderer.render('deck', join(dir, 'deck.pptx'), join(dir, 'png'));
    await until('soffice.bin started', () => sofficeIn(dir).length > 0);
    await renderer.stop();
    expect(sofficeIn(dir)).toEqual([]);
    expect(await render).toBeUndefined();
    await renderer.close();
  });
});

describe('preview', () => {
  it('removes its temp folders on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-preview-tmp-'));
    mkdirSync(join(dir, 'tmp'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'package.json'), '{}');
    const was = process.env.TMPDIR;
    process.env.TMPDIR = join(dir, 'tmp');
    try {
      const preview = await startPreview({ paths: [join(dir, 'decks')], out: join(dir, 'out'), port: 0 });
      await preview.watcher.ready;
      expect(readdirSync(join(dir, 'tmp'))).not.toEqual([]);
      await preview.close();
    } finally {
      // process.env turns undefined into the text "undefined"
      if (was === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = was;
    }
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'out', '.preview'))).toBe(false);
  });
});

describe.runIf(canRender)('preview, when drawing fails', () => {
  it('reports a render that fails (ENOTDIR) and watching goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-preview-'));
    mkdirSync(join(dir, 'decks'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'package.json'), '{}');
    // the pictures' folder is a file: every render ends in ENOTDIR
    writeFileSync(join(dir, 'out', '.preview'), '');
    const deck = join(dir, 'decks', 'a.md');
    writeFileSync(deck, '---\ntitle: A\n---\n\n# A\n');
    const rejections: unknown[] = [];
    const onRejection = (r: unknown) => rejections.push(r);
    process.on('unhandledRejection', onRejection);
    const errors: string[] = [];
    let built = 0;
    let onBuilt = () => {};
    const preview = await startPreview({
      paths: [join(dir, 'decks')],
      out: join(dir, 'out'),
      port: 0,
      onEvent: (e) => {
        if (e.type === 'error') errors.push(e.error.message);
        if (e.type === 'built') (built++, onBuilt());
      },
    });
    try {
      await preview.watcher.ready;
      await until('the render failed', () => errors.length > 0);
      expect(errors[0]).toMatch(/ENOTDIR|EEXIST/);
      const rebuilt = new Promise<void>((r) => (onBuilt = r));
      writeFileSync(deck, '---\ntitle: A\n---\n\n# A endret\n');
      await rebuilt;
      expect(built).toBe(2);
      await until('the second render failed', () => errors.length > 1);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      await preview.close();
    }
  });
});
