/**
 * The two text rewrites validate-pptx.sh makes in its temp copy before the
 * schema check, ported regex for regex from its perl so both check the same
 * text.
 */

const MC_NS = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/markup-compatibility\/2006"/;

/**
 * Markup Compatibility (ECMA-376 Part 3) as an MCE-unaware consumer applies
 * it: each mc:AlternateContent becomes its mc:Fallback's content (or nothing),
 * mc:Ignorable goes, and so do the attributes of the prefixes it named.
 * Element-level ignorable content is not handled (nor by the script).
 */
export function markupCompatibility(xml: string): string {
  const mc = MC_NS.exec(xml)?.[1];
  if (!mc) return xml;
  let s = xml.replace(new RegExp(`<${mc}:AlternateContent\\b[^>]*>([\\s\\S]*?)</${mc}:AlternateContent>`, 'g'), (_all, body: string) => {
    const fallback = new RegExp(`<${mc}:Fallback\\b[^>]*>([\\s\\S]*?)</${mc}:Fallback>`).exec(body);
    return fallback ? fallback[1]! : '';
  });
  s = s.replace(new RegExp(`<${mc}:AlternateContent\\b[^>]*/>`, 'g'), '');
  const ignorable = new RegExp(`\\s${mc}:Ignorable="([^"]*)"`).exec(s);
  if (ignorable) {
    const prefixes = ignorable[1]!.split(/\s+/).filter(Boolean);
    s = s.replace(new RegExp(`\\s${mc}:Ignorable="[^"]*"`, 'g'), '');
    for (const p of prefixes) s = s.replace(new RegExp(`\\s${escapeRegExp(p)}:[\\w.-]+="[^"]*"`, 'g'), '');
  }
  return s;
}

/** the one deviation allowed: what the KNOWN line says */
export const K1 = 'ppt/presentation.xml: p:notesMasterIdLst after p:sldIdLst (K1)';

/**
 * K1: pptxgenjs writes p:notesMasterIdLst after p:sldIdLst (a comment in its
 * gen-xml.ts says the schema order gave a PowerPoint warning). Put back in
 * schema order in the checked copy only; `undefined` when not present.
 */
export function notesMasterOrder(presentation: string): string | undefined {
  if (!/<\/p:sldIdLst>\s*<p:notesMasterIdLst>/.test(presentation)) return undefined;
  return presentation.replace(
    /(<\/p:sldMasterIdLst>)(\s*<p:sldIdLst>[\s\S]*?<\/p:sldIdLst>)(\s*<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>)/,
    (_all, a: string, b: string, c: string) => a + c + b,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
