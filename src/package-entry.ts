/**
 * What the package's one bundle (dist/samling.cjs) exports: the command line
 * (`main`, run by bin/samling.js) and the library API. Every dependency is
 * inside the bundle, so an installed samling needs nothing from the registry
 * beyond its own tarball and never builds at install time.
 */
export * from './index.js';
export { main } from './cli/main.js';
// what a worker thread of `samling build` runs (cli/build-pool.ts)
export { buildInWorker } from './cli/build-pool.js';
// whether the code cache of builds may be made from this run (bin/samling.js)
export { decksBuiltHere } from './build.js';
// run by `npm run build` (tools/build-theme-snapshots.cjs)
export { writeThemeSnapshots } from './theme-snapshots.js';
