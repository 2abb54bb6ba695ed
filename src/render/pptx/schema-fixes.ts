/**
 * Repairs for the schema deviations pptxgenjs 4.0.1 writes (K2–K8 in
 * shared/ooxml-schemas/README.md). Each takes a part's XML and returns it
 * mended. K1 (notesMasterIdLst order) is kept on purpose: pptxgenjs' comment in
 * gen-xml.ts says the schema order made PowerPoint warn.
 */

/** K2: Overrides for parts that are not in the package (slideMaster2..N), gitbrent/PptxGenJS#1444. */
export function dropMissingOverrides(contentTypes: string, exists: (part: string) => boolean): string {
  return contentTypes.replace(/<Override PartName="([^"]+)"[^>]*\/>/g, (m, part: string) => (exists(part.replace(/^\//, '')) ? m : ''));
}

/** K3–K6, K8 in one chart part. */
export function fixChart(xml: string): string {
  // K3: a third c:axId in 2-D bar/line/area/radar groups (#1534, a repair trigger in Microsoft 365)
  let s = xml.replace(/(<c:axId val="-?\d+"\/>\s*<c:axId val="-?\d+"\/>)\s*<c:axId val="-?\d+"\/>(\s*<\/c:(?:bar|line|area|radar)Chart>)/g, '$1$2');
  // K4: line/area groups need c:grouping first
  s = s.replace(/<c:(line|area)Chart>(?!\s*<c:grouping)/g, '<c:$1Chart><c:grouping val="standard"/>');
  // K5: only bar and bubble series have c:invertIfNegative
  s = s.replace(/(<c:(line|area|radar|scatter)Chart>[\s\S]*?<\/c:\2Chart>)/g, (group) => group.replace(/<c:invertIfNegative val="\w+"\/>/g, ''));
  // K6: category-axis elements inside a value axis
  s = s.replace(/<c:valAx>[\s\S]*?<\/c:valAx>/g, (ax) => ax.replace(/<c:(?:auto|lblAlgn|noMultiLvlLbl) val="\w+"\/>/g, ''));
  // K8: series c:marker must come before c:dPt / c:dLbls
  s = s.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const marker = /<c:marker>[\s\S]*?<\/c:marker>/.exec(ser);
    const dLbls = ser.indexOf('<c:dLbls>');
    if (!marker || dLbls < 0 || marker.index < dLbls) return ser;
    const without = ser.replace(marker[0], '');
    const at = without.search(/<c:dPt>|<c:dLbls>/);
    return without.slice(0, at) + marker[0] + without.slice(at);
  });
  return s;
}

/** K7: one a:pPr per paragraph (pptxgenjs writes one per run; PR #1083: errors in Office 2016/2019). */
export function singleParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_p, body: string) => {
    let seen = 0;
    const mended = body.replace(/<a:pPr\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:pPr>)/g, (pPr) => (seen++ ? '' : pPr));
    return `<a:p>${mended}</a:p>`;
  });
}
