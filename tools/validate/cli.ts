import { readFileSync } from 'node:fs';
import { formatReport, loadSchemas, validatePptx } from './index.js';

/**
 * `npm run validate -- out/*.pptx`: the schema and package check of each
 * file, printed as validate-pptx.sh prints it. Exit 1 if any failed.
 */
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run validate -- deck.pptx [more.pptx …]');
  process.exit(2);
}
let t = performance.now();
loadSchemas();
console.error(`schemas loaded in ${Math.round(performance.now() - t)} ms`);
let status = 0;
for (const file of files) {
  t = performance.now();
  const cpu = process.cpuUsage();
  const report = validatePptx(readFileSync(file));
  const ms = Math.round(performance.now() - t);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  console.log(`== ${file}\n${formatReport(report).replace(/^RESULT (\w+)/m, `RESULT $1 ${file}`)}`);
  // CPU time beside the wall clock: on a shared machine the wall clock includes waiting
  console.error(`${file}: ${ms} ms (${cpuMs} ms CPU)`);
  if (!report.ok) status = 1;
}
process.exit(status);
