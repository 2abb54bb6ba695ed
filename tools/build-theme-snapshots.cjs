// `npm run build`, after the bundle: samling's own themes loaded once, for builds to restore
// (src/theme-snapshots.ts, src/theme/theme-snapshot.ts).
'use strict';
const { relative } = require('node:path');
const { writeThemeSnapshots } = require('../dist/samling.cjs');

// the bundle writes its snapshots only when asked this way (they replace the package's own)
process.env.SAMLING_WRITE_THEME_SNAPSHOTS = '1';

for (const file of writeThemeSnapshots()) process.stdout.write(`theme snapshot: ${relative(process.cwd(), file)}\n`);
