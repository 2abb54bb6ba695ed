/**
 * pptxgenjs numbers charts with a module-level counter that never resets
 * (`_chartCounter` in gen-objects.ts), so the second deck built in one process
 * (watch mode, the test suite) names its charts chart5.xml … and the bytes
 * differ. Renumber chart parts and their workbooks from 1, in order.
 */
export function renumberCharts(parts: Map<string, string | Uint8Array>): Map<string, string | Uint8Array> {
  const numbers = (re: RegExp) => [...new Set([...parts.keys()].map((n) => re.exec(n)?.[1]).filter((n): n is string => !!n))].map(Number).sort((a, b) => a - b);
  const charts = new Map(numbers(/^ppt\/charts\/chart(\d+)\.xml$/).map((n, i) => [n, i + 1]));
  const books = new Map(numbers(/^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/).map((n, i) => [n, i + 1]));
  const rename = (s: string) =>
    s.replace(/\bchart(\d+)\.xml/g, (m, n: string) => `chart${charts.get(Number(n)) ?? n}.xml`).replace(/Microsoft_Excel_Worksheet(\d+)\.xlsx/g, (m, n: string) => `Microsoft_Excel_Worksheet${books.get(Number(n)) ?? n}.xlsx`);
  const out = new Map<string, string | Uint8Array>();
  for (const [name, content] of parts) out.set(rename(name), typeof content === 'string' ? rename(content) : content);
  return out;
}

/**
 * Shape ids must be unique within a slide (validate-pptx.sh "duplicate shape
 * id"): pptxgenjs gives a table the id of a placeholder. Later duplicates get
 * fresh numbers above the highest id.
 */
export function uniqueShapeIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (m, id: string) => {
    const n = Number(id);
    if (!seen.has(n)) {
      seen.add(n);
      return m;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}
