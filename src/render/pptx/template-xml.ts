import type { Theme } from '../../theme/theme.js';
import type { Rect } from '../../theme/schema.js';
import { absoluteSchemeColors, colorMapXml, colorXml, throughMap } from './scheme-colors.js';
import { xmlEscape } from './sanitize.js';
import { INSET_EMU, type LayoutDef, type LevelStyle, type PlaceholderDef, type TemplateData } from './template.js';

/**
 * The theme's own template parts: the slide master, its layouts and their
 * relationships, written from the theme's template data (template.ts). With
 * the theme part and table styles they make the theme's template package
 * (theme-template.ts), which slides are written into like any .potx.
 */

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
/** the XML declaration every part opens with, and the relationships namespace (also theme-template.ts, template-package.ts) */
export const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EMU = 914400;
const emu = (inches: number) => Math.round(inches * EMU);
/** the field PowerPoint writes for a slide number */
export const SLIDENUM_FIELD_ID = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';

export function templateParts(t: TemplateData, theme: Theme): Map<string, string> {
  const parts = new Map<string, string>();
  parts.set('ppt/slideMasters/slideMaster1.xml', masterXml(t, theme));
  const rels = t.layouts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout${i + 1}.xml"/>`).join('');
  parts.set('ppt/slideMasters/_rels/slideMaster1.xml.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${t.layouts.length + 1}" Type="${REL}/theme" Target="../theme/theme1.xml"/></Relationships>`);
  t.layouts.forEach((l, i) => {
    parts.set(`ppt/slideLayouts/slideLayout${i + 1}.xml`, layoutXml(t, l, theme));
    parts.set(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>`);
  });
  // the template's own text (prompts, footer) in the deck's language
  for (const [name, xml] of parts) parts.set(name, xml.replace(/ lang="nb-NO"/g, ` lang="${t.lang}"`));
  return parts;
}

const fill = (theme: Theme, hex: string, inner = '') => `<a:solidFill>${colorXml(theme, hex, inner)}</a:solidFill>`;
const xfrm = (r: Rect) => `<a:xfrm><a:off x="${emu(r.x)}" y="${emu(r.y)}"/><a:ext cx="${emu(r.w)}" cy="${emu(r.h)}"/></a:xfrm>`;
const font = (f: 'heading' | 'body') => (f === 'heading' ? '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>' : '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');

/** One level's paragraph properties; with `only`, just what differs from it. */
export function levelXml(tag: string, s: LevelStyle, theme: Theme, only?: LevelStyle): string {
  const diff = <K extends keyof LevelStyle>(k: K) => !only || only[k] !== s[k];
  const attrs =
    (diff('marL') ? ` marL="${s.marL}"` : '') +
    (diff('indent') ? ` indent="${s.indent}"` : '') +
    (diff('align') ? ` algn="${s.align}"` : '') +
    (only ? '' : ' rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"');
  const bulletChanged = diff('bullet') || diff('bulletColor');
  const inner =
    (diff('lineSpacing') ? `<a:lnSpc><a:spcPct val="${Math.round(s.lineSpacing * 100000)}"/></a:lnSpc>` : '') +
    (diff('spaceBefore') ? `<a:spcBef><a:spcPts val="${Math.round(s.spaceBefore * 100)}"/></a:spcBef>` : '') +
    (bulletChanged ? (s.bullet ? `<a:buClr>${colorXml(theme, s.bulletColor)}</a:buClr><a:buFont typeface="Arial"/><a:buChar char="${s.bullet}"/>` : '<a:buNone/>') : '');
  const runAttrs = (diff('size') ? ` sz="${Math.round(s.size * 100)}"` : '') + (diff('bold') ? ` b="${s.bold ? 1 : 0}"` : '') + (only ? '' : ' kern="1200"');
  const runInner = (diff('color') ? fill(theme, s.color) : '') + (diff('font') ? font(s.font) : '');
  return `<a:${tag}${attrs}>${inner}<a:defRPr${runAttrs}${runInner ? `>${runInner}</a:defRPr>` : '/>'}</a:${tag}>`;
}

function masterXml(t: TemplateData, theme: Theme): string {
  const f = (n: number, s: LevelStyle) => levelXml(`lvl${n}pPr`, s, theme);
  const other = t.body.map((s, i) => f(i + 1, { ...s, bullet: false, marL: 0, indent: 0, spaceBefore: 0, size: 18 })).join('');
  const ids = t.layouts.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('');
  const shapes = [
    phShape(2, 'Title Placeholder 1', '<p:ph type="title"/>', t.boxes.title, 'b', '', [t.layouts[1]!.placeholders[0]?.prompt ?? ''], true),
    phShape(3, 'Text Placeholder 2', '<p:ph type="body" idx="1"/>', t.boxes.body, 't', '', t.layouts[2]!.placeholders[1]?.prompt ? [t.layouts[2]!.placeholders[1]!.prompt] : [''], true),
    phShape(4, 'Date Placeholder 3', '<p:ph type="dt" sz="half" idx="10"/>', t.boxes.date, 'ctr', footerStyle(t, theme, false, 'r'), [''], true),
    phShape(5, 'Footer Placeholder 4', '<p:ph type="ftr" sz="quarter" idx="11"/>', t.boxes.footer, 'ctr', footerStyle(t, theme, false, 'l'), [t.footerText], true),
    numberShape(6, t, footerStyle(t, theme, false, 'l'), true),
    ...brand(theme, false, 7),
  ].join('');
  return (
    `${HEAD}<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr>${fill(theme, theme.color('paper'))}<a:effectLst/></p:bgPr></p:bg><p:spTree>${groupHead()}${shapes}</p:spTree></p:cSld>` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:sldLayoutIdLst>${ids}</p:sldLayoutIdLst><p:hf hdr="0" dt="0"/>` +
    `<p:txStyles><p:titleStyle>${f(1, t.title)}</p:titleStyle><p:bodyStyle>${t.body.map((s, i) => f(i + 1, s)).join('')}</p:bodyStyle><p:otherStyle>${other}</p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

function layoutXml(t: TemplateData, l: LayoutDef, theme: Theme): string {
  let id = 2;
  const shapes: string[] = [];
  if (l.key === 'title') shapes.push(...titleBand(theme, () => id++));
  if (l.dark) {
    // the master's footer rule and wordmark are dark: a dark layout draws its own, light
    const own = brand(theme, true, id);
    shapes.push(...own);
    id += own.length;
  }
  for (const p of l.placeholders) {
    const name = `${placeholderName(p)} ${id - 1}`;
    shapes.push(phShape(id++, name, phTag(p), p.box, p.anchor, placeholderStyle(t, l, p, theme), [p.prompt]));
  }
  if (l.footer) {
    const dark = l.dark;
    shapes.push(phShape(id++, `Date Placeholder ${id - 2}`, '<p:ph type="dt" sz="half" idx="10"/>', undefined, undefined, dark ? footerStyle(t, theme, true, 'r') : '', ['']));
    shapes.push(phShape(id++, `Footer Placeholder ${id - 2}`, '<p:ph type="ftr" sz="quarter" idx="11"/>', undefined, undefined, dark ? footerStyle(t, theme, true, 'l') : '', [t.footerText]));
    shapes.push(numberShape(id++, t, dark ? footerStyle(t, theme, true, 'l') : '', false));
  }
  const bg = l.background ? `<p:bg><p:bgPr>${fill(theme, l.background)}<a:effectLst/></p:bgPr></p:bg>` : '';
  const hf = l.footer ? '<p:hf hdr="0" dt="0"/>' : '<p:hf sldNum="0" hdr="0" ftr="0" dt="0"/>';
  const tree = `<p:cSld name="${xmlEscape(l.name)}">${bg}<p:spTree>${groupHead()}${shapes.join('')}</p:spTree></p:cSld>`;
  // under its own colour map a dark layout names the fixed colours it draws by their theme slot
  return `${HEAD}<p:sldLayout ${NS} type="${l.type}" preserve="1"${l.masterShapes ? '' : ' showMasterSp="0"'}>${l.colorMap ? absoluteSchemeColors(tree) : tree}${colorMapXml(l.colorMap)}${hf}</p:sldLayout>`;
}

export function phTag(p: PlaceholderDef): string {
  const type = p.type ? ` type="${p.type}"` : '';
  const idx = p.idx ? ` idx="${p.idx}"` : '';
  return `<p:ph${type}${idx}/>`;
}

export function placeholderName(p: PlaceholderDef): string {
  if (p.role === 'title') return 'Title';
  if (p.type === 'subTitle') return 'Subtitle';
  if (p.type === 'pic') return 'Picture Placeholder';
  if (p.type === 'chart') return 'Chart Placeholder';
  if (p.type === 'body') return 'Text Placeholder';
  return 'Content Placeholder';
}

/** A placeholder's own list style: the levels its layout sets differently from the master (as the layout's colour map shows it). */
function placeholderStyle(t: TemplateData, l: LayoutDef, p: PlaceholderDef, theme: Theme): string {
  const levels = p.levels
    .map((lv, i) => {
      if (!Object.keys(lv).length) return '';
      const master = p.role === 'title' ? t.title : t.body[i]!;
      const seen = { ...master, color: throughMap(theme, master.color, l.colorMap), bulletColor: throughMap(theme, master.bulletColor, l.colorMap) };
      const own = levelXml(`lvl${i + 1}pPr`, { ...master, ...lv }, theme, seen);
      return own === `<a:lvl${i + 1}pPr><a:defRPr/></a:lvl${i + 1}pPr>` ? '' : own;
    })
    .join('');
  return levels;
}

function footerStyle(t: TemplateData, theme: Theme, dark: boolean, align: 'l' | 'r'): string {
  return `<a:lvl1pPr algn="${align}"><a:defRPr sz="${t.footerSize * 100}">${fill(theme, dark ? t.footerColor.dark : t.footerColor.light)}</a:defRPr></a:lvl1pPr>`;
}

function groupHead(): string {
  return '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';
}

/** A placeholder shape; `box` absent: it sits where the master's does. `full`: the master's own (inset, anchor, no autofit). */
function phShape(id: number, name: string, ph: string, box: Rect | undefined, anchor: 't' | 'ctr' | 'b' | undefined, lstStyle: string, lines: string[], full = false): string {
  const bodyPr = full ? `<a:bodyPr vert="horz" wrap="square" lIns="${INSET_EMU}" tIns="${INSET_EMU}" rIns="${INSET_EMU}" bIns="${INSET_EMU}" rtlCol="0" anchor="${anchor ?? 't'}"><a:noAutofit/></a:bodyPr>` : anchor ? `<a:bodyPr anchor="${anchor}"/>` : '<a:bodyPr/>';
  const paras = lines.map((line) => (line ? `<a:p><a:r><a:rPr lang="nb-NO"/><a:t>${xmlEscape(line)}</a:t></a:r></a:p>` : '<a:p><a:endParaRPr lang="nb-NO"/></a:p>')).join('');
  const geom = full ? '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' : '';
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr>${box ? xfrm(box) : ''}${geom}</p:spPr><p:txBody>${bodyPr}<a:lstStyle>${lstStyle}</a:lstStyle>${paras}</p:txBody></p:sp>`;
}

function numberShape(id: number, t: TemplateData, lstStyle: string, master: boolean): string {
  const bodyPr = master ? `<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"><a:noAutofit/></a:bodyPr>` : '<a:bodyPr/>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Slide Number Placeholder ${id - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${master ? xfrm(t.boxes.number) + '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' : ''}</p:spPr><p:txBody>${bodyPr}<a:lstStyle>${lstStyle}</a:lstStyle>` +
    `<a:p><a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum"><a:rPr lang="nb-NO"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="nb-NO"/></a:p></p:txBody></p:sp>`
  );
}

/** The footer rule and the wordmark «Saman om ein betre KOMMUNE» (three circles, two lines), in light colours on dark layouts. */
function brand(theme: Theme, dark: boolean, firstId: number): string[] {
  let id = firstId;
  const r = theme.data.footer.rule;
  const b = theme.data.wordmark.box;
  const d = b.h * 0.5;
  const cy = b.y + (b.h - d) / 2;
  const out: string[] = [
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Footer Rule ${id++ - 1}"/><p:cNvCxnSpPr/><p:nvPr userDrawn="1"/></p:nvCxnSpPr><p:spPr>${xfrm({ x: r.x, y: r.y, w: r.w, h: 0 })}<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525">${fill(theme, theme.color(dark ? 'onDarkMuted' : 'rule'))}</a:ln></p:spPr></p:cxnSp>`,
  ];
  for (let i = 0; i < 3; i++) {
    const box = { x: b.x + i * d * 0.55, y: cy + (i === 1 ? -d * 0.18 : d * 0.12), w: d, h: d };
    out.push(`<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Wordmark Circle ${id++ - 1}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm(box)}<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>${fill(theme, theme.paletteColor(i), '<a:alpha val="90000"/>')}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`);
  }
  const textX = b.x + d * 2.3;
  const textW = b.x + b.w - textX;
  const [small, big] = theme.data.wordmark.lines;
  const text = (box: Rect, line: string, size: number, bold: boolean, color: string, anchor: string, f: 'heading' | 'body') =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Wordmark ${id++ - 1}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="nb-NO" sz="${size * 100}"${bold ? ' b="1" spc="200"' : ''}>${fill(theme, color)}${font(f)}</a:rPr><a:t>${xmlEscape(line)}</a:t></a:r></a:p></p:txBody></p:sp>`;
  out.push(text({ x: textX, y: b.y + 0.02, w: textW, h: b.h * 0.4 }, small, 10, false, theme.color(dark ? 'onDarkMuted' : 'muted'), 'b', 'body'));
  out.push(text({ x: textX, y: b.y + b.h * 0.42, w: textW, h: b.h * 0.5 }, big, 17, true, theme.color(dark ? 'onDark' : 'heading'), 't', 'heading'));
  return out;
}

/** The four network colours as a band along the bottom of the title slide. */
function titleBand(theme: Theme, nextId: () => number): string[] {
  const colors = Object.values(theme.data.networks);
  const w = theme.width / colors.length;
  const y = theme.height - 0.16;
  return colors.map((color, i) => {
    const id = nextId();
    const box = { x: i * w, y, w: i === colors.length - 1 ? theme.width - i * w : w, h: 0.16 };
    return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Network Band ${id - 1}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill(theme, color)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`;
  });
}
