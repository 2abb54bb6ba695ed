#!/usr/bin/env node
// Speed (issue 14), each row beside its peers measured alternately in this run,
// with its target and PASS or MISS:
//
//   cold build    the 40-slide comparison deck (deck-samling.md) as a facilitator
//                 runs it (a new `node` per build), against pandoc on the same
//                 content (deck-pandoc.md) and a plain pptxgenjs script writing
//                 40 text slides                                 target ≤ 1.0× pandoc
//   loading       `samling --version`, against `node -e 0`      target ≤ 150 ms
//                 (--version reads package.json only; `samling --help`, which
//                 loads the bundle, is shown beside it)
//   100 decks     100 copies of the deck in one `samling build decks` (every
//                 core), against pandoc once per deck (10 decks, × 10)
//                                                               target ≤ 3 s
//                 and, with no target, 100 decks that differ in every slide's
//                 heading (copies share every slide: a warm build context
//                 draws each slide once; these share the rest)
//   big decks     one deck of 2 000 slides: time and peak memory  target ≤ 350 MiB
//                 time per slide at 5 000 against 200 slides     target ≤ 1.25×
//
//   npm run bench                 (builds first)
//   node bench/speed.mjs          (uses dist/ as it is; BENCH_RUNS=N cold pairs, default 9;
//                                  BENCH_BIG=0 leaves out the big decks)
//
// Without pandoc (`apt-get install pandoc`) its rows say "not measured".
// Measure on a quiet machine: every figure is wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'samling-speed-'));
const cli = join(root, 'bin/samling.js');
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = (cmd, args, opts = {}) => {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return performance.now() - t;
};
const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const rows = [];
const row = (label, figure, peers, target, ok) => rows.push(`${label.padEnd(26)} ${figure.padEnd(12)} ${peers.padEnd(48)} ${target.padEnd(20)} ${ok === undefined ? '' : verdict(ok)}`);

// a project holding the comparison deck and its picture, as a facilitator's would
const project = join(dir, 'project');
mkdirSync(join(project, 'decks'), { recursive: true });
mkdirSync(join(project, 'assets'));
writeFileSync(join(project, 'package.json'), '{}');
copyFileSync(join(root, 'bench/deck-samling.md'), join(project, 'decks/deck.md'));
copyFileSync(join(root, 'assets/bench-chart.png'), join(project, 'assets/bench-chart.png'));
copyFileSync(join(root, 'bench/deck-pandoc.md'), join(dir, 'deck-pandoc.md'));
copyFileSync(join(root, 'bench/chart.png'), join(dir, 'chart.png'));
const deck = join(project, 'decks/deck.md');

// the plain pptxgenjs peer: 40 slides of the deck's text as text boxes
const texts = readFileSync(deck, 'utf8').split(/\n---\n/).slice(1).map((s) => s.replace(/<!--[\s\S]*?-->/g, '').trim());
const peer = join(dir, 'peer.mjs');
writeFileSync(peer, `import pptxgen from ${JSON.stringify(join(root, 'node_modules/pptxgenjs/dist/pptxgen.es.js'))};
import { writeFileSync } from 'node:fs';
const p = new pptxgen(); p.layout = 'LAYOUT_WIDE';
for (const t of ${JSON.stringify(texts)}) p.addSlide().addText(t, { x: 0.6, y: 0.4, w: 12, h: 6, fontSize: 18 });
writeFileSync(process.argv[2], await p.write({ outputType: 'nodebuffer' }));
`);

// warm-up: the code cache is made on a first run (as on a facilitator's machine after the first build)
wall(process.execPath, [cli, 'build', deck, '--out', join(dir, 'out')]);
wall(process.execPath, [cli, '--version']);

// cold build, alternating
const cold = { samling: [], pandoc: [], peer: [] };
for (let i = 0; i < runs; i++) {
  cold.samling.push(wall(process.execPath, [cli, 'build', deck, '--out', join(dir, 'out')]));
  if (hasPandoc) cold.pandoc.push(wall('pandoc', ['deck-pandoc.md', '-o', 'p.pptx'], { cwd: dir }));
  cold.peer.push(wall(process.execPath, [peer, join(dir, 'peer.pptx')]));
}
const c = median(cold.samling);
if (hasPandoc) {
  const p = median(cold.pandoc);
  row('cold build, 40 slides', ms(c), `pandoc ${ms(p)} (${(c / p).toFixed(2)}×), pptxgenjs ${ms(median(cold.peer))}`, '≤ 1.0× pandoc', c <= p);
} else row('cold build, 40 slides', ms(c), `pandoc not measured, pptxgenjs ${ms(median(cold.peer))}`, '≤ 1.0× pandoc');

