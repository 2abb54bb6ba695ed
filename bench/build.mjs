#!/usr/bin/env node
// Build speed of a 40-slide deck, against a peer measured in the same run:
// plain pptxgenjs writing the same 40 slides' text (no templating, parsing,
// fitting or post-processing) — the floor that samling's stages add to.
//
//   npm run bench            (builds first)
//   node bench/build.mjs     (uses dist/ as it is)
//
// Prints medians over repeated runs: cold (a new `node` process per build,
// as a facilitator runs it) and warm (in one process, as watch mode will).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fortySlideProject, root } from './forty-slides.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const { dir, deck, slides: forty } = fortySlideProject();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
const timeAsync = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };

// the peer: pptxgenjs alone, the same titles and text as plain text boxes
const peerScript = join(dir, 'peer.mjs');
writeFileSync(peerScript, `
import pptxgen from ${JSON.stringify(join(root, 'node_modules/pptxgenjs/dist/pptxgen.es.js'))};
import { writeFileSync } from 'node:fs';
export async function peer(texts) {
  const p = new pptxgen();
  p.layout = 'LAYOUT_WIDE';
  for (const t of texts) { const s = p.addSlide(); s.addText(t, { x: 0.6, y: 0.4, w: 12, h: 6, fontSize: 18 }); }
  return p.write({ outputType: 'nodebuffer' });
}
if (process.argv[2]) writeFileSync(process.argv[2], await peer(JSON.parse(process.env.TEXTS)));
`);
const texts = forty.map((s) => s.replace(/<!--[\s\S]*?-->|:::[\s\S]*?:::/g, '').trim());

// cold
const cold = [], coldPeer = [];
for (let i = 0; i < runs; i++) {
  cold.push(time(() => execFileSync(process.execPath, [join(root, 'bin/samling.js'), 'build', deck, '--out', join(dir, 'out')], { stdio: 'ignore' })));
  coldPeer.push(time(() => execFileSync(process.execPath, [peerScript, join(dir, 'peer.pptx')], { stdio: 'ignore', env: { ...process.env, TEXTS: JSON.stringify(texts) } })));
}
const nodeAlone = median(Array.from({ length: runs }, () => time(() => execFileSync(process.execPath, ['-e', '0']))));

// warm
const { buildDeckFile } = await import(join(root, 'dist/build.js'));
const { peer } = await import(peerScript);
for (let i = 0; i < 3; i++) { await buildDeckFile(deck); await peer(texts); }
const warm = [], warmPeer = [];
for (let i = 0; i < runs; i++) {
  warm.push(await timeAsync(() => buildDeckFile(deck)));
  warmPeer.push(await timeAsync(() => peer(texts)));
}
const slidesBuilt = (await buildDeckFile(deck)).slides;

// the text measurer's share of a warm build
const { TextMeasurer } = await import(join(root, 'dist/text/measure.js'));
const original = TextMeasurer.prototype.measure;
let calls = 0, spent = 0;
TextMeasurer.prototype.measure = function (...args) {
  const t = performance.now();
  try { return original.apply(this, args); } finally { spent += performance.now() - t; calls++; }
};
const measured = [];
for (let i = 0; i < runs; i++) { calls = 0; spent = 0; await buildDeckFile(deck); measured.push({ calls, spent }); }
TextMeasurer.prototype.measure = original;
const measure = measured.sort((a, b) => a.spent - b.spent)[Math.floor(measured.length / 2)];

const row = (label, a, b) => `${label.padEnd(34)} ${a.toFixed(0).padStart(6)} ms   peer ${b.toFixed(0).padStart(6)} ms   ratio ${(a / b).toFixed(2)}`;
console.log(`samling build of a ${slidesBuilt}-slide deck, median of ${runs} runs (node ${process.version})`);
console.log(row('cold (new process, CLI)', median(cold), median(coldPeer)));
console.log(row('warm (in process, watch-like)', median(warm), median(warmPeer)));
console.log(`${'node -e 0 (process start alone)'.padEnd(34)} ${nodeAlone.toFixed(0).padStart(6)} ms`);
console.log(`${'text measurer, per warm build'.padEnd(34)} ${measure.spent.toFixed(1).padStart(6)} ms   ${measure.calls} calls (${((100 * measure.spent) / median(warm)).toFixed(0)} % of the warm build)`);
