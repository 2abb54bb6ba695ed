import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeckFile, type BuildResult } from '../src/build.js';
import { root, shapes, slides, unzip } from './helpers.js';

/**
 * A CSV that Excel saved as «CSV (semikolonseparert)» is Windows-1252, not
 * UTF-8. It is read as such wherever a deck uses it, with the same located
 * warning, once per file: through the template (`{{data.svar}}`) as through
 * evaluation-results (tests/components/evaluation-results.test.ts). A file in
 * _data the deck does not use is not the deck's problem.
 */
const CSV = 'Kommune;Andel\nØrsta;62 %\nÅsnes;55 %\n';

function project(deck: string, partial?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-csv-encoding-'));
  writeFileSync(join(dir, 'package.json'), '{}');
  symlinkSync(join(root, 'themes'), join(dir, 'themes'));
  mkdirSync(join(dir, '_data'));
  writeFileSync(join(dir, '_data', 'svar.csv'), Buffer.from(CSV, 'latin1'));
  writeFileSync(join(dir, '_data', 'ubrukt.csv'), Buffer.from(CSV, 'latin1'));
  if (partial) {
    mkdirSync(join(dir, '_library'));
    writeFileSync(join(dir, '_library', 'svarliste.md'), partial);
  }
  writeFileSync(join(dir, 'deck.md'), `---\ntitle: Test\nlang: nb\n---\n\n<!-- layout: title -->\n\n# Test\n\n---\n\n${deck}\n`);
  return join(dir, 'deck.md');
}
const codes = (r: BuildResult) => r.diagnostics.map((d) => [d.severity, d.code, d.loc?.file.split('/').pop(), d.loc?.line, d.loc?.column]);
const list = '# Svar\n\n{{#each data.svar}}\n- {{Kommune}}: {{Andel}}\n{{/each}}';
const rows = '{{#each data.svar}}\n| {{Kommune}} | {{Andel}} |\n{{/each}}';

describe('a Windows-1252 CSV read through the template', () => {
  it('is read as Windows-1252, with the warning at the first byte that is not UTF-8', async () => {
    const result = await buildDeckFile(project(list));
    // line 2, column 1: the Ø of Ørsta
    expect(codes(result)).toEqual([['warning', 'csv-windows-1252', 'svar.csv', 2, 1]]);
    const text = shapes(slides(await unzip(result.pptx!))[1]!).map((s) => s.text);
    expect(text).toContain('Ørsta: 62 %Åsnes: 55 %');
  });

  it('warns once per file: used twice, in the deck and in a partial, in a chart table', async () => {
    const chart = `<!-- layout: chart -->\n\n# Andel\n\n| | Andel |\n|---|--:|\n${rows}`;
    const result = await buildDeckFile(project(`${list}\n\n---\n\n{{> svarliste}}\n\n---\n\n${chart}`, '# Igjen\n\n{{#each data.svar}}\n- {{Kommune}}\n{{/each}}\n'));
    expect(codes(result)).toEqual([['warning', 'csv-windows-1252', 'svar.csv', 2, 1]]);
    expect(result.pptx).toBeDefined();
  });

  it('once also when evaluation-results reads the same file', async () => {
    const evaluation = '<!-- layout: evaluation-results\ndata: svar\nscore: Andel -->\n\n# Evaluering';
    const file = project(`${list}\n\n---\n\n${evaluation}`);
    writeFileSync(join(file, '..', '_data', 'svar.csv'), Buffer.from('Andel;Kommune\n5;Ørsta\n4;Åsnes\n', 'latin1'));
    const result = await buildDeckFile(file);
    expect(codes(result)).toEqual([['warning', 'csv-windows-1252', 'svar.csv', 2, 3]]);
  });

  it('a data file the deck does not use gives no warning', async () => {
    const result = await buildDeckFile(project('# Ingen data\n\n- Tekst'));
    expect(codes(result)).toEqual([]);
  });
});
