import type { Lang } from '../../model/types.js';
import type { MasterKey } from '../../theme/schema.js';
import type { Theme } from '../../theme/theme.js';
import type { LoadedTemplate } from '../../theme/pptx-template/load-template.js';
import type { TemplateParts } from '../../theme/pptx-template/open-package.js';
import { readTemplate } from '../../theme/pptx-template/read-template.js';
import { restoredTemplate } from '../../theme/theme-snapshot.js';
import { templateRoles } from '../../theme/pptx-template/template-theme.js';
import { slideInches } from './doc-props.js';
import { tableStylesPart } from './table-xml.js';
import { fromTheme } from './template.js';
import { HEAD, REL, templateParts } from './template-xml.js';
import { themeXml } from './theme-xml.js';

/**
 * A theme folder (KRD's DEPMAL) as a template package: its master, layouts,
 * theme and table styles written from the theme's data, then read back and
 * used exactly as an organisation's .potx is (template-from-potx.ts,
 * template-package.ts) — one render path for every theme. Its layouts are
 * named for their roles, so none is guessed.
 */

const CT = 'application/vnd.openxmlformats-officedocument';

const made = new WeakMap<Theme, Map<Lang, LoadedTemplate>>();

export function themeTemplate(theme: Theme, lang: Lang): LoadedTemplate {
  let byLang = made.get(theme);
  if (!byLang) made.set(theme, (byLang = new Map()));
  // made once per theme and language; samling's own themes come with theirs (theme-snapshot.ts)
  const hit = byLang.get(lang) ?? restoredTemplate(theme, lang);
  if (hit) {
    byLang.set(lang, hit);
    return hit;
  }
  const t = fromTheme(theme, lang);
  const parts: TemplateParts = new Map<string, string | Uint8Array>(templateParts(t, theme));
  const layouts = [...parts.keys()].filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n));
  // PowerPoint's own sizes (12 192 000 EMU for 13.333 in), as pptxgenjs writes them
  const cx = Math.round(slideInches(theme.width) * 914400);
  const cy = Math.round(slideInches(theme.height) * 914400);
  parts.set('ppt/theme/theme1.xml', themeXml(theme));
  parts.set('ppt/tableStyles.xml', tableStylesPart(theme));
  parts.set(
    'ppt/presentation.xml',
    `${HEAD}<p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">` +
      `<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldSz cx="${cx}" cy="${cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
  );
  parts.set('ppt/_rels/presentation.xml.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="${REL}/tableStyles" Target="tableStyles.xml"/></Relationships>`);
  const overrides = [
    ['/ppt/slideMasters/slideMaster1.xml', `${CT}.presentationml.slideMaster+xml`],
    ...layouts.map((n) => [`/${n}`, `${CT}.presentationml.slideLayout+xml`]),
    ['/ppt/theme/theme1.xml', `${CT}.theme+xml`],
    ['/ppt/tableStyles.xml', `${CT}.presentationml.tableStyles+xml`],
  ];
  parts.set('[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, c]) => `<Override PartName="${p}" ContentType="${c}"/>`).join('')}</Types>`);
  const model = readTemplate(parts);
  // every role by its layout's name: the theme says which layout serves which role
  const names = Object.fromEntries(t.layouts.filter((l) => l.key !== 'default' && !l.key.startsWith('layout:')).map((l) => [l.key, l.name])) as Partial<Record<MasterKey, string>>;
  const { roles, problems } = templateRoles(model, names);
  if (problems.length) throw new Error(`internal: the ${theme.name} template: ${problems.map((p) => JSON.stringify(p)).join('; ')}`);
  const loaded: LoadedTemplate = { file: `${theme.name} (built in)`, parts, model, roles, sidecar: { layouts: names } };
  byLang.set(lang, loaded);
  return loaded;
}
