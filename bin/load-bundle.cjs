// Loads dist/samling.cjs with V8's code cache, for the command (bin/samling.js)
// and for the worker threads that build many decks at once (bin/worker.cjs).
//
// Compiling the 2.5 MB bundle is a large part of a cold start, so it is compiled with
// V8's code cache: made on the first run (never at install) and kept in the
// user's cache folder under the bundle's hash, the Node version and the CPU
// architecture, so an upgrade of either simply makes a new one. Any trouble
// with the cache (no folder, read-only, a stale or foreign file) only means
// compiling as Node would. SAMLING_NO_CODE_CACHE=1 turns it off.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '../dist/samling.cjs');

function cacheFolder() {
  if (process.env.SAMLING_NO_CODE_CACHE === '1') return undefined;
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || (process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches') : join(homedir(), '.cache'));
  return base ? join(base, 'samling') : undefined;
}

/**
 * The bundle's exports, and `keep()` to call once the work is done: it writes
 * the cache when there was none (then it holds every function the work compiled).
 * `kind` keeps a build's cache apart from a quick command's.
 */
function loadBundle(kind) {
  const source = readFileSync(bundle, 'latin1'); // ASCII only (rolldown.config.mjs): no UTF-8 to decode
  const folder = cacheFolder();
  let hash = 'nohash';
  try {
    hash = readFileSync(`${bundle}.hash`, 'latin1').trim();
  } catch {}
  // this bundle's caches on this Node: one per kind
  const ours = `${hash}-${process.version}-${process.arch}-`;
  const file = folder && join(folder, `${ours}${kind}.bin`);
  let cached;
  try {
    if (file) cached = readFileSync(file);
  } catch {}
  // the bundle has no dynamic import() (rolldown.config.mjs): none survives a code cache on Node 20
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  const keep = file && (!cached || script.cachedDataRejected)
    ? () => {
        try {
          mkdirSync(folder, { recursive: true });
          const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
          writeFileSync(tmp, script.createCachedData());
          renameSync(tmp, file);
          forgetOld(folder, ours);
        } catch {}
      }
    : () => {};
  return { exports: module.exports, keep };
}

/** a cache of another bundle or Node (an earlier samling, an older Node), or a left-over .tmp, not made for this long is removed */
const OLD_MS = 30 * 24 * 60 * 60 * 1000;

/** Each upgrade of samling or Node makes new caches (a few MB each): the others go once they are a month old. */
function forgetOld(folder, ours) {
  for (const name of readdirSync(folder)) {
    if (name.startsWith(ours) || !/\.bin$|\.tmp$/.test(name)) continue;
    try {
      const path = join(folder, name);
      if (Date.now() - statSync(path).mtimeMs > OLD_MS) unlinkSync(path);
    } catch {}
  }
}

module.exports = { loadBundle, bundle };
