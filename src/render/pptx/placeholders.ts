import type { Element, PlacedSlide, TextPara } from '../../layout/types.js';
import { INSET } from '../../layout/text-fit.js';
import type { Theme } from '../../theme/theme.js';
import { colorXml } from './scheme-colors.js';
import { safeUrl, xmlEscape } from './sanitize.js';
import { phTag, placeholderName, SLIDENUM_FIELD_ID } from './template-xml.js';
import { inherited, layoutOf, type LayoutDef, type LevelStyle, type PlaceholderDef, type Template } from './template.js';

/**
 * A slide's placeholders, written by samling rather than pptxgenjs: each
 * holds its p:ph and only what differs from what the layout and master give
 * it (a fitted size below the style's, a first paragraph without space
 * before, a paragraph without a bullet in a bulleted body). pptxgenjs draws a
 * plain text box named `MARK` in the placeholder's place (so the z-order and
 * hyperlink relationships are its), and `placeholderShapes` puts these in.
 */
export const MARK = 'samling:placeholder';

type TextEl = Extract<Element, { kind: 'text' }>;
const EMU = 914400;
const emu = (n: number) => Math.round(n * EMU);

export function placeholderShapes(slideXml: string, placed: PlacedSlide, t: Template, theme: Theme): string {
  const { def } = layoutOf(t, placed.master);
  // a placeholder the layout lacks was drawn as a text box (render.ts)
  const els = placed.elements.filter((e): e is TextEl => e.kind === 'text' && !!e.placeholder && def.placeholders.some((d) => d.role === e.placeholder));
  let k = 0;
  let xml = slideXml.replace(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)" name="samling:placeholder">[\s\S]*?<\/p:sp>/g, (shape, id: string) => {
    const el = els[k++];
    const p = el && def.placeholders.find((d) => d.role === el.placeholder);
    if (!el || !p) throw new Error(`internal: no placeholder ${el?.placeholder} on layout ${def.name}`);
    // a placeholder with no text would show the layout's prompt ("Klikk for å legge inn tekst"): leave it out
    if (!el.paragraphs.some((para) => para.runs.some((r) => r.text.trim() !== ''))) return '';
    const links = [...shape.matchAll(/<a:hlinkClick\b[^>]*?(?:\/>|>[\s\S]*?<\/a:hlinkClick>)/g)].map((m) => m[0]);
    return shapeXml(Number(id), el, p, t, theme, links);
  });
  if (placed.footer && def.footer) xml = xml.replace('</p:spTree>', `${footerShapes(xml, t, def)}</p:spTree>`);
  return xml;
}

