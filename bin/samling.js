#!/usr/bin/env node
// The samling command: runs the compiled, bundled CLI (`npm run build` makes it),
// compiled with V8's code cache (load-bundle.cjs).
import { createRequire } from 'node:module';

const { loadBundle } = createRequire(import.meta.url)('./load-bundle.cjs');
const argv = process.argv.slice(2);
// a build, watch or preview compiles far more of the bundle than --help does: its cache is kept apart
const kind = argv[0] === undefined || ['build', 'watch', 'preview', 'check'].includes(argv[0]) ? 'build' : 'other';
const { exports, keep } = loadBundle(kind);
exports.main(argv).then((code) => {
  process.exitCode = code;
  // after the command ran: the cache then holds every function it compiled
  keep();
});
