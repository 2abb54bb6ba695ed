#!/usr/bin/env node
// Watch-mode memory: save a ~6 MB deck (the 40-slide bench deck with long
// speaker notes) 500 times through the watcher — the same rebuild path as
// `samling watch` — and print RSS after save 50 and after save 500. Each
// save changes one slide's text, as an author does. Not part of `npm test`:
// it takes minutes.
//
//   npm run build && node --expose-gc bench/memory.mjs
//   BENCH_SAVES=100 BENCH_MB=2 node --expose-gc bench/memory.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fortySlideProject, root } from './forty-slides.mjs';

const saves = Number(process.env.BENCH_SAVES ?? 500);
const megabytes = Number(process.env.BENCH_MB ?? 6);
const { dir, deck, slides } = fortySlideProject();
const { startWatch } = await import(join(root, 'dist/watch/watcher.js'));

// speaker notes (a `::: notes` block per slide) make up the size, spread over the slides
const perSlide = Math.round((megabytes * 1024 * 1024) / slides.filter((s) => /^#+ /m.test(s)).length);
const sentence = 'Her forteller kursholderen om hvordan kommunene arbeider med omdømme, og hva deltakerne har sagt. ';
// one sentence a line: a deck's lines are bounded (100 000 characters), as a person's are
const notes = slides.map((_, i) => `\n\n::: notes\n${`Notat ${i}: ${sentence}\n`.repeat(Math.ceil(perSlide / (sentence.length + 10))).slice(0, perSlide).trimEnd()}\n:::`);
// the notes go right after the slide's heading: some layouts take no paragraph after their content
const withNotes = (s, i) => s.replace(/^(#+ .*)$/m, (h) => `${h}${notes[i]}\n`);
const text = (save) =>
  `${slides.map((s, i) => withNotes(i === save % slides.length ? s.replace(/^(#+ .*)$/m, `$1 (endring ${save})`) : s, i)).join('\n---\n')}\n`;
const { readFileSync } = await import('node:fs');
const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(deck, 'utf8'))[0];
const write = (save) => writeFileSync(deck, frontMatter + text(save));
write(0);
console.log(`deck: ${(Buffer.byteLength(frontMatter + text(0)) / 1048576).toFixed(1)} MB, ${slides.length} slides`);

let waiting;
const watcher = startWatch({ paths: [join(dir, 'decks')], out: join(dir, 'out'), onEvent: (e) => {
  if (e.type === 'failed') { console.error('the bench deck failed to build:', e.result.diagnostics[0]?.message); process.exit(1); }
  if (e.type === 'error') { console.error(e.error); process.exit(1); }
  if (e.type === 'built' && waiting) waiting(e);
} });
await watcher.ready;
const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;
const rss = {};
const times = [];
for (let save = 1; save <= saves; save++) {
  const done = new Promise((r) => (waiting = r));
  write(save);
  const e = await done;
  times.push(e.ms);
  if (save === 50 || save === saves || save % 25 === 0) {
    globalThis.gc?.();
    rss[save] = process.memoryUsage().rss;
    console.log(`after save ${save}: RSS ${mb(rss[save])}, heap ${mb(process.memoryUsage().heapUsed)}, rebuild median so far ${[...times].sort((a, b) => a - b)[times.length >> 1]} ms`);
  }
}
await watcher.close();
if (rss[50] && rss[saves]) console.log(`RSS after save ${saves} / after save 50: ${(rss[saves] / rss[50]).toFixed(3)} (target ≤ 1.10)`);
