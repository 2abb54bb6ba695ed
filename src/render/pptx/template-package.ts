import type { LoadedTemplate } from '../../theme/pptx-template/load-template.js';
import { relationships, relsNameOf } from '../../theme/pptx-template/open-package.js';
import type { PackageParts } from './slide-parts.js';
import { asCopied } from '../../theme/pptx-template/shape-ids.js';
import { BUILT_IN_TABLE_STYLE } from './template-from-potx.js';
import { REL } from './template-xml.js';

/**
 * An organisation's template written into the package: its masters, layouts,
 * themes and everything they refer to (pictures, fonts) are the template's
 * own parts, byte for byte, under their own names (a master or layout that
 * repeats shape ids gets fresh ones for the repeats: shape-ids.ts); pptxgenjs' master and
 * layouts go. Its example slides, their notes and media are never copied: only
 * what the masters reach is. presentation.xml lists the template's masters
 * (their ids as the template has them) and takes its slide size; the table
 * styles are the template's, or PowerPoint's built-in default when it has none.
 */
export function usePotx(parts: PackageParts, potx: LoadedTemplate): void {
  const source = potx.parts;
  // pptxgenjs' master, layouts and the master's theme (the notes master keeps a theme of its own)
  const notesRels = parts.get('ppt/notesMasters/_rels/notesMaster1.xml.rels') as string | undefined;
  for (const name of [...parts.keys()]) if (/^ppt\/(slideMasters|slideLayouts)\//.test(name)) parts.delete(name);

  const copied = reachable(potx);
  // the notes master's theme, moved aside when the template uses its name
  const notesTheme = notesRels ? /Target="\.\.\/theme\/(theme\d+\.xml)"/.exec(notesRels)?.[1] : undefined;
  if (notesTheme && copied.has(`ppt/theme/${notesTheme}`)) {
    let n = 1;
    while (copied.has(`ppt/theme/theme${n}.xml`) || parts.has(`ppt/theme/theme${n}.xml`)) n++;
    parts.set(`ppt/theme/theme${n}.xml`, parts.get(`ppt/theme/${notesTheme}`)!);
    parts.delete(`ppt/theme/${notesTheme}`);
    parts.set('ppt/notesMasters/_rels/notesMaster1.xml.rels', notesRels!.replace(`../theme/${notesTheme}`, `../theme/theme${n}.xml`));
    renameOverride(parts, `/ppt/theme/${notesTheme}`, `/ppt/theme/theme${n}.xml`);
  } else if (notesTheme === undefined) {
    for (const name of [...parts.keys()]) if (/^ppt\/theme\//.test(name)) parts.delete(name);
  }
  for (const name of copied) {
    if (parts.has(name) && !/^ppt\/theme\//.test(name)) throw new Error(`internal: the template's ${name} would replace a part of the deck`);
    // a master or layout with repeated shape ids (LibreOffice's) gets fresh ones for the repeats; all else is byte for byte
    parts.set(name, asCopied(name, source.get(name)!));
  }

  // presentation.xml: the template's masters and slide size
  const masters = potx.model.masters;
  const templatePres = source.get('ppt/presentation.xml') as string;
  const masterIds = [...templatePres.matchAll(/<p:sldMasterId\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]!);
  let rels = (parts.get('ppt/_rels/presentation.xml.rels') as string).replace(/<Relationship [^>]*Type="[^"]*\/(slideMaster|theme)"[^>]*\/>/g, '');
  const list = masters.map((m, i) => `<p:sldMasterId id="${masterIds[i] ?? 2147483648 + i * 100}" r:id="rIdSm${i + 1}"/>`).join('');
  rels = rels.replace(
    '</Relationships>',
    masters.map((m, i) => `<Relationship Id="rIdSm${i + 1}" Type="${REL}/slideMaster" Target="${m.part.replace(/^ppt\//, '')}"/>`).join('') + `<Relationship Id="rIdTh1" Type="${REL}/theme" Target="${masters[0]!.theme.replace(/^ppt\//, '')}"/></Relationships>`,
  );
  parts.set('ppt/_rels/presentation.xml.rels', rels);
  const size = /<p:sldSz\b[^>]*\/>/.exec(templatePres)?.[0] ?? `<p:sldSz cx="${potx.model.size.cx}" cy="${potx.model.size.cy}"/>`;
  const pres = (parts.get('ppt/presentation.xml') as string).replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, `<p:sldMasterIdLst>${list}</p:sldMasterIdLst>`).replace(/<p:sldSz\b[^>]*\/>/, size);
  parts.set('ppt/presentation.xml', pres);

  const styles = source.get('ppt/tableStyles.xml');
  parts.set('ppt/tableStyles.xml', typeof styles === 'string' ? styles : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="${BUILT_IN_TABLE_STYLE}"/>`);
  contentTypesFor(parts, potx, copied);
}

/** Every part the template's masters lead to through relationships, with the .rels that lead there; never a slide or notes. */
function reachable(potx: LoadedTemplate): Set<string> {
  const out = new Set<string>();
  const queue = potx.model.masters.map((m) => m.part);
  while (queue.length) {
    const part = queue.pop()!;
    if (out.has(part) || /^ppt\/(slides|notesSlides|notesMasters|handoutMasters)\//.test(part) || part === 'ppt/presentation.xml') continue;
    if (!potx.parts.has(part)) continue;
    out.add(part);
    if (potx.parts.has(relsNameOf(part))) out.add(relsNameOf(part));
    for (const r of relationships(potx.parts, part).values()) queue.push(r.target);
  }
  return out;
}

/** Content types of the copied parts, as the template states them (an Override by name, else its Default for the extension). */
function contentTypesFor(parts: PackageParts, potx: LoadedTemplate, copied: Set<string>): void {
  let ct = parts.get('[Content_Types].xml') as string;
  const source = (potx.parts.get('[Content_Types].xml') as string | undefined) ?? '';
  const overrides = new Map([...source.matchAll(/<Override PartName="([^"]+)" ContentType="([^"]+)"\/>/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const defaults = new Map([...source.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"\/>/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  // pptxgenjs' overrides for its own master and layouts go
  ct = ct.replace(/<Override PartName="\/ppt\/(slideMasters|slideLayouts)\/[^"]*"[^>]*\/>/g, '');
  const have = (part: string) => new RegExp(`<Override PartName="${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(ct);
  const haveDefault = (ext: string) => new RegExp(`<Default Extension="${ext}"`, 'i').test(ct);
  let add = '';
  for (const name of [...copied].sort()) {
    if (name.endsWith('.rels')) continue;
    const part = `/${name}`;
    const type = overrides.get(part.toLowerCase());
    const ext = name.split('.').pop()!.toLowerCase();
    if (type && !have(part)) add += `<Override PartName="${part}" ContentType="${type}"/>`;
    else if (!type && !haveDefault(ext)) {
      const def = defaults.get(ext);
      if (def) ct = ct.replace(/<Default /, `<Default Extension="${ext}" ContentType="${def}"/><Default `);
    }
  }
  parts.set('[Content_Types].xml', ct.replace('</Types>', `${add}</Types>`));
}

function renameOverride(parts: PackageParts, from: string, to: string): void {
  const ct = parts.get('[Content_Types].xml') as string;
  parts.set('[Content_Types].xml', ct.replace(`PartName="${from}"`, `PartName="${to}"`));
}
