#!/usr/bin/env node
// Watch mode on big decks (issue 13 item 2), through the watcher — the same
// rebuild path as `samling watch` — with each figure against its target:
//
//  1. The cost of a save: the 40-slide bench deck saved 40 times, each save
//     changing one slide's heading; the rebuild alone, median. Target: at most
//     1.2 × the 16–19 ms it took before the caches were bounded (≤ 22.8 ms).
//     Peer, in the same process: the same deck built without the watch
//     caches, as `samling build` does.
//  2. Memory: a ~6 MB deck (the 40 slides with long speaker notes, a sentence
//     a line) saved 500 times, each save changing one slide's heading. RSS
//     after save 500 within 10 % of RSS after save 50. RSS is read with the
//     watcher idle: after a collection, and again a second later (V8 gives
//     freed pages back in the background; read at once, RSS is some 50 MB
//     higher and varies from save to save).
//
// Not part of `npm test`: it takes minutes (10–15 on two cores).
//
//   npm run build && node bench/memory.mjs
//   BENCH_SAVES=100 BENCH_MB=2 node bench/memory.mjs      (a shorter run)
//   BENCH_SAVES=0 node bench/memory.mjs                   (the rebuild time alone)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fortySlideProject, root } from './forty-slides.mjs';

const saves = Number(process.env.BENCH_SAVES ?? 500);
const megabytes = Number(process.env.BENCH_MB ?? 6);
const REBUILD_MS = 1.2 * 19;
const RSS_RATIO = 1.1;

setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? runInNewContext('gc');
const { startWatch } = await import(join(root, 'dist/watch/watcher.js'));
const { buildDeckFile } = await import(join(root, 'dist/build.js'));
const pass = (ok) => (ok ? 'PASS' : 'MISS');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const q95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;

/** A watcher over the project's decks; `save(text)` writes the deck and resolves with the build event. */
async function watching(dir, deck) {
  let waiting;
  const watcher = startWatch({ paths: [join(dir, 'decks')], out: join(dir, 'out'), onEvent: (e) => {
    if (e.type === 'failed') { console.error('the bench deck failed to build:', e.result.diagnostics[0]?.message); process.exit(1); }
    if (e.type === 'error') { console.error(e.error); process.exit(1); }
    if (e.type === 'built' && waiting) { const w = waiting; waiting = undefined; w(e); }
  } });
  await watcher.ready;
  return {
    /** resolves with the build event and the process's CPU time from the write to it (ms) */
    save: async (text) => {
      const done = new Promise((r) => (waiting = r));
      const cpu = process.cpuUsage();
      writeFileSync(deck, text);
      const e = await done;
      const used = process.cpuUsage(cpu);
      return { e, cpu: (used.user + used.system) / 1000 };
    },
    close: () => watcher.close(),
  };
}

/** The deck's text with slide `edited`'s heading changed (`notes`: each slide's notes, after its heading). */
function deckText(frontMatter, slides, edited, save, notes) {
  const body = slides.map((s, i) => {
    const heading = (h) => `${i === edited ? `${h} (endring ${save})` : h}${notes ? notes[i] : ''}`;
    return s.replace(/^(#+ .*)$/m, (h) => (notes || i === edited ? heading(h) : h));
  });
  return `${frontMatter}${body.join('\n---\n')}\n`;
}
const frontMatterOf = (deck) => /^---\n[\s\S]*?\n---\n/.exec(readFileSync(deck, 'utf8'))[0];
/** the slides with a heading: the ones a save edits (and that carry notes) */
const withHeading = (slides) => slides.flatMap((s, i) => (/^#+ /m.test(s) ? [i] : []));

// 1. one-edit rebuild of the 40-slide deck
{
  const { dir, deck, slides } = fortySlideProject();
  const frontMatter = frontMatterOf(deck);
  const watch = await watching(dir, deck);
  const editable = withHeading(slides);
  const rebuild = [];
  const cpus = [];
  const peer = [];
  for (let save = 1; save <= 40; save++) {
    const { e, cpu } = await watch.save(deckText(frontMatter, slides, editable[save % editable.length], save));
    rebuild.push(e.ms);
    cpus.push(cpu);
    const t = performance.now();
    await buildDeckFile(deck);
    peer.push(performance.now() - t);
  }
  await watch.close();
  const m = median(rebuild);
  console.log(`one-edit rebuild, 40-slide deck, 40 saves (node ${process.version})`);
  console.log(`  rebuild alone   median ${m} ms   p95 ${q95(rebuild)} ms   target ≤ ${REBUILD_MS.toFixed(1)} ms (1.2 × 19 ms)   ${pass(m <= REBUILD_MS)}`);
  console.log(`  CPU time, save to built (all threads; less moved by other load than the time)   median ${median(cpus).toFixed(0)} ms`);
  console.log(`  peer: the same deck built without the watch caches   median ${median(peer).toFixed(0)} ms`);
}

// 2. RSS over many saves of a 6 MB deck (BENCH_SAVES=0: the first part alone)
if (saves > 0) {
  const { dir, deck, slides } = fortySlideProject();
  const frontMatter = frontMatterOf(deck);
  // speaker notes (a `::: notes` block per slide) make up the size, spread over the slides;
  // one sentence a line: a deck's lines are bounded (100 000 characters), as a person's are
  const editable = withHeading(slides);
  const perSlide = Math.round((megabytes * 1024 * 1024) / editable.length);
  const sentence = 'Her forteller kursholderen om hvordan kommunene arbeider med omdømme, og hva deltakerne har sagt. ';
  // the notes go right after the slide's heading: some layouts take no paragraph after their content
  const notes = slides.map((_, i) => `\n\n::: notes\n${`Notat ${i}: ${sentence}\n`.repeat(Math.ceil(perSlide / (sentence.length + 10))).slice(0, perSlide).trimEnd()}\n:::\n`);
  const text = (save) => deckText(frontMatter, slides, editable[save % editable.length], save, notes);
  writeFileSync(deck, text(0));
  const watch = await watching(dir, deck);
  console.log(`\nmemory, ${(Buffer.byteLength(text(0)) / 1048576).toFixed(1)} MB deck, ${slides.length} slides, ${saves} saves`);
  const rss = {};
  const times = [];
  for (let save = 1; save <= saves; save++) {
    // the build's time alone: the bench keeps nothing of the result (its deck text is 12 MB)
    times.push((await watch.save(text(save))).e.ms);
    if (save === 50 || save === saves || save % 50 === 0) {
      await sleep(1000);
      gc();
      await sleep(1000);
      gc();
      await sleep(200);
      const m = process.memoryUsage();
      rss[save] = m.rss;
      console.log(`  after save ${String(save).padStart(3)}: RSS ${mb(m.rss).padStart(6)}   heap ${mb(m.heapUsed).padStart(6)}   rebuild median so far ${median(times)} ms`);
    }
  }
  await watch.close();
  if (rss[50] && rss[saves] && saves > 50) {
    const seen = Object.values(rss);
    console.log(`  RSS at the readings: ${mb(Math.min(...seen))}–${mb(Math.max(...seen))} (highest / lowest ${(Math.max(...seen) / Math.min(...seen)).toFixed(2)}: how much one reading varies)`);
    const ratio = rss[saves] / rss[50];
    console.log(`  RSS after save 50 ${mb(rss[50])}, after save ${saves} ${mb(rss[saves])}: ${ratio.toFixed(3)}   target ≤ ${RSS_RATIO.toFixed(2)}   ${pass(ratio <= RSS_RATIO)}`);
  }
}