// loading
const version = [], bare = [], help = [];
wall(process.execPath, [cli, '--help']);
for (let i = 0; i < runs; i++) {
  version.push(wall(process.execPath, [cli, '--version']));
  bare.push(wall(process.execPath, ['-e', '0']));
  help.push(wall(process.execPath, [cli, '--help']));
}
row('loading (--version)', ms(median(version)), `node -e 0 ${ms(median(bare))}, --help (the bundle) ${ms(median(help))}`, '≤ 150 ms', median(version) <= 150);

// 100 decks in one run, every core
const many = join(dir, 'many');
cpSync(project, many, { recursive: true });
const body = readFileSync(deck, 'utf8');
for (let i = 1; i <= 100; i++) writeFileSync(join(many, 'decks', `deck-${String(i).padStart(3, '0')}.md`), body);
writeFileSync(join(many, 'decks/deck.md'), body.replace(/^# .*/m, '# Kopi'));
const hundred = wall(process.execPath, [cli, 'build', 'decks', '--out', 'out'], { cwd: many });
let pandocHundred = 'pandoc not measured';
if (hasPandoc) {
  const t = wall('sh', ['-c', 'for i in 1 2 3 4 5 6 7 8 9 10; do pandoc deck-pandoc.md -o p$i.pptx || exit 1; done'], { cwd: dir });
  pandocHundred = `pandoc once per deck ${(t * 10 / 1000).toFixed(1).padStart(5)} s (10 × 10)`;
}
row(`101 decks, ${availableParallelism()} cores`, `${(hundred / 1000).toFixed(2).padStart(6)} s`, pandocHundred, '≤ 3 s', hundred <= 3000);

// the same, each deck's headings its own
const distinct = join(dir, 'distinct');
cpSync(project, distinct, { recursive: true });
for (let i = 1; i <= 100; i++) {
  const own = body.split(/\n---\n/).map((s, j) => (j === 0 ? s : s.replace(/^(#{1,3} .*)$/m, `$1 ${i}`)));
  writeFileSync(join(distinct, 'decks', `deck-${String(i).padStart(3, '0')}.md`), own.join('\n---\n'));
}
const different = wall(process.execPath, [cli, 'build', 'decks', '--out', 'out'], { cwd: distinct });
row(`101 decks, own headings`, `${(different / 1000).toFixed(2).padStart(6)} s`, `${(different / 101).toFixed(0)} ms a deck`, '(no target)');

// big decks: a deck of N slides, the comparison deck's slides repeated
if (process.env.BENCH_BIG !== '0') {
  const slides = body.split(/\n---\n/);
  const [front, ...rest] = slides;
  const big = (n) => {
    const file = join(project, 'decks', `big-${n}.md`);
    writeFileSync(file, [front, ...Array.from({ length: n }, (_, i) => rest[i % rest.length])].join('\n---\n'));
    // peak memory from inside: the same CLI, then its own maximum resident set
    const probe = `const m = require(${JSON.stringify(join(root, 'dist/samling.cjs'))}); m.main(process.argv.slice(1)).then((code) => { process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code; });`;
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-e', probe, 'build', file, '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
    const time = performance.now() - t;
    if (r.status !== 0) throw new Error(`big deck of ${n}: ${r.stderr}`);
    return { time, rss: Number(/maxrss (\d+)/.exec(r.stderr)[1]) / 1024 };
  };
  const b200 = big(200), b2000 = big(2000), b5000 = big(5000);
  row('2 000 slides, peak memory', `${b2000.rss.toFixed(0).padStart(5)} MiB`, `${(b2000.time / 1000).toFixed(1)} s to build`, '≤ 350 MiB', b2000.rss <= 350);
  const per = (b) => b.time / Number(b === b200 ? 200 : 5000);
  row('5 000 slides, per slide', `${per(b5000).toFixed(2).padStart(6)} ms`, `200 slides ${per(b200).toFixed(2)} ms (${(per(b5000) / per(b200)).toFixed(2)}×), peak ${b5000.rss.toFixed(0)} MiB`, '≤ 1.25× of 200', per(b5000) / per(b200) <= 1.25);
}

console.log(`samling speed, median of ${runs} cold runs, node ${process.version}, ${availableParallelism()} cores${hasPandoc ? `, ${execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]}` : ''}`);
for (const r of rows) console.log(r);
