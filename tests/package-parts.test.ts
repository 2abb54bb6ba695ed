import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_STYLE_ID } from '../src/render/pptx/table-xml.js';
import { build, decode, slides, unzip } from './helpers.js';

/**
 * What the package holds besides the slides' text, read back from the XML:
 * tables that inherit a table style, charts in the theme's colours whose
 * workbooks hold their data, one part per picture, PowerPoint's shape names,
 * true document properties and sizes. The fixture has a formatted and a plain
 * table, a bar chart with zeros, a pie and a doughnut, one picture on three
 * slides, a JPEG, and notes on two of ten slides; it is in nynorsk.
 */
let bytes: Buffer;
let parts: Map<string, string>;
let xml: string[];

beforeAll(async () => {
  const result = await build('tests/fixtures/decks/package-parts.md');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  bytes = result.pptx!;
  parts = await unzip(bytes);
  xml = slides(parts);
});

const tables = (slide: string) => [...slide.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => m[0]);
const slideWith = (title: string) => xml.find((s) => s.includes(`<a:t>${title}</a:t>`))!;
const runs = (tbl: string) => [...tbl.matchAll(/<a:r><a:rPr ([^>]*?)\/?>([\s\S]*?)<\/a:r>/g)].map((m) => ({ attrs: m[1]!, body: m[2]!, text: decode(/<a:t>([^<]*)<\/a:t>/.exec(m[2]!)?.[1] ?? '') }));

describe('tables inherit a table style', () => {
  it('the package has the KRD table style, in scheme colours, as the default', () => {
    const styles = parts.get('ppt/tableStyles.xml')!;
    expect(styles).toContain(`def="${TABLE_STYLE_ID}"`);
    expect(styles).toContain(`<a:tblStyle styleId="${TABLE_STYLE_ID}" styleName="KRD">`);
    // navy header with white bold text, mist banding, text in dk1
    expect(styles).toMatch(/<a:firstRow><a:tcTxStyle b="on"><a:fontRef idx="minor"\/><a:schemeClr val="bg1"\/><\/a:tcTxStyle><a:tcStyle><a:tcBdr\/><a:fill><a:solidFill><a:schemeClr val="tx2"\/>/);
    expect(styles).toMatch(/<a:band1H><a:tcStyle><a:tcBdr\/><a:fill><a:solidFill><a:schemeClr val="bg2"\/>/);
    expect(styles).toMatch(/<a:wholeTbl><a:tcTxStyle><a:fontRef idx="minor"\/><a:schemeClr val="tx1"\/>/);
    expect(styles).not.toMatch(/srgbClr|sysClr|prstClr/);
  });

  it('a plain table names the style and its header-row and banding flags, and formats no cell', () => {
    const [tbl] = tables(slideWith('Vanleg tabell'));
    expect(tbl).toContain(`<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>${TABLE_STYLE_ID}</a:tableStyleId></a:tblPr>`);
    // no fills, borders, colours or fonts in cells or runs
    expect(tbl).not.toMatch(/<a:solidFill|srgbClr|schemeClr|<a:ln[LRTB ]|<a:latin|<a:ea |<a:cs /);
    const rs = runs(tbl!);
    expect(rs.map((r) => r.text)).toEqual(['Kommune', 'Tilsette', 'Fråvær', 'Åsnes', '820', '7,9 %', 'Ørsta', '1 150', '6,4 %', 'Volda', '900', '5,1 %']);
    // the fitted size is the one stated exception
    for (const r of rs) expect(r.attrs).toMatch(/^lang="nn-NO" sz="\d+" dirty="0"$/);
    // cells carry their padding and anchor only
    for (const tcPr of tbl!.match(/<a:tcPr[^>]*\/?>/g)!) expect(tcPr).toMatch(/^<a:tcPr marL="54864" marR="54864" marT="54864" marB="54864" anchor="ctr"\/>$/);
    // numbers right-aligned as the Markdown says, text left (the default, unwritten)
    expect(tbl!.match(/<a:pPr algn="r"\/>/g)!.length).toBe(8);
  });

  it('formats only what the content asks for: bold, italic, code, a link, alignment', () => {
    const slide = slideWith('Tabell med formatering');
    const [tbl] = tables(slide);
    const rs = runs(tbl!);
    const run = (text: string) => rs.find((r) => r.text === text)!;
    expect(run('Åsnes').attrs).toContain('b="1"');
    expect(run('kursiv').attrs).toContain('i="1"');
    expect(run('kode').body).toContain('<a:latin typeface="Courier New"/>');
    const link = /<a:hlinkClick r:id="(rId\d+)"\/>/.exec(run('lenkje').body)![1];
    const rels = parts.get(`ppt/slides/_rels/slide${xml.indexOf(slide) + 1}.xml.rels`)!;
    expect(rels).toMatch(new RegExp(`Id="${link}"[^>]*Target="https://www.regjeringen.no/krd"`));
    // the header is bold by the style, not by its runs
    expect(run('Kommune').attrs).not.toContain('b="1"');
    expect(tbl!.match(/<a:pPr algn="ctr"\/>/g)!.length).toBe(3);
    expect(tbl).not.toMatch(/<a:solidFill|srgbClr|<a:ln[LRTB ]/);
  });
});

