import { cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, buildDeckFile } from '../src/build.js';
import { fixture, root, unzip } from './helpers.js';

/**
 * Watch mode reuses each slide's parts from the build before. Whatever was
 * reused, the file must be the one a fresh build writes, byte for byte: after
 * each edit below the cached build is compared with an uncached one.
 */
function project(): { dir: string; deck: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samling-cache-'));
  cpSync(fixture('decks'), join(dir, 'decks'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  const deck = join(dir, 'decks/all-layouts.md');
  // an evaluation-results slide too: a chart drawn by a component
  const results = readFileSync(fixture('components/evaluation-results.md'), 'utf8').split(/\n---\n/).slice(2).join('\n---\n');
  cpSync(fixture('components/_data'), join(dir, 'decks/_data'), { recursive: true });
  // and a slide that warns: a pie chart shows one series
  const pie = '\n<!-- layout: chart\nchart: pie -->\n\n# Kake med to serier\n\n| | A | B |\n|---|---|---|\n| x | 1 | 2 |\n| y | 3 | 4 |\n';
  const text = `${readFileSync(deck, 'utf8').trimEnd()}\n\n---\n${pie}\n---\n${results}`;
  writeFileSync(deck, text);
  return { dir, deck, text };
}

describe('watch-mode rebuilds reuse slides', () => {
  it('writes the same bytes as a fresh build, drawing only the slides that changed', async () => {
    const { dir, deck, text } = project();
    const cache = new BuildCache();
    const step = async (edit: string, source: string) => {
      writeFileSync(deck, source);
      const cached = await buildDeckFile(deck, { cache });
      const fresh = await buildDeckFile(deck);
      expect(cached.diagnostics.filter((d) => d.severity === 'error'), edit).toEqual([]);
      // a kept layout gives its warnings again, at the same lines
      expect(cached.diagnostics, edit).toEqual(fresh.diagnostics);
      expect(Buffer.compare(cached.pptx!, fresh.pptx!), `${edit}: cached build differs from a fresh one`).toBe(0);
      return { drawn: cache.render.drawn, slides: cached.slides, pptx: cached.pptx!, warnings: cached.diagnostics.map((d) => d.code) };
    };

    const first = await step('first build', text);
    expect(first.drawn).toBe(first.slides);
    expect(first.warnings).toEqual(['chart-pie-series', 'evaluation-rows', 'evaluation-rows']);
    const again = await step('no change', text);
    expect(again.drawn).toBe(0);
    // every slide laid out again from the cache but those that read a file (pictures, CSV answers)
    expect(cache.layout.reused).toBeGreaterThan(again.slides / 2);
    expect(cache.layout.reused).toBeLessThan(again.slides);
    expect(again.warnings).toEqual(['chart-pie-series', 'evaluation-rows', 'evaluation-rows']);

    const oneWord = text.replace('# Tabell', '# Tabellen');
    expect((await step('one title changed', oneWord)).drawn).toBe(1);

    // every slide moves one down: slide numbers, notes, pictures and charts are renamed, none redrawn but the new one
    const [fm, ...body] = oneWord.split(/\n---\n/);
    const inserted = [fm, '\n# Ny første side\n\n- punkt\n', ...body].join('\n---\n');
    const moved = await step('slide inserted at the top', inserted);
    expect(moved.drawn).toBe(1);
    const parts = await unzip(moved.pptx);
    expect(parts.get('ppt/slides/slide2.xml')).toMatch(/<a:fld [^>]*type="slidenum">(?:(?!<\/a:fld>).)*<a:t>2<\/a:t>/);
    const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(2);
    expect(charts.sort()).toEqual(charts.map((_, i) => `ppt/charts/chart${i + 1}.xml`).sort());
    // the picture on two kept slides is still one part, and the shapes keep their names (by id, not position)
    const pictures = new Set([...parts].filter(([n]) => n.startsWith('ppt/slides/_rels/')).flatMap(([, rels]) => [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1])));
    expect(pictures.size).toBe(1);
    expect(parts.get('ppt/slides/slide3.xml')).toMatch(/name="Title \d+"/);

    // the first chart goes: the later charts are renumbered
    const lineChart = inserted.split(/\n---\n/).filter((s) => !/# Linje/.test(s)).join('\n---\n');
    expect((await step('chart slide deleted', lineChart)).drawn).toBe(0);

    // the deck's title is in the package properties (the welcome slide shows the gathering, not the title)
    const retitled = lineChart.replace(/^title: .*$/m, 'title: Ny tittel på samlingen');
    const props = await step('deck title changed', retitled);
    expect(props.drawn).toBe(0);
    expect((await unzip(props.pptx)).get('docProps/core.xml')).toContain('Ny tittel på samlingen');

    // a picture counts by its bytes: the same bytes saved again redraw nothing, other bytes under the same name (even with the old file time) redraw the slides that show it
    const picture = join(dir, 'decks/bilde.png');
    const { mtime } = statSync(picture);
    cpSync(join(root, 'assets/rapport-forside.png'), picture);
    expect((await step('same picture saved again', retitled)).drawn).toBe(0);
    cpSync(join(root, 'assets/fjord-illustrasjon.png'), picture);
    utimesSync(picture, mtime, mtime);
    expect((await step('picture replaced', retitled)).drawn).toBe(2);

    const all = await step('language changed', retitled.replace(/^lang: nb$/m, 'lang: nn'));
    expect(all.drawn).toBe(all.slides);
  });
});

