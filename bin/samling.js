#!/usr/bin/env node
// The samling command: runs the compiled CLI (npm install / npm run build compile it).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
