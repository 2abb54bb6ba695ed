/**
 * One slide's share of the package — its XML, notes, charts and pictures —
 * lifted out of what pptxgenjs wrote, so that it can be kept between rebuilds
 * and put back at any position. pptxgenjs names parts by position (slide5.xml,
 * notesSlide5.xml, image-5-1.png) and charts by a running number; those names
 * live only in .rels files and in one spot of the XML (the slide-number
 * field), which `placeSlide` writes afresh.
 */
export type PackageParts = Map<string, string | Uint8Array>;

export interface SlideParts {
  slide: string;
  rels: string;
  /** '' when the slide has no notes: then it has no notes page either */
  notes: string;
  notesRels: string;
  /** in the order the slide's .rels names them; `name` is the file name pptxgenjs gave */
  charts: { name: string; xml: string; rels: string; workbook: Uint8Array }[];
  /** pictures, by the file name pptxgenjs gave (image-<slide>-<n>.<ext>) */
  media: { name: string; bytes: Uint8Array }[];
}

/** pptxgenjs writes chart targets absolute (/ppt/charts/…), the rest relative */
const CHART_TARGET = /Target="((?:\.\.|\/ppt)\/charts\/)(chart\d+\.xml)"/g;
const MEDIA_TARGET = /Target="\.\.\/media\/([^"]+)"/g;
const WORKBOOK_TARGET = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/;

/** Remove slide `n`'s parts from the package and return them. */
export function takeSlide(parts: PackageParts, n: number): SlideParts {
  const take = (name: string): string | Uint8Array => {
    const content = parts.get(name);
    if (content === undefined) throw new Error(`internal: the package has no ${name}`);
    parts.delete(name);
    return content;
  };
  const text = (name: string) => take(name) as string;
  // a copy: the zip reader hands out views of pptxgenjs' whole output, which a kept slide would hold on to
  const bytes = (name: string) => new Uint8Array(take(name) as Uint8Array);
  const rels = text(`ppt/slides/_rels/slide${n}.xml.rels`);
  const charts = [...rels.matchAll(CHART_TARGET)].map(([, , name]) => {
    const chartRels = text(`ppt/charts/_rels/${name}.rels`);
    const book = WORKBOOK_TARGET.exec(chartRels)?.[1];
    return { name: name!, xml: text(`ppt/charts/${name}`), rels: chartRels, workbook: book ? bytes(`ppt/embeddings/${book}`) : new Uint8Array() };
  });
  // a picture used twice on one slide is one part with two relationships
  const media = [...new Set([...rels.matchAll(MEDIA_TARGET)].map(([, name]) => name!))].map((name) => ({ name, bytes: bytes(`ppt/media/${name}`) }));
  return {
    slide: text(`ppt/slides/slide${n}.xml`),
    rels,
    notes: text(`ppt/notesSlides/notesSlide${n}.xml`),
    notesRels: text(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`),
    charts,
    media,
  };
}

/**
 * Put a slide's parts into the package as slide `n`, its charts numbered from
 * `firstChart`. Only part names in .rels targets and the numbered spot of the
 * XML change; the author's text cannot match these patterns because it
 * reaches the XML escaped and inside `a:t`.
 */
export function placeSlide(parts: PackageParts, sp: SlideParts, n: number, firstChart: number): void {
  const chartNumber = new Map(sp.charts.map((c, i) => [c.name, firstChart + i]));
  const media = (name: string) => name.replace(/^image-\d+-/, `image-${n}-`);
  const rels = sp.rels
    .replace(/Target="\.\.\/notesSlides\/notesSlide\d+\.xml"/, `Target="../notesSlides/notesSlide${n}.xml"`)
    .replace(CHART_TARGET, (_m, folder: string, name: string) => `Target="${folder}chart${chartNumber.get(name)}.xml"`)
    .replace(MEDIA_TARGET, (_m, name: string) => `Target="../media/${media(name)}"`);
  parts.set(`ppt/slides/slide${n}.xml`, numbered(sp.slide, n));
  parts.set(`ppt/slides/_rels/slide${n}.xml.rels`, rels);
  if (sp.notes) {
    parts.set(`ppt/notesSlides/notesSlide${n}.xml`, numbered(sp.notes, n));
    parts.set(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`, sp.notesRels.replace(/Target="\.\.\/slides\/slide\d+\.xml"/, `Target="../slides/slide${n}.xml"`));
  }
  for (const chart of sp.charts) {
    const k = chartNumber.get(chart.name)!;
    parts.set(`ppt/charts/chart${k}.xml`, chart.xml);
    parts.set(`ppt/charts/_rels/chart${k}.xml.rels`, chart.rels.replace(WORKBOOK_TARGET, `Target="../embeddings/Microsoft_Excel_Worksheet${k}.xlsx"`));
    if (chart.workbook.length) parts.set(`ppt/embeddings/Microsoft_Excel_Worksheet${k}.xlsx`, chart.workbook);
  }
  for (const m of sp.media) parts.set(`ppt/media/${media(m.name)}`, m.bytes);
}

/** The number in the slide's slide-number field (slides carry no name: lean-xml.ts). */
function numbered(xml: string, n: number): string {
  return xml.replace(/(<a:fld [^>]*type="slidenum">(?:(?!<\/a:fld>)[\s\S])*?<a:t>)\d+(<\/a:t>)/, `$1${n}$2`);
}
