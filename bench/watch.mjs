#!/usr/bin/env node
// Watch-mode latency: edit a 40-slide deck 20 times and measure, per save,
// save → .pptx written (what the facilitator waits for) and the rebuild alone.
// Peer, in the same process: the same build called directly and written, with
// no watcher in between — the ratio is what watching adds.
//
//   npm run build && node bench/watch.mjs
import { join } from 'node:path';
import { fortySlideProject, root } from './forty-slides.mjs';

const edits = Number(process.env.BENCH_EDITS ?? 20);
const { dir, deck, write } = fortySlideProject();
const { startWatch } = await import(join(root, 'dist/watch/watcher.js'));
const { buildDeckFile } = await import(join(root, 'dist/build.js'));
const { writeAtomic } = await import(join(root, 'dist/write/write-atomic.js'));

let waiting;
const watcher = startWatch({ paths: [join(dir, 'decks')], out: join(dir, 'out'), onEvent: (e) => {
  if (e.type === 'failed') { console.error('the bench deck failed to build:', e.result.diagnostics[0]?.message); process.exit(1); }
  if (e.type === 'built' && waiting) waiting(e);
} });
await watcher.ready;
const latency = [], rebuild = [], peer = [];
for (let i = 1; i <= edits; i++) {
  const done = new Promise((r) => (waiting = r));
  const t = performance.now();
  write(`\n---\n\n# Endring ${i}`);
  const e = await done;
  latency.push(performance.now() - t);
  rebuild.push(e.ms);
  const p = performance.now();
  const r = await buildDeckFile(deck);
  writeAtomic(join(dir, 'peer.pptx'), r.pptx);
  peer.push(performance.now() - p);
}
await watcher.close();
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
console.log(`samling watch, 41-slide deck, ${edits} saves (node ${process.version})`);
console.log(`save → written   median ${q(latency, 0.5).toFixed(0)} ms   p95 ${q(latency, 0.95).toFixed(0)} ms`);
if (process.env.BENCH_ALL) console.log(rebuild.map((x) => x.toFixed(0)).join(" "));
console.log(`rebuild alone    median ${q(rebuild, 0.5).toFixed(0)} ms   p95 ${q(rebuild, 0.95).toFixed(0)} ms`);
console.log(`peer: direct build + write, no watcher   median ${q(peer, 0.5).toFixed(0)} ms   ratio save→written / peer ${(q(latency, 0.5) / q(peer, 0.5)).toFixed(2)}`);
