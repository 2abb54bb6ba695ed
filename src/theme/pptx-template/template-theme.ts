import { fromHsl, hexOf, rgbOf, toHsl, luminanceOf } from '../color.js';
import type { MasterKey, Rect, ThemeData } from '../schema.js';
import { isTitle, type TemplateLayout, type TemplateModel, type TemplatePlaceholder } from './read-template.js';
import { chooseLayouts, type RoleChoice, type RoleProblem } from './roles.js';
import type { StatedLevel } from './text-styles.js';
import type { TemplateSidecar } from './sidecar.js';

/**
 * A template as the theme data the layout stage reads: the regions of every
 * samling role are the boxes of the placeholders of the layout that serves it
 * (a role on a fallback layout gets regions cut from that layout's content
 * area), the sizes are the template's text styles, the colours its scheme.
 */

const GAP = 0.15;

export interface RoleLayout {
  choice: RoleChoice;
  title?: TemplatePlaceholder;
  /** text placeholders in reading order */
  texts: TemplatePlaceholder[];
  picture?: TemplatePlaceholder;
  chart?: TemplatePlaceholder;
}

/**
 * Each role's layout in a template — by the names its sidecar (or samling's
 * own theme) gives, else chosen by type — with its placeholders sorted out;
 * and what could not be chosen. One path for an organisation's template,
 * samling's own and its snapshot.
 */
export function templateRoles(model: TemplateModel, names: Partial<Record<MasterKey, string>>): { roles: Map<MasterKey, RoleLayout>; problems: RoleProblem[] } {
  const { choices, problems } = chooseLayouts(model, names);
  return { roles: roleLayouts(choices), problems };
}

function roleLayouts(choices: Map<MasterKey, RoleChoice>): Map<MasterKey, RoleLayout> {
  const out = new Map<MasterKey, RoleLayout>();
  for (const [key, choice] of choices) {
    const ps = choice.layout.placeholders.filter((p) => !p.vertical);
    const byReading = (a: TemplatePlaceholder, b: TemplatePlaceholder) => a.box.y - b.box.y || a.box.x - b.box.x;
    out.set(key, {
      choice,
      title: ps.find(isTitle),
      texts: ps.filter((p) => p.type === 'body' || p.type === 'obj' || p.type === 'subTitle').sort(byReading),
      picture: ps.find((p) => p.type === 'pic'),
      chart: ps.find((p) => p.type === 'chart'),
    });
  }
  return out;
}

/** samling's own page width (inches): the layouts are made for it. */
export const PAGE_WIDTH = 13.333;

/** The theme data on samling's page: the template's boxes and sizes divided by its scale. */
export function templateThemeData(model: TemplateModel, roles: Map<MasterKey, RoleLayout>, sidecar: TemplateSidecar, name: string): ThemeData {
  const real = realThemeData(model, roles, sidecar, name);
  const k = real.slide.width / PAGE_WIDTH;
  const r = (b: Rect): Rect => ({ x: b.x / k, y: b.y / k, w: b.w / k, h: b.h / k, ...(b.frame ? { frame: { ...b.frame, inset: { l: b.frame.inset.l / k, t: b.frame.inset.t / k, r: b.frame.inset.r / k, b: b.frame.inset.b / k } } } : {}) });
  const masters = Object.fromEntries(Object.entries(real.masters).map(([key, m]) => [key, Object.fromEntries(Object.entries(m).map(([f, val]) => [f, typeof val === 'object' && val && 'w' in val ? r(val as Rect) : val]))])) as ThemeData['masters'];
  return {
    ...real,
    slide: { width: PAGE_WIDTH, height: real.slide.height / k },
    margins: { left: real.margins.left / k, right: real.margins.right / k, top: real.margins.top / k, bottom: real.margins.bottom / k },
    footer: { ...real.footer, number: r(real.footer.number), label: r(real.footer.label), rule: { x: real.footer.rule.x / k, y: real.footer.rule.y / k, w: real.footer.rule.w / k } },
    symbol: r(sidecar.symbol ?? real.symbol),
    masters,
  };
}

