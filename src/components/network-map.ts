/**
 * network-map — «Nettverkskart»: the programme's networks as group boxes, coloured by theme.
 *
 *   <!-- layout: network-map -->           `pulje: 2` here also gives the badge
 *   # Omdømmenettverkene                    ← optional: without it «Nettverkene» (by language; «– pulje 2» with a pulje)
 *   Pulje 2                                 ← optional badge: a paragraph before the first `##` ("2" → "Pulje 2")
 *   ## Omdømme — Asbjørn Stavem             ← one network: Theme — Leader [— Region]; `–` or ` - ` also separate
 *   - Åfjord
 *   - Innherred samkommune
 *   ## Omdømme — Marit Tovsen
 *   *Rekruttering, frivillig sektor, folkehelse*   ← a paragraph above the list: the network's focus
 *   - Sørreisa
 *   ## Sykefravær — Dorrit Svenning — Sør
 *   Stavanger, Sola, Songdalen, Mandal      ← or one paragraph of names, separated by commas
 *
 * Theme words (any language, case and accents loosely): Omdømme, Sykefravær,
 * Heltid/deltid, Kompetanse; Omdøme, Sjukefråvær, Heiltid/deltid; Reputation,
 * Sickness absence, Full-time/part-time, Competence. 1–8 networks a slide: the
 * grid follows their number, every box is set at one size. More, or more than
 * fit, continue on the next slides split between themes (network-map-pages.ts),
 * unless `continue: false`.
 */
import { z } from 'zod';
import { words } from '../i18n/words.js';
import { splitTitle, titleElement } from '../layout/common.js';
import { continuedTitle } from '../layout/continuation.js';
import { INSET, applySpacing } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type Page, type TextPara } from '../layout/types.js';
import type { Lang, Run } from '../model/types.js';
import { contentArea, para, textHeight } from './kit.js';
import { splitByTheme } from './network-map-pages.js';
import { puljeLabel, readNetworks, type Network } from './network-map-read.js';

/** The title when the slide has no `#` heading: by language, and by theme when all networks share one. */
const TITLES: Record<Lang, Record<string, string>> = {
  nb: { all: 'Nettverkene', omdomme: 'Omdømmenettverkene', sykefravaer: 'Sykefraværsnettverkene', 'heltid-deltid': 'Heltid/deltid-nettverkene', kompetanse: 'Kompetansenettverkene' },
  nn: { all: 'Nettverka', omdomme: 'Omdømenettverka', sykefravaer: 'Sjukefråværsnettverka', 'heltid-deltid': 'Heiltid/deltid-nettverka', kompetanse: 'Kompetansenettverka' },
  en: { all: 'The networks', omdomme: 'The reputation networks', sykefravaer: 'The sickness absence networks', 'heltid-deltid': 'The full-time/part-time networks', kompetanse: 'The competence networks' },
};

const MAX_NETWORKS = 8;
/** Grids to try, by number of networks; with two candidates the one giving the larger text wins (ties: the first). */
const GRIDS: [cols: number, rows: number][][] = [[], [[1, 1]], [[2, 1]], [[3, 1]], [[4, 1], [2, 2]], [[3, 2]], [[3, 2]], [[4, 2]], [[4, 2]]];
const GAP = 0.2; // between boxes, inches
const MAX_BOX_W = 4.6; // wider boxes read as empty bands
const PAD = 0.04; // between a box's edge and its text boxes
const COL_GAP = 0.04; // between the two columns of names in a box
const NAME_GAP = 0.2; // space between names, × size: a wrapped name stays visibly one name
const HEADER_GAP = 0.12;
const SLACK = 1.04; // renderers set lines a few per cent taller than the sum of line heights
const BADGE_H = 0.36;
/** Municipality names are never set smaller (points): the 8 × 9 map fits at this size. */
const FLOOR = 12;

