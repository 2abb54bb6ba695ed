#!/usr/bin/env node
// File size against pandoc's pptx writer, on the same 40 slides of content:
// bench/deck-samling.md (samling's format) and bench/deck-pandoc.md (pandoc's,
// with chart.png beside it). samling's file is written as a facilitator gets
// it (every chart workbook kept). The bounds (issue 15): the whole file at most
// 1.3× pandoc's, the slide XML (ppt/slides/slide*.xml, uncompressed) at most 1.5×.
//
//   npm run build && node bench/size.mjs
//
// Not part of `npm test`: pandoc may be missing, and then nothing is compared.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
const out = mkdtempSync(join(tmpdir(), 'samling-size-'));
const BOUNDS = { file: 1.3, slides: 1.5 };

execFileSync(process.execPath, [join(root, 'bin/samling.js'), 'build', join(root, 'bench/deck-samling.md'), '--out', out], { stdio: 'ignore' });
const samling = measure(join(out, 'deck-samling.pptx'));

let pandoc;
if (spawnSync('pandoc', ['--version']).status === 0) {
  const file = join(out, 'deck-pandoc.pptx');
  // pandoc finds chart.png beside the deck
  execFileSync('pandoc', ['deck-pandoc.md', '-o', file], { cwd: join(root, 'bench') });
  pandoc = measure(file);
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const rows = [
  ['file', 'file', BOUNDS.file],
  ['slide XML', 'slides', BOUNDS.slides],
];
console.log(`40-slide comparison deck: samling ${samling.count} slides, ${pandoc ? `pandoc ${pandoc.count} slides` : 'pandoc not found'}`);
for (const [label, key, bound] of rows) {
  if (!pandoc) {
    console.log(`${label.padEnd(10)} samling ${kb(samling[key]).padStart(9)}   pandoc: not measured`);
    continue;
  }
  const ratio = samling[key] / pandoc[key];
  console.log(`${label.padEnd(10)} samling ${kb(samling[key]).padStart(9)}   pandoc ${kb(pandoc[key]).padStart(9)}   ${ratio.toFixed(2)}× (≤ ${bound}×)   ${ratio <= bound ? 'PASS' : 'MISS'}`);
}

/** The file's size and the uncompressed size of its slide XML, from the zip's central directory. */
function measure(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let slides = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
      slides += size;
      n++;
    }
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return { file: statSync(file).size, slides, count: n };
}
