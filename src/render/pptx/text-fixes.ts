/**
 * pptxgenjs writes every paragraph's end mark (`a:endParaRPr`) with one size
 * for the whole text box (the first run's or the box's). LibreOffice sizes the
 * last line of a paragraph by its end mark too, so a nested bullet set at 80 %
 * got a full-size last line and the box grew past what was measured. The end
 * mark takes the size of the paragraph's own last run.
 */
export function endMarkSizes(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, body: string) => {
    const sizes = [...body.matchAll(/<a:rPr\b[^>]*\ssz="(\d+)"/g)];
    const last = sizes[sizes.length - 1]?.[1];
    if (!last) return whole;
    return `<a:p>${body.replace(/(<a:endParaRPr\b[^>]*\ssz=")\d+"/, `$1${last}"`)}</a:p>`;
  });
}
