import type { Lang } from '../../model/types.js';
import type { MasterKey } from '../../theme/schema.js';
import type { Theme } from '../../theme/theme.js';
import type { LoadedTemplate } from '../../theme/pptx-template/load-template.js';
import { isTitle, type TemplateLayout, type TemplatePlaceholder } from '../../theme/pptx-template/read-template.js';
import { slotOf, templateLayoutKey } from '../../layout/template-layout.js';
import type { RoleLayout } from '../../theme/pptx-template/template-theme.js';
import type { StatedLevel } from '../../theme/pptx-template/text-styles.js';
import type { LayoutDef, LevelStyle, PlaceholderDef, Role, Template } from './template.js';

/**
 * A template package (an organisation's, or the theme's own from
 * theme-template.ts) as the `Template` slides are written into: one
 * layout per samling role, each the template's own layout part, with the
 * placeholders the role fills and the styles they give every level — so that
 * `placeholders.ts` writes only what differs.
 */

/**
 * A footer whose style (its layout's, its master's, the master's other-text
 * style) names no typeface but the theme's minor font: stating `+mn-lt` on
 * its run changes nothing in PowerPoint, and LibreOffice, which does not
 * resolve the master style's `+mn-lt` for a footer, then draws it in that
 * font and the template's size and colour instead of its own default serif.
 * A footer style that names another font is the template's and is kept.
 */
const namesNoOtherFont = (p: TemplatePlaceholder) => (p.levels[0]?.typeface ?? '+mn-lt') === '+mn-lt';

/** PowerPoint's "Medium Style 2 – Accent 1": LibreOffice draws it in the theme's accent from the id alone. */
export const BUILT_IN_TABLE_STYLE = '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}';

const KEYS: MasterKey[] = ['title', 'content', 'text', 'twoColumn', 'image', 'fullImage', 'chart', 'section', 'quote', 'blank'];

export function fromPotx(t: LoadedTemplate, theme: Theme, lang: Lang, organisation: boolean): Template {
  const text = theme.color('text');
  const resolve = (levels: StatedLevel[], title: boolean): LevelStyle[] =>
    Array.from({ length: 9 }, (_, i) => {
      const s = levels[i] ?? {};
      const size = s.size ?? 18;
      return {
        size,
        bold: s.bold ?? false,
        color: s.color ?? text,
        bullet: s.bullet === undefined ? false : s.bullet,
        bulletColor: s.color ?? text,
        marL: s.marL ?? 0,
        indent: s.indent ?? 0,
        spaceBefore: s.spaceBefore ?? (s.spaceBeforePct !== undefined ? s.spaceBeforePct * size : 0),
        lineSpacing: s.lineSpacing ?? 1,
        align: s.align ?? 'l',
        font: s.font ?? (title ? 'heading' : 'body'),
      };
    });
  const ph = (role: Role, p: TemplatePlaceholder): PlaceholderDef => ({
    role,
    type: p.type === 'obj' ? undefined : (p.type as PlaceholderDef['type']),
    idx: p.idx,
    box: p.box,
    anchor: p.anchor,
    levels: resolve(p.levels, role === 'title'),
    prompt: '',
  });
  /** A template layout as a LayoutDef: its own part, its footer and slide-number placeholders, the placeholders given. */
  const layoutDef = (key: LayoutDef['key'], l: TemplateLayout, placeholders: PlaceholderDef[]): LayoutDef => {
    const sldNum = l.placeholders.find((p) => p.type === 'sldNum');
    const ftr = l.placeholders.find((p) => p.type === 'ftr');
    return {
      key,
      name: l.name,
      part: l.part.split('/').pop(),
      type: 'cust',
      dark: !!l.colorMap,
      colorMap: l.colorMap as LayoutDef['colorMap'],
      masterShapes: true,
      footer: !!sldNum || !!ftr,
      footerPlaceholders: { number: sldNum ? { idx: sldNum.idx } : undefined, footer: ftr ? { idx: ftr.idx, ...(namesNoOtherFont(ftr) ? { font: '+mn-lt' as const } : {}) } : undefined },
      placeholders,
    };
  };
  const layoutOf = (key: MasterKey, r: RoleLayout): LayoutDef => {
    const own = r.choice.how !== 'fallback';
    const placeholders: PlaceholderDef[] = [];
    if (r.title) placeholders.push(ph('title', r.title));
    if (own && key === 'twoColumn' && r.texts.length >= 2) placeholders.push(ph('left', r.texts[0]!), ph('right', r.texts[1]!));
    // an image slide on the two-content layout: its text in the left placeholder
    else if (key === 'image' && r.choice.via === 'twoColumn' && r.texts[0]) placeholders.push(ph('body', r.texts[0]));
    else if (r.texts[0] && (own || key === 'section' || key === 'text' || key === 'image')) placeholders.push(ph('body', r.texts[0]));
    return layoutDef(key, r.choice.layout, placeholders);
  };
  // every layout of the template, for slides that name one (layout/template-layout.ts): title and text placeholders by position
  const holdsText = (p: TemplatePlaceholder) => isTitle(p) || p.type === 'body' || p.type === 'obj' || p.type === 'subTitle';
  const named = (l: TemplateLayout): LayoutDef => layoutDef(templateLayoutKey(l), l, l.placeholders.filter(holdsText).map((p) => ph(slotOf(l, p), p)));
  const content = t.roles.get('content')!;
  const master = t.model.masters[content.choice.layout.master]!;
  const masterTitle = master.placeholders.find((p) => p.type === 'title');
  const masterBody = master.placeholders.find((p) => p.type === 'body');
  const layouts: LayoutDef[] = [
    // pptxgenjs' own first layout, never used by a slide
    { key: 'default', name: 'Blank', type: 'blank', dark: false, masterShapes: true, footer: false, placeholders: [] },
    ...KEYS.map((k) => layoutOf(k, t.roles.get(k)!)),
    ...t.model.layouts.map(named),
  ];
  const box = (p: TemplatePlaceholder | undefined) => p?.box ?? { x: 0, y: 0, w: 1, h: 1 };
  return {
    lang: { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[lang],
    width: theme.width,
    height: theme.height,
    title: resolve(masterTitle?.levels ?? [], true)[0]!,
    body: resolve(masterBody?.levels ?? [], false),
    footerText: theme.footerText(lang),
    footerSize: theme.sizes.footer,
    footerColor: { light: theme.color('muted'), dark: theme.color('onDarkMuted') },
    boxes: { title: box(masterTitle), body: box(masterBody), date: box(master.placeholders.find((p) => p.type === 'dt')), footer: box(master.placeholders.find((p) => p.type === 'ftr')), number: box(master.placeholders.find((p) => p.type === 'sldNum')) },
    layouts,
    tableStyleId: t.model.tableStyle ?? BUILT_IN_TABLE_STYLE,
    source: t,
  organisation,
  };
}
