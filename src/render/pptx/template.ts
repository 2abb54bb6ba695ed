import type { Lang } from '../../model/types.js';
import type { PlaceholderSlot, TemplateLayoutKey } from '../../layout/types.js';
import { BULLET_INDENT_EM, INSET, levelScale } from '../../layout/text-fit.js';
import type { MasterKey, Rect } from '../../theme/schema.js';
import type { Theme } from '../../theme/theme.js';
import type { LoadedTemplate } from '../../theme/pptx-template/load-template.js';
import { TABLE_STYLE_ID } from './table-xml.js';
import { ABSOLUTE, schemeColor, type ColorMap } from './scheme-colors.js';

/**
 * The template a deck is written into, as data: the master's text styles,
 * its placeholders and the layouts with theirs, read from a template package
 * (template-from-potx.ts) — an organisation's .potx, or the theme's own,
 * which `fromTheme` describes and theme-template.ts writes as a package
 * first. `placeholders.ts` compares each generated paragraph with what it
 * inherits from here, so that a slide states only what differs.
 */

/** How one level of text is set (points; colours as theme hex values). */
export interface LevelStyle {
  size: number;
  bold: boolean;
  color: string;
  /** a bullet character, or none */
  bullet: string | false;
  bulletColor: string;
  /** EMU */
  marL: number;
  indent: number;
  /** points */
  spaceBefore: number;
  /** 1 = single */
  lineSpacing: number;
  align: 'l' | 'ctr' | 'r';
  font: 'heading' | 'body';
}

/** what a placeholder holds; `ph:N` is the N-th placeholder of a template layout a slide names */
export type Role = PlaceholderSlot | 'picture' | 'chart';

export interface PlaceholderDef {
  role: Role;
  /** `type` of p:ph (absent: obj, a content placeholder) */
  type?: 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'pic' | 'chart';
  idx?: number;
  box: Rect;
  anchor: 't' | 'ctr' | 'b';
  /** levels the layout sets differently from the master (index 0 = level 1) */
  levels: Partial<LevelStyle>[];
  prompt: string;
}

export interface LayoutDef {
  /** the samling master this layout serves; `default` for the extra blank one; `layout:<part>` for a template layout a slide names */
  key: MasterKey | TemplateLayoutKey | 'default';
  name: string;
  type: 'title' | 'obj' | 'tx' | 'twoObj' | 'picTx' | 'chart' | 'secHead' | 'titleOnly' | 'blank' | 'cust';
  dark: boolean;
  background?: string;
  /**
   * a dark layout's own colour map (tx1 and tx2 light, bg1 its background), as
   * PowerPoint's dark layouts do it: the master's text styles then show light
   * here and still change with the master
   */
  colorMap?: ColorMap;
  /** draws the master's shapes (footer rule, wordmark) */
  masterShapes: boolean;
  /** the footer and slide number are on (p:hf) */
  footer: boolean;
  /** the layout's part in the package (default: slideLayout<N>.xml, N its position) */
  part?: string;
  /** a template's own footer and slide-number placeholders (default: KRD's idx 11 and 12) */
  footerPlaceholders?: {
    number?: { idx?: number };
    /** `font`: the theme's minor font, stated on the footer's run where the template's footer style names no other (LibreOffice draws it in its default serif otherwise) */
    footer?: { idx?: number; font?: '+mn-lt' };
  };
  placeholders: PlaceholderDef[];
}

export interface Template {
  /** language tag of the template's own text (prompts, footer) */
  lang: string;
  width: number;
  height: number;
  title: LevelStyle;
  /** body levels 1–9 */
  body: LevelStyle[];
  footerText: string;
  footerSize: number;
  /** footer text and slide number colour on light and dark layouts */
  footerColor: { light: string; dark: string };
  /** the master's title and body placeholders, and where the footer goes */
  boxes: { title: Rect; body: Rect; date: Rect; footer: Rect; number: Rect };
  /** layout N+1 of the package (pptxgenjs' blank one first) */
  layouts: LayoutDef[];
  /** the style every table names */
  tableStyleId: string;
  /** the template package the slides are written into: an organisation's .potx/.pptx, or the theme's own (theme-template.ts) */
  source: LoadedTemplate;
  /**
   * an organisation's template: the layout stage's colours and styles are
   * stand-ins derived from it, so what samling sets only by default (plain
   * text and heading colours, left alignment, anchors) is the template's to say
   */
  organisation: boolean;
}

