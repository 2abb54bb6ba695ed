import { describe, expect, it } from 'vitest';
import { approxBytes, ByteLru, detach } from '../../src/util/byte-budget.js';
import { LastBuild } from '../../src/util/last-build.js';
import { SameText } from '../../src/util/same-text.js';

/** Every cache kept across watch-mode rebuilds is bounded by bytes: the accounting, entry by entry. */
describe('byte-bounded caches', () => {
  it('ByteLru stays under its bound, drops the least recently used first, and keeps no entry bigger than the bound', () => {
    const lru = new ByteLru<string>(1000, (key, value) => key.length + value.length);
    for (let i = 0; i < 10; i++) lru.set(`k${i}`, 'x'.repeat(98)); // 100 bytes each
    expect(lru.bytes).toBe(1000);
    lru.get('k0'); // used: now the most recent
    lru.set('k10', 'x'.repeat(197)); // 200 bytes: two must go, k1 and k2
    expect(lru.bytes).toBeLessThanOrEqual(1000);
    expect([...lru.keys()]).toEqual(['k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k0', 'k10']);
    lru.set('k3', 'short'); // replaced: counted once
    expect(lru.bytes).toBe(100 * 7 + 200 + 7);
    lru.set('huge', 'x'.repeat(2000));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.bytes).toBe(907);
    for (let i = 0; i < 1000; i++) lru.set(`n${i}`, 'y'.repeat(50 + (i % 200)));
    expect(lru.bytes).toBeLessThanOrEqual(1000);
    expect(lru.get('n999')).toBeDefined();
  });

  it('LastBuild keeps what the last build used, never more bytes than its bound, and a deck bigger than the bound keeps its first slides', () => {
    const cache = new LastBuild<string>(10_000, (key, value) => key.length + value.length);
    cache.start(false);
    const slide = (i: number) => `slide${String(i).padStart(2, '0')}`;
    for (let i = 0; i < 50; i++) cache.keep(slide(i), 'x'.repeat(193)); // 200 bytes each: exactly the bound
    cache.finish();
    expect(cache.bytes).toBe(10_000);
    // the next build uses half of them and makes 50 new: the unused half goes first, then new ones are not kept
    cache.start(false);
    for (let i = 0; i < 25; i++) expect(cache.get(slide(i))).toBeDefined();
    for (let i = 0; i < 50; i++) {
      cache.keep(`new${String(i).padStart(2, '0')}`, 'y'.repeat(195));
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(cache.get(slide(49))).toBeUndefined();
    expect(cache.get('new24')).toBeDefined();
    expect(cache.get('new25')).toBeUndefined();
    cache.finish();
    expect(cache.bytes).toBe(10_000);
    // a deck of 80 slides of 200 bytes, built again and again unchanged: the first 50 are reused every time
    const big = new LastBuild<string>(10_000, (key, value) => key.length + value.length);
    for (let build = 0; build < 3; build++) {
      big.start(false);
      for (let i = 0; i < 80; i++) if (!big.get(slide(i))) big.keep(slide(i), 'z'.repeat(193));
      expect(big.hits).toBe(build === 0 ? 0 : 50);
      big.finish();
      expect(big.bytes).toBe(10_000);
    }
    // what the build did not use is gone at its end, with its bytes
    cache.start(false);
    expect(cache.get('new24')).toBeDefined();
    cache.finish();
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(200);
    cache.start(true);
    expect(cache.bytes).toBe(0);
    // an entry bigger than the bound is not kept
    cache.keep('huge', 'h'.repeat(10_001));
    expect(cache.size).toBe(0);
  });

  it('SameText counts each file as four times its text and stays under its bound', () => {
    const same = new SameText<number>(100_000);
    let computed = 0;
    for (let i = 0; i < 100; i++) same.get(`/p/file${i}.yaml`, 'a'.repeat(1000 + i), () => ++computed);
    expect(same.bytes).toBeLessThanOrEqual(100_000);
    expect(computed).toBe(100);
    // the most recent are still there; the oldest were dropped and are computed again
    same.get('/p/file99.yaml', 'a'.repeat(1099), () => ++computed);
    expect(computed).toBe(100);
    same.get('/p/file0.yaml', 'a'.repeat(1000), () => ++computed);
    expect(computed).toBe(101);
    expect(same.bytes).toBeLessThanOrEqual(100_000);
  });

  it('approxBytes counts strings, binaries and nested objects, once each', () => {
    const shared = { text: 'abcd' };
    expect(approxBytes('abcd')).toBe(8);
    expect(approxBytes(new Uint8Array(100))).toBe(100);
    expect(approxBytes([shared, shared])).toBe(16 + 16 + 2 * 4 + 8);
  });

  it('detach copies a text exactly, lone surrogates and all', () => {
    for (const text of ['kort', 'a\uD800b og en lengre tekst', 'æøå – 😀 og mer tekst', 'x'.repeat(100_000)]) expect(detach(text)).toBe(text);
  });
});

describe('compiled-template cache', () => {
  const load = async () => {
    const { renderTemplate, compiledTemplateCache, COMPILED_TEMPLATE_BYTES } = await import('../../src/template/render-template.js');
    const { Problems } = await import('../../src/errors/diagnostic.js');
    const render = (body: string, name = 'stor') =>
      renderTemplate({ file: `/p/decks/${name}.md`, name, text: body, body, bodyLine: 1, meta: { lang: 'nb', vars: {} } } as never, new Map(), {}, undefined, new Problems());
    return { render, compiledTemplateCache, COMPILED_TEMPLATE_BYTES };
  };

  it('compiles a deck whose saves change only text once, and holds one template per file', async () => {
    const { render, compiledTemplateCache } = await load();
    const before = compiledTemplateCache().entries;
    for (let i = 0; i < 5; i++) {
      const out = render(`# Lysbilde {{lang}}\n\n${'notater '.repeat(131_072)}${i}\n`);
      expect(out.markdown.endsWith(`notater ${i}\n`)).toBe(true);
      expect(out.markdown.startsWith('# Lysbilde nb\n')).toBe(true);
    }
    expect(compiledTemplateCache().entries - before).toBe(1);
    // its structure changed at every save: still one entry, the latest
    for (let i = 0; i < 5; i++) render(`# Lysbilde {{lang}} ${i}\n`);
    expect(compiledTemplateCache().entries - before).toBe(1);
  });

  it('holds templates up to its byte bound, the least recently used file going first', async () => {
    const { render, compiledTemplateCache, COMPILED_TEMPLATE_BYTES } = await load();
    // decks whose 1 MB line has a mustache in it (so its text is compiled): each is counted as 8 MB
    for (let i = 0; i < 12; i++) {
      render(`# Lysbilde\n\n{{lang}} ${'notater '.repeat(131_072)}${i}\n`, `stor${i}`);
      expect(compiledTemplateCache().bytes).toBeLessThanOrEqual(COMPILED_TEMPLATE_BYTES);
    }
    expect(compiledTemplateCache().entries).toBeLessThanOrEqual(4);
    expect(compiledTemplateCache().entries).toBeGreaterThan(0);
  });
});
