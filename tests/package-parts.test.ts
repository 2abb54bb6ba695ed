import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_STYLE_ID } from '../src/render/pptx/table-xml.js';
import { build, decode, slides, unzip } from './helpers.js';

/**
 * What the package holds besides the slides' text, read back from the XML:
 * tables that inherit a table style, charts in the theme's colours whose
 * workbooks hold their data, one part per picture, PowerPoint's shape names,
 * true document properties and sizes. The fixture has a formatted and a plain
 * table, a bar chart with zeros, a pie and a doughnut, a line chart in
 * percent with gaps and a bar chart with gaps, one picture on three slides, a
 * JPEG, and notes on two of twelve slides; it is in nynorsk.
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
    for (const r of rs) expect(r.attrs).toMatch(/^lang="nn-NO" sz="\d+"$/);
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
    expect(charts().length).toBe(5);
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

  it('each embedded workbook equals its chart: categories, series names and values, zeros, gaps and number formats included', async () => {
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
      const cells = new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)"( t="s")?(?: s="(\d+)")?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)].map((m) => [m[1]!, m[2] ? strings[Number(m[4])] : m[4]]));
      // a cell's number format: its cell format's numFmtId, then that format's code (General without a style)
      const styles = await xlsx.file('xl/styles.xml')!.async('string');
      const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]!);
      const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [m[1]!, decode(m[2]!)]));
      const formatOf = (cell: string) => {
        const s = new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(sheet)?.[1];
        return s === undefined ? 'General' : codes.get(xfs[Number(s)]!);
      };
      // what the chart shows, from its caches
      [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].forEach((ser, s) => {
        const col = String.fromCharCode(66 + s);
        const seriesName = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser[0])![1];
        expect(cells.get(`${col}1`), `${name} series ${s}`).toBe(seriesName);
        const cats = [.../<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser[0])![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
        // a gap is a point left out of the cache (ptCount still every category) and an empty cell
        const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser[0])![1]!;
        const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(val)![1]);
        expect(count, `${name} series ${s}`).toBe(cats.length);
        const vals = new Map([...val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)].map((m) => [Number(m[1]), m[2]]));
        for (const v of vals.values()) expect(v, name).toMatch(/^-?\d/);
        const format = decode(/<c:formatCode>([^<]*)<\/c:formatCode>/.exec(val)?.[1] ?? 'General');
        cats.forEach((cat, i) => expect(cells.get(`A${i + 2}`), `${name} category ${i}`).toBe(cat));
        for (let i = 0; i < count; i++) {
          expect(cells.get(`${col}${i + 2}`), `${name} ${col}${i + 2}`).toBe(vals.get(i));
          expect(formatOf(`${col}${i + 2}`), `${name} ${col}${i + 2}`).toBe(format);
        }
      });
    }
    // the deck's zeros are zeros in the bar chart's workbook
    const first = /Target="\.\.\/embeddings\/([^"]+)"/.exec(parts.get(charts()[0]!.replace('charts/', 'charts/_rels/') + '.rels')!)![1]!;
    const sheet = await (await JSZip.loadAsync(await zip.file(`ppt/embeddings/${first}`)!.async('uint8array'))).file('xl/worksheets/sheet1.xml')!.async('string');
    for (const cell of ['C2', 'B3', 'D3', 'D4']) expect(sheet).toContain(`<c r="${cell}"><v>0</v></c>`);
    expect(sheet).toContain('<c r="C3"><v>2.5</v></c>');
  });

  it('a missing value is a gap: no point in the series, an empty cell; a line breaks there', async () => {
    const line = parts.get(charts()[3]!)!;
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    const points = (xml: string) => [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) => [...m[1]!.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) => `${p[1]}:${p[2]}`));
    // 7,9 % … as fractions; n/a and an empty cell left out
    expect(points(line)).toEqual([
      ['0:0.079', '2:0.0825', '3:0.075'],
      ['0:0.064', '1:0.061', '3:0.058'],
    ]);
    expect(points(parts.get(charts()[4]!)!)).toEqual([['0:3'], ['1:2']]);
    expect(parts.get(charts()[4]!)!).not.toMatch(/<c:v><\/c:v>|<c:v\/>/);
  });

  it('values written with % stay percentages: fractions with a percent format on the labels, the value axis and the workbook', async () => {
    const line = parts.get(charts()[3]!)!;
    // the most decimals written (8,25 %), a no-break space as Norwegian writes it
    const code = '0.00"\u00A0"%';
    expect(line).toContain(`<c:formatCode>${code}</c:formatCode>`);
    const valAx = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(line)![0];
    expect(valAx).toContain(`<c:numFmt formatCode="${code.replace(/"/g, '&quot;')}" sourceLinked="0"/>`);
    const labels = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(line)![0];
    expect(labels).toContain(`<c:numFmt formatCode="${code.replace(/"/g, '&quot;')}" sourceLinked="0"/>`);
    // a chart without % keeps General; a pie's labels are its shares, in percent
    expect(parts.get(charts()[0]!)!).not.toContain('%');
    expect(/<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(parts.get(charts()[1]!)!)![0]).toContain('formatCode="0&quot;\u00A0&quot;%"');
  });
});

describe('nothing left over', () => {
  it('stores a picture shown on three slides once, with a relationship from each', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(1);
    expect(media.filter((n) => n.endsWith('.jpg'))).toHaveLength(1);
    const png = media.find((n) => n.endsWith('.png'))!.replace('ppt/', '../');
    const users = [...parts.keys()].filter((n) => /^ppt\/slides\/_rels\//.test(n) && parts.get(n)!.includes(`Target="${png}"`));
    expect(users).toHaveLength(3);
    // every media relationship names a part that is there
    for (const [n, rels] of parts) if (n.endsWith('.rels')) for (const [, t] of rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)) expect(zip.file(`ppt/media/${t}`), `${n} → ${t}`).not.toBeNull();
  });

  it('types a .jpg as image/jpeg', () => {
    const types = parts.get('[Content_Types].xml')!;
    expect(types).toContain('<Default Extension="jpg" ContentType="image/jpeg"/>');
    expect(types).not.toContain('image/jpg"');
  });

  it('names shapes as PowerPoint does: kind and shape id, unique on each slide', () => {
    for (const [i, slide] of xml.entries()) {
      const shapes = [...slide.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].slice(1).map((m) => ({ id: m[1]!, name: m[2]! }));
      const names = shapes.map((s) => s.name);
      expect(new Set(names).size, `slide ${i + 1}: ${names.join(', ')}`).toBe(names.length);
      for (const s of shapes) {
        expect(s.name, `slide ${i + 1}`).toMatch(/^(Title|Subtitle|Text Placeholder|Content Placeholder|Picture Placeholder|Chart Placeholder|Slide Number Placeholder|Footer Placeholder|Date Placeholder|TextBox|Rectangle|Oval|Picture|Table|Chart|Straight Connector) \d+$/);
        expect(s.name.endsWith(` ${s.id}`), s.name).toBe(true);
      }
      expect(slide).not.toMatch(/name="(Text|Shape|Image) \d+"/);
    }
    expect(slideWith('Tabell med formatering')).toMatch(/<p:cNvPr id="\d+" name="Title \d+"/);
    expect(slideWith('Vanleg tabell')).toMatch(/name="Table \d+"/);
    expect(slideWith('Søyler med null')).toMatch(/name="Chart \d+"/);
    expect(slideWith('Bilete ein')).toMatch(/name="Picture \d+"/);
  });

  it('writes a notes page only for the slides that have notes', () => {
    const notes = [...parts.keys()].filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes).toHaveLength(2);
    const withNotes = xml.map((_, i) => parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.includes('notesSlide'));
    expect(withNotes.filter(Boolean)).toHaveLength(2);
    expect(parts.get('[Content_Types].xml')!.match(/notesSlide\d+\.xml/g)).toHaveLength(2);
  });

  it('describes itself truly in docProps/app.xml', () => {
    const app = parts.get('docProps/app.xml')!;
    expect(app).toMatch(/<Application>samling \d+\.\d+\.\d+<\/Application>/);
    expect(app).not.toMatch(/Microsoft|Office Theme|<vt:lpstr>Slide \d+<\/vt:lpstr>/);
    expect(app).toContain('<PresentationFormat>Widescreen</PresentationFormat>');
    expect(app).toContain('<Slides>12</Slides>');
    expect(app).toContain('<Notes>2</Notes>');
    expect(app).toContain('<HiddenSlides>0</HiddenSlides>');
    expect(app).toContain('<MMClips>0</MMClips>');
    const titles = [.../<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(app)![1]!.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decode(m[1]!));
    // fonts, the theme, then one title per slide (an untitled slide by its number)
    expect(titles).toEqual(['Arial', 'Courier New', 'KRD', 'Pakkedeler', 'Tabell med formatering', 'Vanleg tabell', 'Søyler med null', 'Kake', 'Smultring', 'Linje med hol', 'Søyler med hol', 'Bilete ein', 'Bilete to', 'Lysbilde 11', 'Foto']);
    expect(app).toMatch(/<vt:lpstr>Fonts Used<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>2<\/vt:i4>/);
    expect(app).toMatch(/<vt:lpstr>Slide Titles<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>12<\/vt:i4>/);
  });

  it('gives the deck language in core.xml', async () => {
    expect(parts.get('docProps/core.xml')).toContain('<dc:language>nn-NO</dc:language>');
    const nb = await unzip((await build('tests/fixtures/decks/all-layouts.md')).pptx!);
    expect(nb.get('docProps/core.xml')).toContain('<dc:language>nb-NO</dc:language>');
  });

  it("has PowerPoint's slide and notes sizes", () => {
    const pres = parts.get('ppt/presentation.xml')!;
    expect(pres).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    expect(pres).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
  });

  it("leaves no 'null' in the master's slide-number field", () => {
    for (const [name, part] of parts) {
      if (!/^ppt\/(slideMasters|slideLayouts)\//.test(name)) continue;
      for (const [field] of part.matchAll(/<a:fld [^>]*type="slidenum"[\s\S]*?<\/a:fld>/g)) expect(field, name).not.toContain('<a:t>null</a:t>');
    }
  });
});
