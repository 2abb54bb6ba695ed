import { PptxGenJS, type P } from './pptxgen.js';
import type { PlacedSlide } from '../../layout/types.js';
import type { Deck } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';
import { drawElement } from './elements.js';
import { defineMasters } from './masters.js';
import { postprocess } from './postprocess.js';
import { xmlEscape, xmlSafe } from './sanitize.js';
import { withSeededRandom } from './seeded-random.js';

/**
 * The `render` stage: laid-out slides → .pptx bytes. pptxgenjs records the
 * slides, writes the package, and `postprocess` mends what it writes wrong.
 * The only module that imports pptxgenjs (with `elements.ts` and `masters.ts`).
 */
export async function renderPptx(deck: Deck, slides: PlacedSlide[], theme: Theme): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: theme.name, width: theme.width, height: theme.height });
  pptx.layout = theme.name;
  pptx.title = xmlSafe(deck.meta.title);
  pptx.subject = xmlSafe(deck.network ? `${deck.network.name} – ${deck.meta.title}` : deck.meta.title);
  pptx.author = xmlSafe(deck.meta.author ?? deck.meta.leader ?? deck.network?.leader ?? 'samling');
  // pptxgenjs writes `company` into docProps/app.xml without escaping it
  pptx.company = xmlEscape(deck.meta.company ?? theme.footerText(deck.meta.lang));
  pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
  defineMasters(pptx, theme, deck.meta.lang);

  const hiddenFooter: number[] = [];
  for (const placed of slides) {
    const slide = pptx.addSlide({ masterName: theme.master(placed.master).name });
    if (placed.background) slide.background = { color: placed.background };
    for (const el of placed.elements) drawElement(pptx, slide, el, theme);
    if (placed.symbol) drawSymbol(slide, theme, placed.symbol);
    if (placed.notes) slide.addNotes(xmlSafe(placed.notes));
    if (!placed.footer) hiddenFooter.push(placed.index);
  }
  const raw = (await withSeededRandom(deck.name, () => pptx.write({ outputType: 'nodebuffer' }))) as Buffer;
  return postprocess(raw, { lang: deck.meta.lang, theme, hiddenFooter, date: deckDate(deck) });
}

/** A fixed date for the package (core properties, zip entries): same sources → same bytes. */
function deckDate(deck: Deck): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  const first = deck.meta.dates[0];
  return first ? new Date(`${first}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
}

/** A department symbol at the theme's fixed spot, from preset shapes (themes/<name>/symbols.yaml). */
function drawSymbol(slide: P.default.Slide, theme: Theme, name: string): void {
  const at = theme.data.symbol;
  for (const part of theme.symbols[name] ?? []) {
    slide.addShape(part.shape as P.default.ShapeType, {
      x: at.x + part.x * at.w,
      y: at.y + part.y * at.h,
      w: part.w * at.w,
      h: part.h * at.h,
      fill: { color: theme.color(part.fill) },
      line: { type: 'none' },
      objectName: `Symbol ${name}`,
    } as P.default.ShapeProps);
  }
}