export const networkMap = defineLayout({
  name: 'network-map',
  summary: 'Nettverkskart: each `## Theme — Leader` is a network box coloured by theme, its list the municipalities',
  syntax: '<!-- layout: network-map -->\n# Omdømmenettverkene\nPulje 2\n## Omdømme — Asbjørn Stavem\n- Åfjord\n- Rissa\n## Sykefravær — Dorrit Svenning — Sør\n- Stavanger\n- Sola',
  master: 'blank',
  // titled by its theme: «Omdømmenettverkene»
  titleOptional: true,
  options: z
    .object({
      pulje: z
        .union([z.number().int().positive(), z.string().min(1)])
        .optional()
        .meta({ description: 'the pulje: «– pulje 2» after the title samling makes, or a badge beside a written `#` title; a number (2 → «Pulje 2») or text as written', examples: [2] }),
    })
    .strict(),
  layout(slide, o, ctx) {
    const lang = ctx.deck.meta.lang;
    const { title, titleLoc, rest } = splitTitle(slide);
    const { badge, networks } = readNetworks(rest, ctx);
    if (o.pulje !== undefined && badge) {
      ctx.problems.warn({ code: 'network-map-pulje', loc: badge.loc });
    }
    const label = o.pulje !== undefined ? puljeLabel(String(o.pulje), lang) : badge?.text;
    const area = contentArea(ctx);
    const oneSlide = slide.directives.continue === false;
    // a map whose networks were all reported (no municipalities, an unknown theme) has had its say
    if (!networks.length && rest.some((b) => b.kind === 'heading' && b.level === 2)) return { elements: [titleElement(title ?? [{ text: defaultTitle([], label, lang) }], 'blank', ctx, titleLoc ?? slide.loc)] };
    const pages = networks.length && !oneSlide ? splitByTheme(networks, (some) => bestPlan(some, area, ctx) !== undefined) : [networks];
    const titles: string[] = [];
    return pages.map((page, i): Page => {
      // a written title is the author's: the slides after the first are «… (forts.)»; a title samling makes names the pulje
      let runs: Run[] = title ? (i === 0 ? title : continuedTitle(title, ctx)) : [{ text: defaultTitle(page, label, lang) }];
      if (!title && titles.includes(runs[0]!.text)) runs = continuedTitle(runs, ctx);
      titles.push(runs.map((r) => r.text).join(''));
      const elements: Element[] = [titleElement(runs, 'blank', ctx, titleLoc ?? slide.loc)];
      if (label && title) elements.push(badgeElement(label, area, ctx));
      elements.push(...networkElements(page, area, ctx, slide.loc));
      return { elements };
    });
  },
});

/** «Nettverkene – pulje 1», «Omdømmenettverkene»: by language, by theme when all networks share one, the pulje when given. */
function defaultTitle(networks: Network[], label: string | undefined, lang: Lang): string {
  const themes = new Set(networks.map((n) => n.theme));
  const name = TITLES[lang][themes.size === 1 ? [...themes][0]! : 'all'] ?? TITLES[lang].all!;
  if (!label) return name;
  // «Pulje 2» reads «pulje 2» after a dash; a badge of the author's own words stays as written
  const pulje = words[lang].pulje;
  return `${name} – ${label.startsWith(pulje) ? pulje.toLowerCase() + label.slice(pulje.length) : label}`;
}

/** The grid (of the candidates for this number of networks) that sets the largest text; undefined when none fits. */
function bestPlan(networks: Network[], area: Box, ctx: LayoutContext): Plan | undefined {
  if (networks.length > MAX_NETWORKS) return undefined;
  // whole names first; only when no grid holds them whole, names broken mid-word as renderers break them
  const plansWith = (whole: boolean) => GRIDS[networks.length]!.map(([cols, rows]) => plan(networks, area, cols, rows, ctx, whole)).filter((p): p is Plan => !!p);
  const strict = plansWith(true);
  const plans = strict.length ? strict : plansWith(false);
  return plans.reduce<Plan | undefined>((a, p) => (!a || p.size > a.size ? p : a), undefined);
}

/** One slide's boxes, or its problem: no network, more than a slide holds, names that do not fit. */
function networkElements(networks: Network[], area: Box, ctx: LayoutContext, loc: Network['loc']): Element[] {
  if (!networks.length) {
    ctx.problems.error({ code: 'network-map-empty', loc });
    return [];
  }
  if (networks.length > MAX_NETWORKS) {
    ctx.problems.error({ code: 'network-map-too-many', params: { max: MAX_NETWORKS, networks: networks.length }, loc: networks[MAX_NETWORKS]!.loc });
    networks = networks.slice(0, MAX_NETWORKS);
  }
  const best = bestPlan(networks, area, ctx);
  if (!best) {
    reportOverflow(networks, area, GRIDS[networks.length]![0]!, ctx);
    return [];
  }
  return drawNetworks(networks, best, area, ctx);
}

interface Plan {
  cols: number;
  size: number;
  boxW: number;
  headerH: number;
  /** height of the names, per row of the grid */
  rowH: number[];
  /** names in the first column, per network (all of them: one column) */
  split: number[];
}