/** A template as data, before it is a package: what the theme's own template package is written from. */
export type TemplateData = Omit<Template, 'source' | 'organisation'>;

const EMU_PER_PT = 12700;
const BULLETS = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];

/** KRD's DEPMAL as template data, from the theme: what its template package is written from (theme-template.ts). */
export function fromTheme(theme: Theme, lang: Lang): TemplateData {
  const c = (role: string) => theme.color(role);
  // the size slides are fitted from: text that fits at it states no size
  const base = theme.sizes.body.max;
  const body: LevelStyle[] = BULLETS.map((ch, i) => {
    const size = Math.round(base * levelScale(i) * 10) / 10;
    const indent = Math.round(size * BULLET_INDENT_EM * 10) / 10;
    return {
      size,
      bold: false,
      color: c('text'),
      bullet: ch,
      bulletColor: theme.paletteColor(0),
      marL: Math.round(indent * EMU_PER_PT) * (i + 1),
      indent: -Math.round(indent * EMU_PER_PT),
      spaceBefore: Math.round(size * theme.sizes.paragraphGap * (i ? 0.5 : 1) * 10) / 10,
      lineSpacing: theme.sizes.lineSpacing,
      align: 'l',
      font: 'body',
    };
  });
  const title: LevelStyle = { size: theme.sizes.title.max, bold: true, color: c('heading'), bullet: false, bulletColor: c('heading'), marL: 0, indent: 0, spaceBefore: 0, lineSpacing: theme.sizes.lineSpacing, align: 'l', font: 'heading' };
  const prompts = lang === 'en' ? { title: 'Click to add title', text: 'Click to add text', picture: 'Click icon to add picture', chart: 'Click icon to add chart' } : { title: 'Klikk for å legge inn tittel', text: 'Klikk for å legge inn tekst', picture: 'Klikk på ikonet for å legge inn et bilde', chart: 'Klikk på ikonet for å legge inn et diagram' };
  const noBullets = (n: number, extra: Partial<LevelStyle> = {}): Partial<LevelStyle>[] => Array.from({ length: n }, () => ({ bullet: false, marL: 0, indent: 0, ...extra }));
  // dark layouts: light text at every level (the colour map gives it; section subtitles are muted)
  const light = (color: string, n = 9): Partial<LevelStyle>[] => Array.from({ length: n }, () => ({ color, bulletColor: color }));
  const merge = (a: Partial<LevelStyle>[], b: Partial<LevelStyle>[]) => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ ...a[i], ...b[i] }));
  const m = (key: MasterKey) => theme.master(key);
  const titlePh = (key: MasterKey, extra: Partial<PlaceholderDef> = {}): PlaceholderDef[] => {
    const box = m(key).title;
    return box ? [{ role: 'title', type: 'title', box, anchor: 'b', levels: [], prompt: prompts.title, ...extra }] : [];
  };
  const ph = (role: Role, box: Rect | undefined, def: Partial<PlaceholderDef>): PlaceholderDef[] => (box ? [{ role, box, anchor: 't', levels: [], prompt: role === 'picture' ? prompts.picture : role === 'chart' ? prompts.chart : prompts.text, ...def }] : []);
  const layout = (key: MasterKey, type: LayoutDef['type'], placeholders: PlaceholderDef[], extra: Partial<LayoutDef> = {}): LayoutDef => {
    const d = m(key);
    const background = d.background ? c(d.background) : undefined;
    return { key, name: d.name, type, dark: d.dark, background, colorMap: d.dark && background ? darkMap(theme, background) : undefined, masterShapes: !d.dark, footer: true, placeholders, ...extra };
  };
  const onDark = c('onDark');
  const titleSize = theme.sizes.titleSlide.max;
  const subtitleSize = theme.sizes.subtitle + 4;
  const layouts: LayoutDef[] = [
    { key: 'default', name: lang === 'en' ? 'Blank' : 'Tom side', type: 'blank', dark: false, masterShapes: true, footer: true, placeholders: [] },
    layout('title', 'title', [
      ...titlePh('title', { type: 'ctrTitle', levels: [{ size: titleSize, color: onDark }] }),
      ...ph('body', m('title').body, { type: 'subTitle', idx: 1, levels: merge(noBullets(1, { size: subtitleSize }), light(onDark)) }),
    ]),
    layout('content', 'obj', [...titlePh('content'), ...ph('body', m('content').body, { idx: 1 })]),
    layout('text', 'tx', [...titlePh('text'), ...ph('body', m('text').body, { type: 'body', idx: 1, levels: noBullets(1) })]),
    layout('twoColumn', 'twoObj', [...titlePh('twoColumn'), ...ph('left', m('twoColumn').left, { idx: 1 }), ...ph('right', m('twoColumn').right, { idx: 2 })]),
    layout('image', 'picTx', [...titlePh('image'), ...ph('body', m('image').body, { type: 'body', idx: 1 }), ...ph('picture', m('image').picture, { type: 'pic', idx: 2, levels: noBullets(1) })]),
    layout('fullImage', 'cust', [...ph('picture', m('fullImage').picture, { type: 'pic', idx: 1, levels: noBullets(1) })], { masterShapes: false, footer: false }),
    layout('chart', 'chart', [...titlePh('chart'), ...ph('chart', m('chart').chart, { type: 'chart', idx: 1 })]),
    layout('section', 'secHead', [
      ...titlePh('section', { levels: [{ size: titleSize, color: onDark }] }),
      ...ph('body', m('section').body, { type: 'body', idx: 1, levels: merge(noBullets(1, { size: subtitleSize }), light(c('onDarkMuted'))) }),
    ]),
    layout('quote', 'cust', [...titlePh('quote'), ...ph('body', m('quote').body, { type: 'body', idx: 1, anchor: 'ctr', levels: noBullets(1, { size: theme.sizes.quote.max, color: c('heading') }) })]),
    layout('blank', 'titleOnly', titlePh('blank')),
  ];
  const f = theme.data.footer;
  return {
    lang: { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[lang],
    width: theme.width,
    height: theme.height,
    title,
    body,
    footerText: theme.footerText(lang),
    footerSize: theme.sizes.footer,
    footerColor: { light: c('muted'), dark: c('onDarkMuted') },
    boxes: {
      title: m('content').title!,
      body: m('content').body!,
      number: f.number,
      footer: f.label,
      date: { x: f.label.x + f.label.w + 0.2, y: f.label.y, w: 2, h: f.label.h },
    },
    layouts,
    tableStyleId: TABLE_STYLE_ID,
  };
}

