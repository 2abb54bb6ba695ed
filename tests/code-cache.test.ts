import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, samlingCli } from './helpers.js';

/**
 * bin/samling.js compiles the bundle with V8's code cache (issue 14): made on
 * the first run of each kind in the user's cache folder, under the bundle's
 * hash, the Node version and the architecture; anything wrong with it only
 * means compiling as Node would.
 */
const hash = readFileSync(join(root, 'dist/samling.cjs.hash'), 'utf8').trim();
const deck = join(root, 'tests/fixtures/decks/all-layouts.md');
const fresh = () => mkdtempSync(join(tmpdir(), 'samling-cache-'));
const run = (args: string[], cache: string, env: NodeJS.ProcessEnv = {}) => samlingCli(args, root, { XDG_CACHE_HOME: cache, ...env });

describe('the code cache', () => {
  it('is made on the first run of each kind, under the bundle hash, Node version and architecture, and used after', () => {
    const cache = fresh();
    expect(run(['--help'], cache).status).toBe(0);
    const other = `${hash}-${process.version}-${process.arch}-other.bin`;
    expect(readdirSync(join(cache, 'samling'))).toEqual([other]);
    const out = fresh();
    expect(run(['build', deck, '--out', out], cache).status).toBe(0);
    const files = readdirSync(join(cache, 'samling')).sort();
    expect(files).toEqual([`${hash}-${process.version}-${process.arch}-build.bin`, other].sort());
    // an accepted cache is not written again
    const before = readFileSync(join(cache, 'samling', other));
    expect(run(['--help'], cache).status).toBe(0);
    expect(readFileSync(join(cache, 'samling', other)).equals(before)).toBe(true);
  });

  it('is not made for builds by a run that built no deck in its own thread (its cache would lack the build)', () => {
    const cache = fresh();
    const empty = fresh();
    expect(run(['build', empty], cache).status).toBe(2);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('is not needed by --version, which loads nothing of the bundle', () => {
    const cache = fresh();
    const r = run(['--version'], cache);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    expect(readdirSync(cache)).toEqual([]);
  });

  it("removes other bundles' and other Nodes' caches once they are a month old, and keeps newer ones", () => {
    const cache = fresh();
    const folder = join(cache, 'samling');
    mkdirSync(folder);
    const old = `0000000000000000-${process.version}-${process.arch}-build.bin`;
    const recent = `1111111111111111-${process.version}-${process.arch}-build.bin`;
    // this very bundle's cache made by another Node
    const otherNode = `${hash}-v18.0.0-${process.arch}-build.bin`;
    writeFileSync(join(folder, old), 'old');
    writeFileSync(join(folder, recent), 'recent');
    writeFileSync(join(folder, otherNode), 'other node');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(join(folder, old), longAgo, longAgo);
    utimesSync(join(folder, otherNode), longAgo, longAgo);
    expect(run(['--help'], cache).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([recent, `${hash}-${process.version}-${process.arch}-other.bin`].sort());
  });

  it('makes the same file with the cache, without it, and from a damaged one', () => {
    const cache = fresh();
    const outs = [fresh(), fresh(), fresh()];
    expect(run(['build', deck, '--out', outs[0]!], cache).status).toBe(0);
    expect(run(['build', deck, '--out', outs[1]!], cache).status).toBe(0);
    // garbage where the cache was: V8 rejects it, the command runs and the cache is made again
    const file = join(cache, 'samling', `${hash}-${process.version}-${process.arch}-build.bin`);
    writeFileSync(file, Buffer.from('not a code cache'));
    const damaged = run(['build', deck, '--out', outs[2]!], cache);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).not.toMatch(/Error|warning/i);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    const bytes = outs.map((o) => readFileSync(join(o, 'all-layouts.pptx')));
    expect(bytes[1]!.equals(bytes[0]!)).toBe(true);
    expect(bytes[2]!.equals(bytes[0]!)).toBe(true);
  });

  it('is left out without a word when the folder cannot be written, or with SAMLING_NO_CODE_CACHE=1', () => {
    const blocked = fresh();
    writeFileSync(join(blocked, 'samling'), 'a file where the folder would be');
    const r = run(['--help'], blocked);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const off = fresh();
    expect(run(['--help'], off, { SAMLING_NO_CODE_CACHE: '1' }).status).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  });
});
