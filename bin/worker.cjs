// A worker thread of `samling build` over many decks (src/cli/build-pool.ts):
// the bundle, compiled with the code cache of builds, and its build function.
'use strict';
const { loadBundle } = require('./load-bundle.cjs');

const { exports: samling, keep } = loadBundle('build');
let kept = false;

module.exports.buildInWorker = async (task) => {
  const result = await samling.buildInWorker(task);
  // after its decks, so that the cache holds what a build compiles
  if (!kept) {
    kept = true;
    keep();
  }
  return result;
};