/** The grid at one size: box width, band height, each box's name columns, the rows' least heights and the height left over. */
function measureGrid(networks: Network[], area: Box, cols: number, rows: number, size: number, ctx: LayoutContext, whole = false) {
  const boxW = Math.min((area.w - GAP * (cols - 1)) / cols, MAX_BOX_W);
  const headerH = Math.max(...networks.map((n) => textHeight(headerParas(n, size, boxW, networks, ctx), boxW, size, ctx, HEADER_GAP))) * SLACK;
  const options = networks.map((n) => nameColumns(n.municipalities, boxW - 2 * PAD, size, ctx, whole));
  const rowH = Array.from({ length: rows }, (_, r) => Math.max(0, ...options.slice(r * cols, (r + 1) * cols).map((o) => o.least)));
  const spare = area.h - rows * (headerH + 2 * PAD) - (rows - 1) * GAP - rowH.reduce((a, h) => a + h, 0);
  return { boxW, headerH, options, rowH, spare };
}

/**
 * The largest size at which every network fits a `cols` × `rows` grid, or
 * undefined. Rows take the height their fullest box needs; a box uses one
 * column of names when that is no taller than its row, else two.
 */
function plan(networks: Network[], area: Box, cols: number, rows: number, ctx: LayoutContext, whole: boolean): Plan | undefined {
  for (let size = ctx.theme.sizes.subtitle; size >= FLOOR; size--) {
    const { boxW, headerH, options, rowH, spare: left } = measureGrid(networks, area, cols, rows, size, ctx, whole);
    let spare = left;
    if (spare < 0) continue;
    // height to spare lets more boxes keep one column, which reads more easily than two
    rowH.forEach((h, r) => {
      const ones = options.slice(r * cols, (r + 1) * cols).map((o) => o.one).filter((one) => one > h && one <= h + spare);
      if (ones.length) (spare -= Math.max(...ones) - h), (rowH[r] = Math.max(...ones));
    });
    const split = options.map((o, i) => (o.one <= rowH[Math.floor(i / cols)]! ? networks[i]!.municipalities.length : o.two!.first));
    return { cols, size, boxW, headerH, rowH, split };
  }
  return undefined;
}

type NameOptions = { one: number; two?: { first: number; height: number }; least: number };

/**
 * The names' height in one column, and in two split where the taller column
 * is lowest (one long name can make a column tall).
 */
function nameColumns(names: string[], w: number, size: number, ctx: LayoutContext, wholeNames = false): NameOptions {
  // with `wholeNames`, a name wider than its column (broken mid-word, "Kongsber|g") does not fit
  const whole = (width: number) => !wholeNames || names.every((t) => ctx.measure.width(t, size) <= width - 2 * INSET);
  const h = (list: string[], width: number) => (whole(width) ? textHeight(list.map((t) => para(t)), width, size, ctx, NAME_GAP) * SLACK : Infinity);
  const one = h(names, w);
  const colW = (w - COL_GAP) / 2;
  const mid = Math.ceil(names.length / 2);
  let two: { first: number; height: number; off: number } | undefined;
  for (let first = 1; first < names.length; first++) {
    const height = Math.max(h(names.slice(0, first), colW), h(names.slice(first), colW));
    // equal heights: the split nearest the middle, the left column the fuller
    const off = Math.abs(first - mid) + (first < mid ? 0.5 : 0);
    if (!two || height < two.height - 0.001 || (Math.abs(height - two.height) <= 0.001 && off < two.off)) two = { first, height, off };
  }
  return { one, two, least: Math.min(one, two?.height ?? Infinity) };
}

/**
 * The band: THEME – REGION in bold capitals, the leader, the focus. When that
 * first line would wrap in any box, every box puts the region on a line of its
 * own (a break inside "NORD OG / VEST" reads badly).
 */
function headerParas(n: Network, size: number, boxW: number, networks: Network[], ctx: LayoutContext): TextPara[] {
  const lang = ctx.deck.meta.lang;
  const upper = (s: string) => s.toLocaleUpperCase(lang === 'en' ? 'en' : 'nb');
  const small = (s: number) => Math.max(s, FLOOR / size);
  const theme = (m: Network) => upper(words[lang].themes[m.theme] ?? m.theme);
  const joined = (m: Network) => (m.region ? `${theme(m)} – ${upper(m.region)}` : theme(m));
  const apart = networks.some((m) => ctx.measure.width(joined(m), size, true) > boxW - 2 * INSET);
  return [
    para(apart ? theme(n) : joined(n), { bold: true }),
    ...(apart && n.region ? [para(upper(n.region), { scale: small(0.9), bold: true })] : []),
    ...(n.leader ? [para(n.leader, { scale: small(0.9) })] : []),
    ...(n.focus ? [para(n.focus, { scale: small(0.8), italic: true })] : []),
  ];
}

