// One-file bundle of the CLI and the library: Node loads one file instead of
// several hundred modules (yaml, zod, handlebars, pptxgenjs …), and the package
// has no dependencies to install.
//
// CommonJS, so that bin/samling.js can compile it with V8's code cache
// (vm.Script `cachedData`; Node 20 has no code cache for ES modules), and
// ASCII only (every other character as a \u escape), so that it is read as a
// one-byte string without decoding UTF-8 on every start.
//
// Every start reads the bundle and restores its code cache, so what a plain
// build never uses is not in it:
// - two libraries loaded only when needed are bundled apart, beside it:
//   fontkit with brotli (dist/lazy-fontkit.cjs, 1.4 MB: templates only) and
//   tinypool (dist/lazy-tinypool.cjs: many decks at once);
// - three are never used and are left out (tools/bundle-stubs/): js-yaml and
//   esprima (gray-matter's default YAML engine; samling gives it its own) and
//   source-map (Handlebars' source maps; it has a fallback).
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'rolldown';

const escapeNonAscii = {
  name: 'ascii-only',
  generateBundle(_options, bundle) {
    const chunk = Object.values(bundle).find((c) => c.type === 'chunk');
    // \u escapes mean the same in strings, templates, regular expressions, identifiers and comments
    chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    // a script compiled from the code cache has no dynamic import() on Node 20 (the loader's callback is
    // not kept with cached functions): pptxgenjs' lazy import() of Node's own modules becomes require()
    chunk.code = chunk.code.replace(/\bimport\((["'`])(node:[a-z_/]+|\.\/lazy-[a-z]+\.cjs)\1\)/g, (_m, _q, name) =>
      name === 'node:https'
        ? // pptxgenjs imports https at every write, for pictures given by URL, which samling never gives it: loading
          // https (with tls and http) cost 9 ms of every cold build. It is required when first used instead.
          `Promise.resolve({ default: new Proxy({}, { get: (_t, key) => require("node:https")[key] }) })`
        : `Promise.resolve().then(() => { const m = require("${name}"); return m.__esModule ? m : { ...m, default: m }; })`,
    );
    const left = /\bimport\(\s*["'`]/.exec(chunk.code);
    if (left) this.error(`a dynamic import() is left in the bundle: ${chunk.code.slice(left.index, left.index + 80)}`);
    // the code cache is kept under the bundle's hash (bin/samling.js)
    if (chunk.fileName !== 'samling.cjs') return;
    this.emitFile({ type: 'asset', fileName: 'samling.cjs.hash', source: createHash('sha256').update(chunk.code).digest('hex').slice(0, 16) });
  },
};

const stub = (name) => fileURLToPath(new URL(`./tools/bundle-stubs/${name}.cjs`, import.meta.url));
/** bundled apart, loaded by the bundle with require() when first needed */
const lazy = ['fontkit', 'tinypool'];

export default defineConfig([
  {
    input: 'dist/package-entry.js',
    platform: 'node',
    plugins: [escapeNonAscii],
    external: lazy,
    output: { file: 'dist/samling.cjs', format: 'cjs', codeSplitting: false, paths: Object.fromEntries(lazy.map((name) => [name, `./lazy-${name}.cjs`])) },
    resolve: { alias: { 'js-yaml': stub('js-yaml'), esprima: stub('esprima'), 'source-map': stub('source-map') } },
    // gray-matter's optional JavaScript front-matter engine uses eval; samling never enables it
    checks: { eval: false },
  },
  ...lazy.map((name) => ({
    input: name,
    platform: 'node',
    output: { file: `dist/lazy-${name}.cjs`, format: 'cjs', exports: 'named', codeSplitting: false },
    plugins: [escapeNonAscii],
  })),
  {
    // tinypool starts each worker thread from its own entry file, found beside the module that
    // holds the pool — here dist/lazy-tinypool.cjs: dist/entry/worker.js (cli/build-pool.ts)
    input: 'node_modules/tinypool/dist/entry/worker.js',
    platform: 'node',
    output: { file: 'dist/entry/worker.js', format: 'esm', codeSplitting: false },
  },
]);
