import JSZip from 'jszip';

/**
 * Deliberately broken packages: each takes the parts of a good .pptx (built
 * from tests/fixtures/decks/all-layouts.md: a table on slide 3, pictures on
 * slides 6 and 7, charts) and breaks one thing. The schema check must fail
 * every one, with the message in `expect`; validate-pptx.sh fails them too
 * (README "Output check": the agreement table).
 */
export interface Broken {
  name: string;
  /** a line of the failing report must contain this */
  expect: string;
  /** change the parts in place */
  break(parts: Map<string, Uint8Array | string>): void;
  /** or the zip bytes */
  bytes?: (zip: Uint8Array) => Uint8Array;
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function edit(parts: Map<string, Uint8Array | string>, part: string, change: (s: string) => string): void {
  const before = String(parts.get(part));
  const after = change(before);
  if (after === before) throw new Error(`broken-packages: nothing to change in ${part}`);
  parts.set(part, after);
}

export const broken: Broken[] = [
  {
    name: 'a part without a content type',
    expect: 'no content type for /ppt/media/image-6-1.png',
    break: (p) => edit(p, '[Content_Types].xml', (s) => s.replace(/<Default Extension="png"[^>]*\/>/, '')),
  },
  {
    name: 'a content-type Override for a missing part',
    expect: 'Override for missing part /ppt/slides/slide99.xml',
    break: (p) => edit(p, '[Content_Types].xml', (s) => s.replace('</Types>', '<Override PartName="/ppt/slides/slide99.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>')),
  },
  {
    name: 'a dangling relationship',
    expect: 'rId9 targets missing part ../slideLayouts/slideLayout99.xml',
    break: (p) => edit(p, 'ppt/slides/_rels/slide4.xml.rels', (s) => s.replace('</Relationships>', `<Relationship Id="rId9" Type="${R}/slideLayout" Target="../slideLayouts/slideLayout99.xml"/></Relationships>`)),
  },
  {
    name: 'a duplicate relationship id',
    // the OPC schema types Id as xs:ID, so it fails there (and is then skipped by the package check, as in the script)
    expect: "'rId1' is not a valid value of the atomic type 'xs:ID'",
    break: (p) => edit(p, 'ppt/slides/_rels/slide6.xml.rels', (s) => s.replace('Id="rId2"', 'Id="rId1"')),
  },
  {
    name: 'an r:embed not defined in the .rels',
    expect: 'r:id "rId42" not defined in ppt/slides/_rels/slide6.xml.rels',
    break: (p) => edit(p, 'ppt/slides/slide6.xml', (s) => s.replace('r:embed="rId1"', 'r:embed="rId42"')),
  },
  {
    name: 'a duplicate shape id',
    expect: 'ppt/slides/slide4.xml: duplicate shape id(s) 3',
    break: (p) => edit(p, 'ppt/slides/slide4.xml', (s) => s.replace('<p:cNvPr id="2"', '<p:cNvPr id="3"')),
  },
  {
    name: 'a schema-invalid element',
    expect: 'This element is not expected',
    break: (p) => edit(p, 'ppt/slides/slide1.xml', (s) => s.replace('</p:spTree>', '<p:tull/></p:spTree>')),
  },
  {
    name: 'a schema-invalid attribute value in docProps/app.xml',
    expect: 'docProps/app.xml',
    break: (p) => edit(p, 'docProps/app.xml', (s) => s.replace(/<Words>\d+<\/Words>/, '<Words>mange</Words>')),
  },
  {
    name: 'an Infinity attribute',
    expect: 'name="Infinity"',
    break: (p) => edit(p, 'ppt/slides/slide4.xml', (s) => s.replace('<p:cNvPr id="2" name="Title 2"', '<p:cNvPr id="2" name="Infinity"')),
  },
  {
    name: 'a [object Object] attribute',
    expect: '[object Object]',
    break: (p) => edit(p, 'ppt/slides/slide4.xml', (s) => s.replace('<p:cNvPr id="2" name="Title 2"', '<p:cNvPr id="2" name="[object Object]"')),
  },
  {
    name: 'a table row with a missing cell',
    expect: 'table 1 row 2 has 2 cells, grid has 3 columns',
    break: (p) => edit(p, 'ppt/slides/slide3.xml', (s) => {
      let row = 0;
      return s.replace(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g, (tr) => (++row === 2 ? tr.replace(/<a:tc>[\s\S]*?<\/a:tc>/, '') : tr));
    }),
  },
  {
    name: 'a PNG named .jpg',
    expect: 'ppt/media/image-6-1.jpg: declared image/jpeg but bytes are not JPEG',
    break: (p) => {
      p.set('ppt/media/image-6-1.jpg', p.get('ppt/media/image-6-1.png')!);
      p.delete('ppt/media/image-6-1.png');
      edit(p, 'ppt/slides/_rels/slide6.xml.rels', (s) => s.replace('image-6-1.png', 'image-6-1.jpg'));
    },
  },
  {
    name: 'an unescaped & (not well-formed)',
    expect: '[well-formed]',
    break: (p) => edit(p, 'ppt/slides/slide4.xml', (s) => s.replace('name="Title 2"', 'name="Title & 2"')),
  },
  {
    name: 'a chart group referencing a missing axis',
    expect: 'references axId 7 but no axis has that id',
    break: (p) => edit(p, 'ppt/charts/chart1.xml', (s) => s.replace(/(<c:(?:bar|line)Chart>[\s\S]*?)<c:axId val="\d+"\/>/, '$1<c:axId val="7"/>')),
  },
  {
    name: 'a non-numeric value in a numeric cache',
    expect: 'non-numeric value in numeric cache: 1,5',
    break: (p) => edit(p, 'ppt/charts/chart1.xml', (s) => s.replace('<c:v>1.5</c:v>', '<c:v>1,5</c:v>')),
  },
  {
    name: 'a cached point beyond ptCount',
    expect: 'cached point(s) with idx >= ptCount',
    break: (p) => edit(p, 'ppt/charts/chart1.xml', (s) => s.replace('<c:pt idx="1"><c:v>2.5</c:v>', '<c:pt idx="2"><c:v>2.5</c:v>')),
  },
  {
    name: 'an invalid element in mc:Fallback',
    expect: 'This element is not expected',
    break: (p) => edit(p, 'ppt/slides/slide1.xml', (s) => s
      .replace('<p:sld ', '<p:sld xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ')
      .replace('</p:spTree>', '<mc:AlternateContent><mc:Choice Requires="p14"><p:grpSp/></mc:Choice><mc:Fallback><p:tull/></mc:Fallback></mc:AlternateContent></p:spTree>')),
  },
  {
    name: 'p:notesMasterIdLst missing a child (K1 rewritten, the rest still checked)',
    expect: 'ppt/presentation.xml [pml.xsd]',
    break: (p) => edit(p, 'ppt/presentation.xml', (s) => s.replace(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/, '<p:notesMasterIdLst><p:tull/></p:notesMasterIdLst>')),
  },
  {
    name: 'a damaged zip',
    expect: 'FAIL zip',
    break: () => {},
    bytes: (zip) => {
      const out = Uint8Array.from(zip);
      out.fill(0, 200, 260); // inside the first entry's data
      return out;
    },
  },
];

/** An mc:AlternateContent whose Choice the schema does not know but whose Fallback is fine: passes. */
export function withAlternateContent(parts: Map<string, Uint8Array | string>): void {
  edit(parts, 'ppt/slides/slide1.xml', (s) => s
    .replace('<p:sld ', '<p:sld xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" mc:Ignorable="p14" ')
    .replace('</p:spTree>', '<mc:AlternateContent><mc:Choice Requires="p14"><p14:tull/></mc:Choice><mc:Fallback></mc:Fallback></mc:AlternateContent></p:spTree>')
    .replace('<p:cNvPr id="1" name=""', '<p:cNvPr id="1" name="" p14:ukjent="1"'));
}

export async function partsOf(pptx: Uint8Array): Promise<Map<string, Uint8Array | string>> {
  const zip = await JSZip.loadAsync(pptx);
  const parts = new Map<string, Uint8Array | string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  return parts;
}

export async function zipOf(parts: Map<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  // [Content_Types].xml first, as in every package
  for (const name of [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))) zip.file(name, parts.get(name)!);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
