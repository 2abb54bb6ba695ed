/**
 * Shape names as PowerPoint gives them, so that the Selection Pane and
 * animation lists read like a deck made by hand: a kind and the shape's id
 * ("Title 1", "Content Placeholder 2", "Table 3", "Chart 4", "Picture 5",
 * "TextBox 6", "Rectangle 7"). pptxgenjs names everything "Text 7", "Shape 3",
 * "Image 1" (its own counters, the same on every slide). A name a layout or
 * component chose ("Milepæl 2", "Symbol hus") is kept; where one is used
 * twice on a slide, each gets its id after it. Runs after the ids are made
 * unique (shape-ids.ts), so a slide's names do not depend on its position.
 */

/** pptxgenjs' default names: its counters, not a name anybody chose. */
const DEFAULT_NAME = /^(?:Text|Shape|Image|Table|Chart|Media) \d+$/;

const PLACEHOLDER: Record<string, string> = {
  title: 'Title',
  ctrTitle: 'Title',
  subTitle: 'Subtitle',
  body: 'Text Placeholder',
  obj: 'Content Placeholder',
  pic: 'Picture Placeholder',
  chart: 'Chart Placeholder',
  tbl: 'Table Placeholder',
  dgm: 'SmartArt Placeholder',
  media: 'Media Placeholder',
  clipArt: 'Clip Art Placeholder',
  dt: 'Date Placeholder',
  ftr: 'Footer Placeholder',
  sldNum: 'Slide Number Placeholder',
  sldImg: 'Slide Image Placeholder',
  hdr: 'Header Placeholder',
};

/** PowerPoint's (365, English) names of the preset shapes samling draws; others are "Shape". */
const PRESET: Record<string, string> = {
  rect: 'Rectangle',
  roundRect: 'Rectangle: Rounded Corners',
  ellipse: 'Oval',
  line: 'Straight Connector',
  triangle: 'Isosceles Triangle',
  rtTriangle: 'Right Triangle',
  rightArrow: 'Arrow: Right',
  leftArrow: 'Arrow: Left',
  upArrow: 'Arrow: Up',
  downArrow: 'Arrow: Down',
  chevron: 'Arrow: Chevron',
  homePlate: 'Arrow: Pentagon',
  diamond: 'Diamond',
  hexagon: 'Hexagon',
  star5: 'Star: 5 Points',
  heart: 'Heart',
  wedgeRoundRectCallout: 'Speech Bubble: Rectangle with Corners Rounded',
  wedgeRectCallout: 'Speech Bubble: Rectangle',
  donut: 'Circle: Hollow',
  blockArc: 'Block Arc',
  arc: 'Arc',
  pie: 'Partial Circle',
};

/** The opening of each shape on the slide: its element, up to and including its cNvPr. */
const SHAPE = /<p:(sp|pic|graphicFrame|cxnSp|grpSp)>\s*<p:nv\w+Pr>\s*<p:cNvPr id="(\d+)" name="([^"]*)"/g;

export function shapeNames(xml: string): string {
  // what each shape is: found in its own XML, up to the next shape's opening
  const found = [...xml.matchAll(SHAPE)].map((m, i, all) => {
    const end = all[i + 1]?.index ?? xml.length;
    const body = xml.slice(m.index!, end);
    return { at: m.index!, length: m[0].length, kind: m[1]!, id: m[2]!, name: m[3]!, body };
  });
  const named = found.map((s) => ({ ...s, next: DEFAULT_NAME.test(s.name) || isPlaceholder(s) ? `${kindName(s.kind, s.body)} ${s.id}` : s.name }));
  const count = new Map<string, number>();
  for (const s of named) count.set(s.next, (count.get(s.next) ?? 0) + 1);
  let out = '';
  let from = 0;
  for (const s of named) {
    const name = count.get(s.next)! > 1 ? `${s.next} ${s.id}` : s.next;
    const head = xml.slice(s.at, s.at + s.length);
    out += xml.slice(from, s.at) + head.replace(/ name="[^"]*"$/, ` name="${name}"`);
    from = s.at + s.length;
  }
  return out + xml.slice(from);
}

function isPlaceholder(s: { kind: string; body: string }): boolean {
  return s.kind === 'sp' && firstNv(s.body).includes('<p:ph');
}

/** The shape's non-visual properties (where `p:ph` lives), not those of shapes inside a group. */
function firstNv(body: string): string {
  const end = body.search(/<\/p:nv\w+Pr>/);
  return end < 0 ? '' : body.slice(0, end);
}

function kindName(kind: string, body: string): string {
  const nv = firstNv(body);
  switch (kind) {
    case 'pic':
      return 'Picture';
    case 'cxnSp':
      return 'Straight Connector';
    case 'grpSp':
      return 'Group';
    case 'graphicFrame':
      if (body.includes('drawingml/2006/table')) return 'Table';
      if (body.includes('drawingml/2006/chart')) return 'Chart';
      return 'Content';
  }
  const ph = /<p:ph\b([^>]*)/.exec(nv);
  if (ph) return PLACEHOLDER[/\btype="(\w+)"/.exec(ph[1]!)?.[1] ?? 'obj'] ?? 'Content Placeholder';
  if (/<p:cNvSpPr\s+txBox="1"/.test(nv)) return 'TextBox';
  const prst = /<a:prstGeom prst="(\w+)"/.exec(body)?.[1];
  // a rectangle with text and no fill is what PowerPoint's text box tool draws
  const spPr = /<p:spPr>[\s\S]*?<\/p:spPr>/.exec(body)?.[0] ?? '';
  if (prst === 'rect' && body.includes('<a:t>') && !/<a:(?:solidFill|gradFill|blipFill|pattFill)>/.test(spPr)) return 'TextBox';
  if (prst) return PRESET[prst] ?? 'Shape';
  return 'Freeform';
}