function shapeXml(id: number, el: TextEl, p: PlaceholderDef, t: Template, theme: Theme, links: string[]): string {
  const b = el.box;
  const same = [b.x - p.box.x, b.y - p.box.y, b.w - p.box.w, b.h - p.box.h].every((d) => Math.abs(d) < 0.0005);
  const spPr = same ? '<p:spPr/>' : `<p:spPr><a:xfrm><a:off x="${emu(b.x)}" y="${emu(b.y)}"/><a:ext cx="${emu(b.w)}" cy="${emu(b.h)}"/></a:xfrm></p:spPr>`;
  const anchor = { top: 't', middle: 'ctr', bottom: 'b' }[el.style.valign ?? 'top'];
  const inset = el.style.inset ?? INSET;
  const ins = Math.abs(inset - INSET) > 1e-6 ? ['l', 't', 'r', 'b'].map((s) => ` ${s}Ins="${emu(inset)}"`).join('') : '';
  // on an organisation's template the placeholder's own anchor stands: the fit does not depend on it
  const bodyPr = `<a:bodyPr${ins}${anchor !== p.anchor && !t.organisation ? ` anchor="${anchor}"` : ''}/>`;
  const tag = t.lang;
  const linkQueue = [...links];
  const paras = el.paragraphs.map((para) => paragraphXml(para, el, p, t, theme, tag, linkQueue)).join('');
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${placeholderName(p)} ${id - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phTag(p)}</p:nvPr></p:nvSpPr>${spPr}<p:txBody>${bodyPr}<a:lstStyle/>${paras}</p:txBody></p:sp>`;
}

/** What a paragraph is, in the terms of a level style. */
function drawn(para: TextPara, el: TextEl, base: LevelStyle, theme: Theme, template: Template): LevelStyle {
  // on an organisation's template, what samling sets only by default (left, bold titles, the plain
  // text and heading colours) is the template's to say; what the Markdown asks for is kept
  const own = template.organisation;
  const plainColor = (c: string) => own && [theme.color('text'), theme.color('heading')].includes(c);
  const size = para.size ?? el.style.size;
  const indent = Math.round(Math.round(size * 1.1 * 10) / 10 * 12700);
  const level = para.level ?? 0;
  const bullet = para.bullet === 'bullet' ? (level === 1 ? '–' : '•') : false;
  return {
    ...base,
    size,
    bold: own && el.placeholder === 'title' ? !!para.bold || base.bold : !!(para.bold || el.style.bold),
    color: plainColor(para.color ?? el.style.color) ? base.color : para.color ?? el.style.color,
    bullet: para.bullet && para.bullet !== 'bullet' ? base.bullet : bullet,
    bulletColor: bullet ? base.bulletColor : base.bulletColor,
    marL: para.bullet ? indent * (level + 1) : 0,
    indent: para.bullet ? -indent : 0,
    spaceBefore: para.spaceBefore ?? 0,
    lineSpacing: theme.sizes.lineSpacing,
    align: own && !para.align && !el.style.align ? base.align : ({ left: 'l', center: 'ctr', right: 'r' } as const)[para.align ?? el.style.align ?? 'left'],
  };
}

function paragraphXml(para: TextPara, el: TextEl, p: PlaceholderDef, t: Template, theme: Theme, lang: string, links: string[]): string {
  const level = para.bullet ? para.level ?? 0 : 0;
  const base = inherited(t, p, level);
  const s = drawn(para, el, base, theme, t);
  const numbered = para.bullet && para.bullet !== 'bullet' ? para.bullet.number : undefined;
  const attrs = (level ? ` lvl="${level}"` : '') + (s.marL !== base.marL ? ` marL="${s.marL}"` : '') + (s.indent !== base.indent ? ` indent="${s.indent}"` : '') + (s.align !== base.align ? ` algn="${s.align}"` : '');
  const inner =
    (Math.abs(s.lineSpacing - base.lineSpacing) > 1e-9 ? `<a:lnSpc><a:spcPct val="${Math.round(s.lineSpacing * 100000)}"/></a:lnSpc>` : '') +
    (Math.abs(s.spaceBefore - base.spaceBefore) > 0.005 ? `<a:spcBef><a:spcPts val="${Math.round(s.spaceBefore * 100)}"/></a:spcBef>` : '') +
    (numbered !== undefined ? `<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"${numbered > 1 ? ` startAt="${numbered}"` : ''}/>` : s.bullet !== base.bullet ? (s.bullet ? `<a:buChar char="${s.bullet}"/>` : '<a:buNone/>') : '');
  const pPr = attrs || inner ? `<a:pPr${attrs}${inner ? `>${inner}</a:pPr>` : '/>'}` : '';
  const sz = Math.abs(s.size - base.size) > 0.05 ? ` sz="${Math.round(s.size * 100)}"` : '';
  const color = s.color.toUpperCase() !== base.color.toUpperCase() ? `<a:solidFill>${colorXml(theme, s.color)}</a:solidFill>` : '';
  const runs = (para.runs.length ? para.runs : [])
    .map((run, ri) => {
      const bold = !!(run.bold || s.bold);
      const italic = !!(run.italic || para.italic || el.style.italic);
      const b = bold !== base.bold ? ` b="${bold ? 1 : 0}"` : '';
      const it = italic ? ' i="1"' : '';
      const code = run.code ? '<a:latin typeface="Courier New"/><a:cs typeface="Courier New"/>' : '';
      const link = run.link && safeUrl(run.link) && links.length ? links.shift()! : '';
      const rPr = `<a:rPr lang="${lang}"${sz}${b}${it} dirty="0"${color || code || link ? `>${color}${code}${link}</a:rPr>` : '/>'}`;
      const br = ri > 0 && para.runs[ri - 1]!.br ? `<a:br><a:rPr lang="${lang}"${sz}/></a:br>` : '';
      // a line break inside a run (code) is a soft break, as the measurer counts it
      return br + run.text.split('\n').map((line) => `<a:r>${rPr}<a:t>${xmlEscape(line)}</a:t></a:r>`).join(`<a:br><a:rPr lang="${lang}"${sz}/></a:br>`);
    })
    .join('');
  return `<a:p>${pPr}${runs}<a:endParaRPr lang="${lang}"${sz} dirty="0"/></a:p>`;
}

/**
 * The footer and the slide number as the slide's own placeholders (as
 * PowerPoint writes them when Insert → Header & Footer is on): they sit where
 * the layout's are and hold the department's name and the number field.
 */
function footerShapes(xml: string, t: Template, def: LayoutDef): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(1, ...ids) + 1;
  const tag = t.lang;
  // KRD's master numbers them 11 and 12 (as PowerPoint's own); a template says its own
  const own = def.footerPlaceholders;
  const places = own ?? { footer: { idx: 11 }, number: { idx: 12 } };
  const ph = (type: string, at: { idx?: number }) => `<p:ph type="${type}"${own ? '' : ' sz="quarter"'}${at.idx !== undefined ? ` idx="${at.idx}"` : ''}/>`;
  let out = '';
  if (places.footer && t.footerText) {
    const rPr = 'font' in places.footer && places.footer.font ? `<a:rPr lang="${tag}" dirty="0"><a:latin typeface="${places.footer.font}"/></a:rPr>` : `<a:rPr lang="${tag}" dirty="0"/>`;
    out += `<p:sp><p:nvSpPr><p:cNvPr id="${next}" name="Footer Placeholder ${next - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph('ftr', places.footer)}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>${rPr}<a:t>${xmlEscape(t.footerText)}</a:t></a:r></a:p></p:txBody></p:sp>`;
    next++;
  }
  if (places.number) {
    out += `<p:sp><p:nvSpPr><p:cNvPr id="${next}" name="Slide Number Placeholder ${next - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph('sldNum', places.number)}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum"><a:rPr lang="${tag}"/><a:t>1</a:t></a:fld><a:endParaRPr lang="${tag}"/></a:p></p:txBody></p:sp>`;
  }
  return out;
}