describe('charts follow the theme, and their workbooks hold their data', () => {
  const charts = () => [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort();

  it('every colour is a scheme colour and every font a theme font', () => {
    expect(charts().length).toBe(3);
    for (const name of charts()) {
      const chart = parts.get(name)!;
      expect(chart, name).not.toMatch(/srgbClr|sysClr|prstClr/);
      expect(chart, name).toContain('<a:schemeClr val="tx1"/>');
      for (const [, face] of chart.matchAll(/typeface="([^"]*)"/g)) expect(face, name).toMatch(/^\+m[nj]-(lt|ea|cs)$/);
    }
  });

  it('series take accent 1, 2, 3 in order; pie slices likewise', () => {
    const bar = parts.get(charts()[0]!)!;
    const series = [...bar.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => /<c:spPr><a:solidFill><a:schemeClr val="(\w+)"/.exec(m[0].replace(/>\s+</g, '><'))?.[1]);
    expect(series).toEqual(['accent1', 'accent2', 'accent3']);
    const pie = parts.get(charts()[1]!)!.replace(/>\s+</g, '><');
    const slices = [...pie.matchAll(/<c:dPt>[\s\S]*?<a:schemeClr val="(\w+)"/g)].map((m) => m[1]);
    expect(slices).toEqual(['accent1', 'accent2', 'accent3']);
  });

  it('each embedded workbook equals its chart: categories, series names and values, zeros included', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of charts()) {
      const chart = parts.get(name)!;
      const rels = parts.get(name.replace('charts/', 'charts/_rels/') + '.rels')!;
      const book = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)![1]!;
      const xlsx = await JSZip.loadAsync(await zip.file(`ppt/embeddings/${book}`)!.async('uint8array'));
      const sheet = await xlsx.file('xl/worksheets/sheet1.xml')!.async('string');
      const strings = [...(await xlsx.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
      const table = await xlsx.file('xl/tables/table1.xml')!.async('string');
      expect(table, name).toMatch(/ ref="A1:[A-Z]+\d+"/);
      const cells = new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)"( t="s")?>(?:<v>([^<]*)<\/v>)?<\/c>/g)].map((m) => [m[1]!, m[2] ? strings[Number(m[3])] : m[3]]));
      // what the chart shows, from its caches
      [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].forEach((ser, s) => {
        const col = String.fromCharCode(66 + s);
        const seriesName = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser[0])![1];
        expect(cells.get(`${col}1`), `${name} series ${s}`).toBe(seriesName);
        const cats = [.../<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser[0])![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
        const vals = [.../<c:val>([\s\S]*?)<\/c:val>/.exec(ser[0])![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
        cats.forEach((cat, i) => expect(cells.get(`A${i + 2}`), `${name} category ${i}`).toBe(cat));
        vals.forEach((v, i) => expect(cells.get(`${col}${i + 2}`), `${name} ${col}${i + 2}`).toBe(v));
      });
    }
    // the deck's zeros are zeros in the bar chart's workbook
    const first = /Target="\.\.\/embeddings\/([^"]+)"/.exec(parts.get(charts()[0]!.replace('charts/', 'charts/_rels/') + '.rels')!)![1]!;
    const sheet = await (await JSZip.loadAsync(await zip.file(`ppt/embeddings/${first}`)!.async('uint8array'))).file('xl/worksheets/sheet1.xml')!.async('string');
    for (const cell of ['C2', 'B3', 'D3', 'D4']) expect(sheet).toContain(`<c r="${cell}"><v>0</v></c>`);
    expect(sheet).toContain('<c r="C3"><v>2.5</v></c>');
  });
});
