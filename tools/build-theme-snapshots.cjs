// `npm run build`, after the bundle: samling's own themes loaded once, for builds to restore
// (src/theme-snapshots.ts, src/theme/theme-snapshot.ts).
'use strict';
const { relative } = require('node:path');
const { writeThemeSnapshots } = require('../dist/samling.cjs');

for (const file of writeThemeSnapshots()) process.stdout.write(`theme snapshot: ${relative(process.cwd(), file)}\n`);
