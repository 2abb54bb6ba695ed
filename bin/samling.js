#!/usr/bin/env node
// The samling command: runs the compiled, bundled CLI (`npm run build` makes it).
import('../dist/samling.mjs').then((m) => m.main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
