import type { P, Pptx } from './pptxgen.js';
import type { Lang } from '../../model/types.js';
import type { MasterKey } from '../../theme/schema.js';
import type { Theme } from '../../theme/theme.js';
import { xmlSafe } from './sanitize.js';

type MasterObject = NonNullable<P.default.SlideMasterProps['objects']>[number];

const PT = 72;

/**
 * The DEPMAL masters as pptxgenjs slide masters (each becomes a named slide
 * layout in the file): title/body placeholders where the theme puts them, the
 * footer with the department's name and the slide number, and the wordmark.
 */
export function defineMasters(pptx: Pptx, theme: Theme, lang: Lang): void {
  // every master, used or not: a person editing the file can add any of them
  for (const key of Object.keys(theme.data.masters) as MasterKey[]) {
    const m = theme.master(key);
    const objects: MasterObject[] = [];
    const dark = m.dark;
    const fg = theme.color(dark ? 'onDark' : 'heading');
    if (key === 'title') objects.push(...titleBand(theme));
    if (key !== 'fullImage') objects.push(...wordmark(theme, dark), ...footer(theme, lang, dark));
    // pptxgenjs copies a placeholder's options over the options of text put into it
    // (issue #640, gen-objects.ts "A.3"), so size and weight stay out of here: they
    // come from each run, and for text typed later from the master's text styles.
    // Colour stays on dark masters only, where the master's dark text would vanish.
    const ph = (name: string, type: string, r: { x: number; y: number; w: number; h: number } | undefined, prompt: string, valign: 'top' | 'bottom' | 'middle' = 'top') => {
      if (!r) return;
      objects.push({
        placeholder: {
          options: { name, type, x: r.x, y: r.y, w: r.w, h: r.h, fontFace: name === 'title' ? theme.fonts.heading : theme.fonts.body, ...(dark ? { color: fg } : {}), valign, margin: 0.08 * PT } as P.default.PlaceholderProps,
          text: prompt,
        },
      });
    };
    ph('title', 'title', m.title, lang === 'en' ? 'Click to add title' : 'Klikk for å legge inn tittel', 'bottom');
    const prompt = lang === 'en' ? 'Click to add text' : 'Klikk for å legge inn tekst';
    ph('body', 'body', m.body, prompt, key === 'quote' ? 'middle' : 'top');
    ph('left', 'body', m.left, prompt);
    ph('right', 'body', m.right, prompt);
    pptx.defineSlideMaster({
      title: m.name,
      background: { color: m.background ? theme.color(m.background) : theme.color('paper') },
      objects,
      ...(key === 'fullImage' ? {} : { slideNumber: slideNumber(theme, dark) }),
    });
  }
}

/** The four network colours as a band along the bottom of the title slide. */
function titleBand(theme: Theme): MasterObject[] {
  const colors = Object.values(theme.data.networks);
  const w = theme.width / colors.length;
  const y = theme.height - 0.16;
  return colors.map((color, i) => ({ rect: { x: i * w, y, w: i === colors.length - 1 ? theme.width - i * w : w, h: 0.16, fill: { color }, line: { type: 'none' } } }) as MasterObject);
}

/** «Saman om ein betre KOMMUNE»: three overlapping circles (people together) and the name. */
function wordmark(theme: Theme, dark: boolean): MasterObject[] {
  const b = theme.data.wordmark.box;
  const d = b.h * 0.5;
  const cy = b.y + (b.h - d) / 2;
  const circles = [0, 1, 2].map((i) => ({
    text: { text: '', options: { shape: 'ellipse', x: b.x + i * d * 0.55, y: cy + (i === 1 ? -d * 0.18 : d * 0.12), w: d, h: d, fill: { color: theme.paletteColor(i), transparency: 10 }, line: { type: 'none' } } },
  })) as unknown as MasterObject[];
  const textX = b.x + d * 2.3;
  const textW = b.x + b.w - textX;
  const [small, big] = theme.data.wordmark.lines;
  return [
    ...circles,
    { text: { text: xmlSafe(small), options: { x: textX, y: b.y + 0.02, w: textW, h: b.h * 0.4, fontFace: theme.fonts.body, fontSize: 10, color: theme.color(dark ? 'onDarkMuted' : 'muted'), margin: 0, valign: 'bottom' } } },
    { text: { text: xmlSafe(big), options: { x: textX, y: b.y + b.h * 0.42, w: textW, h: b.h * 0.5, fontFace: theme.fonts.heading, fontSize: 17, bold: true, charSpacing: 2, color: theme.color(dark ? 'onDark' : 'heading'), margin: 0, valign: 'top' } } },
  ];
}

function footer(theme: Theme, lang: Lang, dark: boolean): MasterObject[] {
  const f = theme.data.footer;
  return [
    { line: { x: f.rule.x, y: f.rule.y, w: f.rule.w, h: 0, line: { color: theme.color(dark ? 'onDarkMuted' : 'rule'), width: 0.75 } } },
    { text: { text: xmlSafe(theme.footerText(lang)), options: { x: f.label.x, y: f.label.y, w: f.label.w, h: f.label.h, fontFace: theme.fonts.body, fontSize: theme.sizes.footer, color: theme.color(dark ? 'onDarkMuted' : 'muted'), margin: 0, valign: 'middle' } } },
  ];
}

function slideNumber(theme: Theme, dark: boolean): P.default.SlideNumberProps {
  const n = theme.data.footer.number;
  return { x: n.x, y: n.y, w: n.w, h: n.h, fontFace: theme.fonts.body, fontSize: theme.sizes.footer, color: theme.color(dark ? 'onDarkMuted' : 'muted'), margin: 0, valign: 'middle' } as P.default.SlideNumberProps;
}
