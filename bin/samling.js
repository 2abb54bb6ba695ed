#!/usr/bin/env node
// The samling command: runs the compiled, bundled CLI (`npm run build` makes it).
//
// Compiling the 4 MB bundle is most of a cold start, so it is compiled with
// V8's code cache: made on the first run (never at install) and kept in the
// user's cache folder under the bundle's hash, the Node version and the CPU
// architecture, so an upgrade of either simply makes a new one. Any trouble
// with the cache (no folder, read-only, a stale or foreign file) only means
// compiling as Node would. SAMLING_NO_CODE_CACHE=1 turns it off.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '../dist/samling.cjs');
const argv = process.argv.slice(2);
// a build, watch or preview compiles far more of the bundle than --help does: its cache is kept apart
const kind = argv[0] === undefined || ['build', 'watch', 'preview', 'check'].includes(argv[0]) ? 'build' : 'other';

function cacheFolder() {
  if (process.env.SAMLING_NO_CODE_CACHE === '1') return undefined;
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || (process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches') : join(homedir(), '.cache'));
  return base ? join(base, 'samling') : undefined;
}

function load() {
  const source = readFileSync(bundle, 'latin1'); // ASCII only (rolldown.config.mjs): no UTF-8 to decode
  const folder = cacheFolder();
  let hash = 'nohash';
  try {
    hash = readFileSync(`${bundle}.hash`, 'latin1').trim();
  } catch {}
  const file = folder && join(folder, `${hash}-${process.version}-${process.arch}-${kind}.bin`);
  let cached;
  try {
    if (file) cached = readFileSync(file);
  } catch {}
  // the bundle has no dynamic import() (rolldown.config.mjs): none survives a code cache on Node 20
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const keep = file && (!cached || script.cachedDataRejected)
    ? () => {
        try {
          mkdirSync(folder, { recursive: true });
          const tmp = `${file}.${process.pid}.tmp`;
          writeFileSync(tmp, script.createCachedData());
          renameSync(tmp, file);
        } catch {}
      }
    : () => {};
  return { main: module.exports.main, keep };
}

const { main, keep } = load();
main(argv).then((code) => {
  process.exitCode = code;
  // after the command ran: the cache then holds every function it compiled
  keep();
});