function drawNetworks(networks: Network[], p: Plan, area: Box, ctx: LayoutContext): Element[] {
  const { theme } = ctx;
  const out: Element[] = [];
  networks.forEach((n, i) => {
    const row = Math.floor(i / p.cols);
    const boxH = p.headerH + p.rowH[row]! + 2 * PAD;
    const y = area.y + p.rowH.slice(0, row).reduce((a, h) => a + h + p.headerH + 2 * PAD + GAP, 0);
    // the last row, when shorter, is centred under the full ones
    const inRow = Math.min(p.cols, networks.length - row * p.cols);
    const x0 = area.x + (area.w - (inRow * p.boxW + (inRow - 1) * GAP)) / 2;
    const box = { x: x0 + (i % p.cols) * (p.boxW + GAP), y, w: p.boxW, h: boxH };
    const colour = theme.color(n.theme);
    out.push({ kind: 'shape', box, shape: 'rect', fill: theme.color('paper'), line: { color: colour, width: 1.5 }, name: `${n.heading} (box)` });
    out.push({
      kind: 'text',
      box: { x: box.x, y: box.y, w: box.w, h: p.headerH },
      paragraphs: applySpacing(headerParas(n, p.size, p.boxW, networks, ctx), p.size, HEADER_GAP),
      style: { size: p.size, color: theme.color('onDark'), font: 'heading', valign: 'middle' },
      fill: colour,
      shape: 'rect',
      name: n.heading,
    });
    const cols = p.split[i]! < n.municipalities.length ? [n.municipalities.slice(0, p.split[i]), n.municipalities.slice(p.split[i])] : [n.municipalities];
    const colW = cols.length === 1 ? box.w - 2 * PAD : (box.w - 2 * PAD - COL_GAP) / 2;
    cols.forEach((names, c) => {
      out.push({
        kind: 'text',
        box: { x: box.x + PAD + c * (colW + COL_GAP), y: box.y + p.headerH + PAD, w: colW, h: p.rowH[row]! },
        paragraphs: applySpacing(names.map((t) => para(t)), p.size, NAME_GAP),
        style: { size: p.size, color: theme.color('text'), font: 'body', valign: 'top' },
        name: `${n.heading} (municipalities${cols.length > 1 ? ` ${c + 1}` : ''})`,
      });
    });
  });
  return out;
}

/**
 * The pulje badge, right-aligned just above the content area: beside the title
 * (which ends left of the wordmark) and under the wordmark, so the grid keeps
 * the whole area: the 8 × 9 map needs every inch of it.
 */
function badgeElement(label: string, area: Box, ctx: LayoutContext): Element {
  const size = ctx.theme.sizes.caption;
  const w = ctx.measure.width(label, size, true) + 0.5;
  return {
    kind: 'text',
    box: { x: area.x + area.w - w, y: area.y - BADGE_H - 0.08, w, h: BADGE_H },
    paragraphs: [para(label)],
    style: { size, color: ctx.theme.color('onDark'), font: 'heading', bold: true, align: 'center', valign: 'middle' },
    fill: ctx.theme.color('navy'),
    shape: 'roundRect',
    name: 'Pulje',
  };
}

/** Nothing fits even at the floor size: name the fullest network and how many municipalities its box holds. */
function reportOverflow(networks: Network[], area: Box, [cols, rows]: [number, number], ctx: LayoutContext): void {
  const { boxW, options, rowH, spare } = measureGrid(networks, area, cols, rows, FLOOR, ctx);
  const worst = options.reduce((a, o, i) => (o.least > options[a]!.least ? i : a), 0);
  // what its row may take once the other rows have theirs
  const room = rowH[Math.floor(worst / cols)]! + spare;
  const n = networks[worst]!;
  let fits = 0;
  while (fits < n.municipalities.length && nameColumns(n.municipalities.slice(0, fits + 1), boxW - 2 * PAD, FLOOR, ctx).least <= room) fits++;
  ctx.problems.error({ code: 'network-map-overflow', params: { network: n.heading, municipalities: n.municipalities.length, networks: networks.length, fits, size: FLOOR }, loc: n.loc });
}
