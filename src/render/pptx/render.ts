import { PptxGenJS, writeParts, type P } from './pptxgen.js';
import type { PlacedSlide } from '../../layout/types.js';
import type { Deck } from '../../model/types.js';
import type { Theme } from '../../theme/theme.js';
import { appPart, slideInches } from './doc-props.js';
import { drawElement } from './elements.js';
import { defineMasters } from './masters.js';
import { shareMedia } from './media.js';
import { contentTypes, mendPackage, mendSlide, pack, type PostprocessOptions } from './postprocess.js';
import { RenderCache, slideKey } from './render-cache.js';
import { placeSlide, takeSlide, type PackageParts } from './slide-parts.js';
import { xmlEscape, xmlSafe } from './sanitize.js';
import { withSeededRandom } from './seeded-random.js';
import { layoutOf, type LayoutDef, type Template } from './template.js';
import { themeTemplate } from './theme-template.js';
import { fromPotx } from './template-from-potx.js';
import { scalePlaced } from './scale-placed.js';

/**
 * The `render` stage: laid-out slides → .pptx bytes. pptxgenjs records the
 * slides and writes the package, and the post-processing mends what it writes
 * wrong. Each slide's finished parts are then put in place by position.
 *
 * With a `cache` (watch mode) a save costs what it changed: a slide that draws
 * what it drew last time reuses its parts, and when the package around the
 * slides (masters, layouts, properties, the list of N slides) is the same as
 * last time, pptxgenjs writes only the slides that changed.
 * The only module that imports pptxgenjs (with `elements.ts` and `masters.ts`).
 */
export async function renderPptx(deck: Deck, laidOut: PlacedSlide[], theme: Theme, cache = new RenderCache()): Promise<Buffer> {
  // one path for every theme: slides are written into a template package, the organisation's or the theme's own
  const source = theme.template ?? themeTemplate(theme, deck.meta.lang);
  // an organisation's template of another size than samling's page gets the slides scaled to it
  const scale = templateScale(theme);
  const slides = laidOut.map((s) => scalePlaced(s, scale));
  const template = fromPotx(source, theme, deck.meta.lang, !!theme.template);
  const opts: PostprocessOptions = { lang: deck.meta.lang, theme, template, date: deckDate(deck) };
  cache.begin(theme, `${opts.lang}|${opts.date.toISOString()}`);
  const props = packageProps(deck, theme);
  const keys = slides.map(slideKey);
  const kept = keys.map((k) => cache.slide(k));
  const changed = slides.flatMap((placed, i) => (kept[i] ? [] : [{ placed, i }]));
  const packageKey = JSON.stringify([props, slides.length]);
  const around = cache.package(packageKey);

  const finished = [...kept];
  let parts: PackageParts;
  if (around) {
    // only the changed slides, as slides 1…M of a package that is thrown away
    const written = changed.length ? await writeWithPptxgenjs(deck, theme, template, props, changed.map((c) => ({ placed: c.placed, draw: true }))) : new Map();
    changed.forEach((c, j) => (finished[c.i] = mendSlide(takeSlide(written, j + 1), opts, c.placed)));
    parts = new Map(around);
  } else {
    // the whole deck, the kept slides as empty ones: pptxgenjs writes the package around them
    parts = await writeWithPptxgenjs(deck, theme, template, props, slides.map((placed, i) => ({ placed, draw: !kept[i] })));
    slides.forEach((placed, i) => {
      const drawn = takeSlide(parts, i + 1);
      finished[i] ??= mendSlide(drawn, opts, placed);
    });
    mendPackage(parts, opts, cache);
    cache.keepPackage(packageKey, new Map(parts));
  }
  let chart = 1;
  finished.forEach((sp, i) => {
    cache.keep(keys[i]!, sp!);
    placeSlide(parts, sp!, i + 1, chart);
    chart += sp!.charts.length;
  });
  shareMedia(parts);
  parts.set('docProps/app.xml', appPart(parts, { lang: opts.lang, company: props.company, notes: finished.map((sp) => !!sp!.notes) }));
  contentTypes(parts);
  cache.end(changed.length);
  return pack(parts);
}

/** An organisation's template of another width than samling's page: the factor its slides are scaled by. */
const templateScale = (theme: Theme) => (theme.template ? theme.template.model.size.cx / 914400 / theme.width : 1);

/** The package's properties, as pptxgenjs takes them. */
function packageProps(deck: Deck, theme: Theme) {
  return {
    title: xmlSafe(deck.meta.title),
    subject: xmlSafe(deck.network ? `${deck.network.name} – ${deck.meta.title}` : deck.meta.title),
    author: xmlSafe(deck.meta.author ?? deck.meta.leader ?? deck.network?.leader ?? 'samling'),
    // pptxgenjs writes `company` into docProps/app.xml without escaping it
    company: xmlEscape(deck.meta.company ?? theme.footerText(deck.meta.lang)),
  };
}

/** pptxgenjs records the slides (`draw: false`: an empty slide) and writes the package; its parts by name. */
async function writeWithPptxgenjs(deck: Deck, theme: Theme, template: Template, props: ReturnType<typeof packageProps>, slides: { placed: PlacedSlide; draw: boolean }[]): Promise<PackageParts> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: theme.name, width: slideInches(theme.width), height: slideInches(theme.height) });
  pptx.layout = theme.name;
  Object.assign(pptx, props);
  pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
  defineMasters(pptx, template);
  for (const { placed, draw } of slides) {
    const { def } = layoutOf(template, placed.master);
    const slide = pptx.addSlide({ masterName: def.name });
    if (!draw) continue;
    if (placed.background) slide.background = { color: placed.background };
    for (const el of placed.elements) drawElement(pptx, slide, ownPlaceholder(el, def), theme);
    if (placed.symbol) drawSymbol(slide, theme, placed.symbol, templateScale(theme));
    if (placed.notes) slide.addNotes(xmlSafe(placed.notes));
  }
  return await withSeededRandom(deck.name, () => writeParts(pptx));
}

/** A fixed date for the package (core properties, zip entries): same sources → same bytes. */
function deckDate(deck: Deck): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  const first = deck.meta.dates[0];
  return first ? new Date(`${first}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
}

/** A department symbol at the theme's fixed spot, from preset shapes (themes/<name>/symbols.yaml). */
function drawSymbol(slide: P.default.Slide, theme: Theme, name: string, k: number): void {
  const s = theme.data.symbol;
  const at = { x: s.x * k, y: s.y * k, w: s.w * k, h: s.h * k };
  for (const part of (Object.hasOwn(theme.symbols, name) ? theme.symbols[name] : undefined) ?? []) {
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

/**
 * A text the layout set in a placeholder its slide's layout does not have (a
 * template serving the role on a fallback layout: two columns on "Title and
 * Content") is drawn as a text box of its own, fully formatted.
 */
function ownPlaceholder(el: PlacedSlide['elements'][number], def: LayoutDef): PlacedSlide['elements'][number] {
  if (el.kind !== 'text' || !el.placeholder || def.placeholders.some((p) => p.role === el.placeholder)) return el;
  return { ...el, placeholder: undefined };
}
