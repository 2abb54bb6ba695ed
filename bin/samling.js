#!/usr/bin/env node
// The samling command: runs the compiled, bundled CLI (`npm run build` makes it),
// compiled with V8's code cache (load-bundle.cjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
if (argv[0] === '--version' || argv[0] === '-v') {
  // the version needs nothing of the bundle (as src/cli/main.ts answers it, from package.json)
  process.stdout.write(`${require('../package.json').version}\n`);
  process.exit(0);
}
const { loadBundle } = require('./load-bundle.cjs');
// a build, watch or preview compiles far more of the bundle than --help does: its cache is kept apart
const kind = argv[0] === undefined || ['build', 'watch', 'preview', 'check'].includes(argv[0]) ? 'build' : 'other';
const { exports, keep } = loadBundle(kind);
exports.main(argv).then((code) => {
  process.exitCode = code;
  // after the command ran: the cache then holds every function it compiled — for a build's cache,
  // only if a deck was built here (with many decks, worker threads build them and make it)
  if (kind !== 'build' || exports.decksBuiltHere() > 0) keep();
});
