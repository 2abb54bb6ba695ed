/**
 * Shape ids must be unique within a slide (validate-pptx.sh "duplicate shape
 * id"): pptxgenjs gives a table the id of a placeholder. Later duplicates get
 * fresh numbers above the highest id.
 *
 * pptxgenjs numbers a table by its slide's position (table number × slide
 * number + 1, gen-xml.ts), so the same slide would get other ids at another
 * position; a slide's parts are reused at any position (RenderCache). A
 * table therefore always takes a fresh number, like a duplicate.
 */
export function uniqueShapeIds(xml: string): string {
  const positional = xml.replace(/(<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=")\d+"/g, '$10"');
  const ids = [...positional.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>([0]);
  return positional.replace(/<p:cNvPr id="(\d+)"/g, (m, id: string) => {
    const n = Number(id);
    if (!seen.has(n)) {
      seen.add(n);
      return m;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}