function realThemeData(model: TemplateModel, roles: Map<MasterKey, RoleLayout>, sidecar: TemplateSidecar, name: string): ThemeData {
  const width = model.size.cx / 914400;
  const height = model.size.cy / 914400;
  const master = model.masters[0]!;
  const c = master.colors;
  const slot = (s: string) => c.scheme[c.map[s] ?? s] ?? '000000';
  const content = roles.get('content')!;
  const footers = master.placeholders.filter((p) => p.type === 'ftr' || p.type === 'sldNum' || p.type === 'dt');
  // content stays above the footer line of the master (or the slide's bottom margin)
  const margin = Math.min(0.5, width * 0.04);
  const footerTop = footers.length ? Math.min(...footers.map((p) => p.box.y)) : height - margin;
  const contentTitle = content.title?.box ?? { x: margin, y: margin, w: width - 2 * margin, h: height * 0.15 };
  const area = (l: RoleLayout): Rect => {
    const t = l.title?.box ?? contentTitle;
    const y = t.y + t.h + GAP;
    const left = Math.min(t.x, content.texts[0]?.box.x ?? t.x);
    const right = Math.max(t.x + t.w, content.texts[0] ? content.texts[0].box.x + content.texts[0].box.w : 0);
    return { x: left, y, w: right - left, h: Math.max(0.5, Math.min(footerTop, height - margin) - GAP - y) };
  };
  const own = (l: RoleLayout) => l.choice.how !== 'fallback';
  const body = (l: RoleLayout) => (own(l) && l.texts[0] ? l.texts[0].box : area(l));
  const split = (r: Rect, share: number): [Rect, Rect] => {
    const w = (r.w - 0.3) * share;
    return [{ ...r, w }, { x: r.x + w + 0.3, y: r.y, w: r.w - w - 0.3, h: r.h }];
  };
  const get = (k: MasterKey) => roles.get(k)!;
  const titleOf = (k: MasterKey) => get(k).title?.box ?? contentTitle;
  const two = get('twoColumn');
  const [left, right] = own(two) && two.texts.length >= 2 ? [two.texts[0]!.box, two.texts[1]!.box] : split(body(two), 0.5);
  const img = get('image');
  const [imgBody, imgPicture] = own(img) && img.picture && img.texts[0] ? [img.texts[0].box, img.picture.box] : img.choice.via === 'twoColumn' ? [left, right] : split(body(img), 0.56);
  const chart = get('chart');
  const quote = area(get('quote'));
  const titleLayout = get('title');
  const titleBox = titleLayout.title?.box ?? contentTitle;
  // the title slide's subtitle holds the gathering's lines (network, dates, venue): it may reach down to the footer
  const stretch = (r: Rect): Rect => ({ ...r, h: Math.max(r.h, Math.min(footerTop, height - margin) - GAP - r.y) });
  const subtitle = titleLayout.texts[0] ? stretch(titleLayout.texts[0].box) : { x: titleBox.x, y: titleBox.y + titleBox.h + GAP, w: titleBox.w, h: Math.max(0.6, footerTop - titleBox.y - titleBox.h - 2 * GAP) };
  const section = get('section');
  const sectionTitle = section.title?.box ?? titleBox;
  const sectionBody = (own(section) ? section.texts[0]?.box : undefined) ?? (section.choice.via === 'title' ? subtitle : { x: sectionTitle.x, y: sectionTitle.y + sectionTitle.h + GAP, w: sectionTitle.w, h: 1 });
  // the text placed in a region that is drawn into a placeholder is fitted with that placeholder's margins and capitals
  // (which placeholder holds which region: render/pptx/template-from-potx.ts, layoutOf)
  const framed = (rect: Rect, p: TemplatePlaceholder | undefined): Rect => (p ? { ...rect, frame: frameOf(p) } : rect);
  const titled = (k: MasterKey, rect: Rect): Rect => framed(rect, get(k).title);
  const bodyHolder = (k: MasterKey): TemplatePlaceholder | undefined => {
    const l = get(k);
    return l.texts[0] && (own(l) || k === 'section' || k === 'text' || k === 'image') ? l.texts[0] : undefined;
  };
  const twoOwn = own(two) && two.texts.length >= 2;
  const masters = {
    title: { name: titleLayout.choice.layout.name, dark: false, title: titled('title', titleBox), body: framed(subtitle, titleLayout.texts[0]) },
    content: { name: content.choice.layout.name, dark: false, title: titled('content', titleOf('content')), body: framed(body(content), bodyHolder('content')) },
    text: { name: get('text').choice.layout.name, dark: false, title: titled('text', titleOf('text')), body: framed(body(get('text')), bodyHolder('text')) },
    twoColumn: { name: two.choice.layout.name, dark: false, title: titled('twoColumn', titleOf('twoColumn')), left: framed(left, twoOwn ? two.texts[0] : undefined), right: framed(right, twoOwn ? two.texts[1] : undefined) },
    image: { name: img.choice.layout.name, dark: false, title: titled('image', titleOf('image')), body: framed(imgBody, bodyHolder('image')), picture: imgPicture },
    fullImage: { name: get('fullImage').choice.layout.name, dark: false, picture: { x: 0, y: 0, w: width, h: height }, caption: { x: margin, y: height - margin - 0.6, w: width * 0.7, h: 0.6 } },
    chart: { name: chart.choice.layout.name, dark: false, title: titled('chart', titleOf('chart')), chart: own(chart) && chart.chart ? chart.chart.box : body(chart) },
    section: { name: section.choice.layout.name, dark: false, title: titled('section', sectionTitle), body: framed(sectionBody, bodyHolder('section')) },
    quote: { name: get('quote').choice.layout.name, dark: false, title: titled('quote', titleOf('quote')), body: framed({ ...quote, h: quote.h * 0.8 }, bodyHolder('quote')), attribution: { x: quote.x, y: quote.y + quote.h * 0.82, w: quote.w, h: quote.h * 0.18 } },
    // components draw their own text boxes in the title-only layout's content area
    blank: { name: get('blank').choice.layout.name, dark: false, title: titled('blank', titleOf('blank')), body: area(get('blank')) },
  };

  const titleStyle = levelOf(content.title?.levels, 0);
  const bodyStyle = levelOf(content.texts[0]?.levels, 0);
  // samling lays slides out on its own 13.33-inch page and scales them to the template's
  // (render/pptx/scale-placed.ts): the template's sizes are read onto that page
  const k = width / PAGE_WIDTH;
  const v = (pt: number) => Math.round((pt / k) * 10) / 10;
  const titleSize = v(titleStyle.size ?? 44);
  const bodySize = v(bodyStyle.size ?? 18);
  const ctrSize = v(levelOf(titleLayout.title?.levels, 0).size ?? titleStyle.size ?? 44);
  const subSize = v(levelOf(titleLayout.texts[0]?.levels, 0).size ?? (bodyStyle.size ?? 18) * 0.9);
  const footerSize = v(levelOf(footers.find((p) => p.type === 'ftr')?.levels, 0).size ?? 10);
  const text = slot('tx1');
  const paper = slot('bg1');
  const navy = slot('tx2');
  const mist = slot('bg2');
  const heading = titleStyle.color ?? text;
  const accents = [1, 2, 3, 4, 5, 6].map((i) => slot(`accent${i}`));
  const lum = (hex: string, mod: number, off: number) => {
    const [h, s, l] = toHsl(rgbOf(hex));
    return hexOf(fromHsl(h, s, Math.min(1, Math.max(0, l * mod + off))));
  };
  const darkPaper = luminanceOf(paper) < 0.5;
  const fnt = footers.find((p) => p.type === 'ftr')?.box;
  const num = footers.find((p) => p.type === 'sldNum')?.box;
  return {
    name,
    description: `${name}: a PowerPoint template`,
    slide: { width, height },
    fonts: { heading: model.fonts.heading, body: model.fonts.body },
    palette: accents,
    colors: {
      text,
      navy,
      paper,
      mist,
      heading,
      // PowerPoint's "Lighter 25 %" and "Lighter 75 %" of the text colour (darker on a dark background): scheme colours
      muted: darkPaper ? lum(text, 0.75, 0) : lum(text, 0.75, 0.25),
      rule: darkPaper ? lum(text, 0.25, 0) : lum(text, 0.25, 0.75),
      onDark: luminanceOf(navy) < 0.5 ? paper : text,
      onDarkMuted: lum(mist, 0.85, 0),
      link: slot('hlink'),
      accent: accents[1]!,
    },
    networks: { omdomme: accents[0]!, sykefravaer: accents[3]!, 'heltid-deltid': accents[1]!, kompetanse: accents[2]!, ...sidecar.networks },
    // the smallest sizes are samling's own (as the KRD theme's), on its page
    sizes: {
      title: { max: titleSize, min: Math.min(titleSize, 20) },
      titleSlide: { max: ctrSize, min: Math.min(ctrSize, 24) },
      subtitle: subSize,
      body: { max: bodySize, comfortable: Math.min(bodySize, 18), min: Math.min(bodySize, 14) },
      table: { max: Math.min(bodySize, 20), min: Math.min(bodySize, 10) },
      chart: 14,
      quote: { max: Math.round(bodySize * 1.3), min: Math.min(bodySize, 20) },
      caption: 14,
      footer: footerSize,
      lineSpacing: bodyStyle.lineSpacing ?? 1,
      paragraphGap: bodyStyle.spaceBefore !== undefined ? bodyStyle.spaceBefore / bodySize : bodyStyle.spaceBeforePct ?? 0.2,
    },
    margins: { left: margin, right: margin, top: margin, bottom: height - footerTop },
    footer: {
      text: footerText(sidecar),
      number: onSlide(num ?? { x: margin, y: footerTop, w: 0.5, h: 0.3 }),
      label: onSlide(fnt ?? { x: margin, y: footerTop, w: 3, h: 0.3 }),
      rule: { x: margin, y: footerTop, w: width - 2 * margin },
    },
    // a template's master carries its own marks: samling draws none
    wordmark: { box: { x: 0, y: 0, w: 0.01, h: 0.01 }, lines: ['', ''] },
    // beside the footer, and on the slide where the footer sits at its very bottom
    symbol: { x: width - margin - 0.5 * k, y: Math.min(footerTop, height - 0.5 * k), w: 0.5 * k, h: 0.5 * k },
    masters: Object.fromEntries(Object.entries(masters).map(([key, m]) => [key, Object.fromEntries(Object.entries(m).map(([f, val]) => [f, typeof val === 'object' && val && 'w' in val ? onSlide(val) : val]))])) as typeof masters,
  };

  /**
   * The part of a box that lies on the slide: some templates reach below it
   * (LibreOffice's Progress: its content placeholders end 0.35 in under the
   * slide's edge), and text there would not be seen.
   */
  function onSlide(r: Rect): Rect {
    const x = Math.max(0, r.x);
    const y = Math.max(0, r.y);
    return { ...r, x, y, w: Math.min(width, r.x + r.w) - x, h: Math.min(height, r.y + r.h) - y };
  }
}

function footerText(sidecar: TemplateSidecar): { nb: string; nn: string; en: string } {
  const f = sidecar.footer;
  if (f === undefined) return { nb: '', nn: '', en: '' };
  if (typeof f === 'string') return { nb: f, nn: f, en: f };
  return { nb: f.nb ?? f.en ?? '', nn: f.nn ?? f.nb ?? f.en ?? '', en: f.en ?? f.nb ?? '' };
}

const levelOf = (levels: StatedLevel[] | undefined, i: number): StatedLevel => levels?.[i] ?? {};

/** A placeholder's own margins and capitals (its first level's), in the template's inches divided by `k`. */
export function frameOf(p: TemplatePlaceholder, k = 1): NonNullable<Rect['frame']> {
  const caps = levelOf(p.levels, 0).caps;
  return { inset: { l: p.inset.l / k, t: p.inset.t / k, r: p.inset.r / k, b: p.inset.b / k }, ...(caps ? { caps } : {}) };
}

export type { TemplateLayout };
