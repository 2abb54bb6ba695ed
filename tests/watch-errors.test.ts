import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WatchEvent, Watcher } from '../src/watch/watcher.js';

/**
 * What no deck can do to the watcher: an exception thrown by a build (not a
 * diagnostic: a bug, EMFILE) is reported, and watching goes on. The build is
 * made to throw for a deck named `boom` — nothing in an author's files should.
 */
vi.mock('../src/build.js', async (original) => {
  const real = await original<typeof import('../src/build.js')>();
  return {
    ...real,
    buildDeckFile: async (file: string, options: unknown) => {
      if (file.endsWith('boom.md')) throw Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
      return real.buildDeckFile(file, options as Parameters<typeof real.buildDeckFile>[1]);
    },
  };
});
const { startWatch } = await import('../src/watch/watcher.js');

let watcher: Watcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

describe('samling watch, when a build throws', () => {
  it('reports an exception in the first builds and builds the other decks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-watch-'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'decks', 'boom.md'), '---\ntitle: Boom\n---\n\n# Boom\n');
    writeFileSync(join(dir, 'decks', 'ok.md'), '---\ntitle: Ok\n---\n\n# Ok\n');
    const events: WatchEvent[] = [];
    const rejections: unknown[] = [];
    const onRejection = (r: unknown) => rejections.push(r);
    process.on('unhandledRejection', onRejection);
    try {
      watcher = startWatch({ paths: [join(dir, 'decks')], out: join(dir, 'out'), debounceMs: 30, onEvent: (e) => events.push(e) });
      // on the starting commit this never resolved: the first builds' promise was rejected unhandled
      await Promise.race([watcher.ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`not ready; got ${events.map((e) => e.type).join(', ')}`)), 20_000))]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['error', 'built', 'ready']);
    expect(events[0]!.type === 'error' && events[0]!.error.message).toContain('EMFILE');
  });
});
