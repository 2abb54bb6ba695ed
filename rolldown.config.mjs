// One-file bundle of the CLI and the library: Node loads one file instead of
// several hundred modules (yaml, zod, handlebars, pptxgenjs …), and the package
// has no dependencies to install.
//
// CommonJS, so that bin/samling.js can compile it with V8's code cache
// (vm.Script `cachedData`; Node 20 has no code cache for ES modules), and
// ASCII only (every other character as a \u escape), so that it is read as a
// one-byte string without decoding 4 MB of UTF-8 on every start. Dynamic
// imports stay in the file: what a command does not use is never evaluated.
import { createHash } from 'node:crypto';
import { defineConfig } from 'rolldown';

const escapeNonAscii = {
  name: 'ascii-only',
  generateBundle(_options, bundle) {
    const chunk = bundle['samling.cjs'];
    // \u escapes mean the same in strings, templates, regular expressions, identifiers and comments
    chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    // a script compiled from the code cache has no dynamic import() on Node 20 (the loader's callback is
    // not kept with cached functions): pptxgenjs' lazy import() of Node's own modules becomes require()
    chunk.code = chunk.code.replace(/\bimport\("(node:[a-z_/]+)"\)/g, (_m, name) => `Promise.resolve().then(() => { const m = require("${name}"); return { ...m, default: m }; })`);
    const left = /\bimport\(\s*["'`]/.exec(chunk.code);
    if (left) this.error(`a dynamic import() is left in the bundle: ${chunk.code.slice(left.index, left.index + 80)}`);
    // the code cache is kept under the bundle's hash (bin/samling.js)
    this.emitFile({ type: 'asset', fileName: 'samling.cjs.hash', source: createHash('sha256').update(chunk.code).digest('hex').slice(0, 16) });
  },
};

export default defineConfig([
  {
    input: 'dist/package-entry.js',
    platform: 'node',
    output: { file: 'dist/samling.cjs', format: 'cjs', codeSplitting: false },
    plugins: [escapeNonAscii],
    // gray-matter's optional JavaScript front-matter engine uses eval; samling never enables it
    checks: { eval: false },
  },
  {
    // tinypool starts each worker thread from its own entry file, found beside the module that
    // holds the pool — here the bundle: dist/entry/worker.js (cli/build-pool.ts)
    input: 'node_modules/tinypool/dist/entry/worker.js',
    platform: 'node',
    output: { file: 'dist/entry/worker.js', format: 'esm', codeSplitting: false },
  },
]);