/** tx1 and tx2 as the theme's light text colour, bg1 as the layout's background; none when they are not plain theme slots. */
function darkMap(theme: Theme, background: string): ColorMap | undefined {
  const slot = (hex: string) => {
    const sc = schemeColor(theme, hex);
    if (!sc || sc.lumMod !== undefined || sc.lumOff) return undefined;
    return ABSOLUTE[sc.scheme];
  };
  const bg = slot(background);
  const text = slot(theme.color('onDark'));
  if (!bg || !text || bg === text) return undefined;
  return { bg1: bg, tx1: text, bg2: bg === 'dk1' ? 'dk2' : 'dk1', tx2: text };
}

/** The style a paragraph at `level` (0-based) of a placeholder inherits: the master's, then the layout's. */
export function inherited(t: Pick<Template, 'title' | 'body'>, p: PlaceholderDef, level: number): LevelStyle {
  const master = p.role === 'title' ? t.title : t.body[Math.min(level, 8)]!;
  return { ...master, ...(p.levels[Math.min(level, 8)] ?? {}) };
}

/** The layout that serves a samling master. */
export function layoutOf(t: Pick<Template, 'layouts'>, key: MasterKey | TemplateLayoutKey): { def: LayoutDef; number: number; part: string } {
  const i = t.layouts.findIndex((l) => l.key === key);
  if (i < 0) throw new Error(`internal: the template has no layout for ${key}`);
  const def = t.layouts[i]!;
  return { def, number: i + 1, part: def.part ?? `slideLayout${i + 1}.xml` };
}

/** The inner margin every placeholder has, EMU. */
export const INSET_EMU = Math.round(INSET * 914400);
