/**
 * speaker — who is speaking: photo (or initials), name, role and a few points about them.
 *
 *   <!-- layout: speaker -->
 *   # Arbeidsgiverpolitikk for framtiden – hva bør vi forvente av lederne?   ← the talk (optional)
 *   ## Anne-Cathrine Hjertaas                   ← the speaker's name
 *   Direktør i KS, Arbeidsgiverpolitisk avdeling    ← the first paragraph: role and organisation
 *   - Født på Sortland og bor i Drammen         ← a list: the bio
 *   - Jobbet i KS siden 1998
 *   ![Anne-Cathrine Hjertaas](assets/hjertaas.png)  ← optional photo; without it, a circle with initials
 *
 * Several `##` headings put up to three speakers side by side (one talk, two
 * presenters), all set at the same sizes.
 */
import { z } from 'zod';
import { containBox, pictureOf, resolveImage, type ResolvedImage } from '../layout/images.js';
import { INSET, blocksToParas, fitParagraphs, plainText } from '../layout/text-fit.js';
import { defineLayout, type Box, type Element, type LayoutContext, type TextPara } from '../layout/types.js';
import type { Block, Run, SourceLoc } from '../model/types.js';
import { columns, contentArea, fittedText, textHeight, titled } from './kit.js';

const MAX_SPEAKERS = 3;
const MAX_CIRCLE = 2.6;
/** A portrait photo may stand this much taller than the initials circle would. */
const PHOTO_TALL = 1.3;
const COLUMN_GAP = 0.45;
const SPEAKER_GAP = 0.5;
/** The short accent bar between the role and the bio. */
const BAR = { w: 0.7, h: 0.06, gap: 0.18 };
/** Renderers set lines a few per cent taller than the sum of line heights. */
const SLACK = 1.04;
/** share of its box a name is measured in: see `nameW` */
const NAME_WIDTH = 0.995;

/** Words in front of a name that are titles, not names: left out of the initials. */
const TITLES = new Set(['forsker', 'seniorforsker', 'rådgiver', 'seniorrådgiver', 'spesialrådgiver', 'direktør', 'avdelingsdirektør', 'professor', 'prof', 'dr', 'ordfører', 'varaordfører', 'rådmann', 'rådkvinne', 'kommunedirektør', 'sekretariatssjef', 'researcher', 'director', 'adviser', 'advisor', 'senior', 'mayor', 'mr', 'mrs', 'ms']);

interface Speaker {
  name: Run[];
  role: TextPara[];
  bio: TextPara[];
  photo?: { block: Extract<Block, { kind: 'image' }>; image?: ResolvedImage };
  loc: SourceLoc;
  bioLoc: SourceLoc;
}

interface Sizes {
  name: number;
  role: number;
  bio: number;
}

export const speaker = defineLayout({
  name: 'speaker',
  summary: 'A speaker: `##` name, role paragraph, bio list; an image `![Name](assets/photo.png)` is the photo, else initials',
  syntax: '<!-- layout: speaker -->\n# Arbeidsgiverpolitikk for framtiden\n## Anne-Cathrine Hjertaas\nDirektør i KS Arbeidsgiverpolitisk avdeling\n- Jobbet i KS siden 1998\n- Prosessveileder',
  master: 'blank',
  // the `#` is the talk, which a speaker slide may leave out
  titleOptional: true,
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { rest, elements } = titled(slide, ctx);
    const speakers = readSpeakers(rest, slide.loc, ctx);
    if (!speakers.length) return { elements };
    const area = contentArea(ctx);
    const boxes = columns(area, speakers.length, SPEAKER_GAP);
    // first each on its own, then all at the sizes the fullest one needs
    const own = speakers.map((sp, i) => place(sp, boxes[i]!, undefined, ctx, false));
    const common: Sizes = { name: Math.min(...own.map((o) => o.sizes.name)), role: Math.min(...own.map((o) => o.sizes.role)), bio: Math.min(...own.map((o) => o.sizes.bio)) };
    const placed = speakers.map((sp, i) => place(sp, boxes[i]!, common, ctx, true));
    // a short bio leaves the area half empty: centre the speakers in it
    const height = Math.max(...placed.map((p) => p.height));
    const dy = Math.max(0, (area.h - height) / 2);
    for (const p of placed) elements.push(...p.elements.map((e) => ({ ...e, box: { ...e.box, y: e.box.y + dy } }) as Element));
    return { elements };
  },
});

/** Each `##` starts a speaker; the first paragraph after it is the role, the rest the bio. */
function readSpeakers(blocks: Block[], slideLoc: SourceLoc, ctx: LayoutContext): Speaker[] {
  const groups: { head: Extract<Block, { kind: 'heading' }>; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level === 2) groups.push({ head: b, blocks: [] });
    else if (groups.length) groups[groups.length - 1]!.blocks.push(b);
    else ctx.problems.warn({ code: 'speaker-ignored', params: { block: b.kind, beforeName: true }, loc: b.loc });
  }
  if (!groups.length) {
    ctx.problems.error({ code: 'speaker-name', loc: slideLoc });
    return [];
  }
  if (groups.length > MAX_SPEAKERS) {
    ctx.problems.error({ code: 'speaker-count', params: { speakers: groups.length, max: MAX_SPEAKERS }, loc: groups[MAX_SPEAKERS]!.head.loc });
    return [];
  }
  return groups.map(({ head, blocks: own }) => {
    const images = own.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
    if (images[1]) ctx.problems.warn({ code: 'speaker-photos', loc: images[1].loc });
    for (const b of own.filter((b) => b.kind === 'table' || b.kind === 'heading' || b.kind === 'code')) {
      ctx.problems.warn({ code: 'speaker-ignored', params: { block: b.kind, beforeName: false }, loc: b.loc });
    }
    const text = own.filter((b) => b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'quote');
    const first = text[0]?.kind === 'paragraph' ? text[0] : undefined;
    const bioBlocks = text.filter((b) => b !== first);
    return {
      name: head.runs,
      role: first ? [{ runs: first.runs }] : [],
      bio: blocksToParas(bioBlocks),
      // resolved once here: the layout runs twice (alone, then at common sizes)
      photo: images[0] && { block: images[0], image: resolveImage(images[0], ctx) },
      loc: head.loc,
      bioLoc: bioBlocks[0]?.loc ?? head.loc,
    };
  });
}

/** One speaker in `box`: picture left, name, role, accent bar and bio right. */
function place(sp: Speaker, box: Box, caps: Sizes | undefined, ctx: LayoutContext, report: boolean): { elements: Element[]; sizes: Sizes; height: number } {
  const { theme } = ctx;
  const d = Math.min(MAX_CIRCLE, box.h * 0.6, box.w * 0.3);
  const tx = box.x + d + COLUMN_GAP;
  const tw = box.x + box.w - tx;
  const out: Element[] = [];
  let pictureH = d;
  const img = sp.photo?.image;
  if (img) {
    const photo = containBox(img, { x: box.x, y: box.y, w: d, h: Math.min(box.h, d * PHOTO_TALL) });
    pictureH = photo.h;
    out.push({ kind: 'image', box: { ...photo, y: box.y }, ...pictureOf(img), alt: sp.photo!.block.alt || plainText(sp.name) });
  } else if (!sp.photo) out.push(initialsCircle(sp.name, { x: box.x, y: box.y, w: d, h: d }, ctx));
  const pictures = out.length;

  const nameParas: TextPara[] = [{ runs: sp.name, bold: true }];
  // the name's lines are counted half a percent narrower than its box: set this large, a name that fills
  // its line to a fraction of a point is broken by LibreOffice (whose advances add up a hair longer)
  const nameW = tw * NAME_WIDTH;
  const nameSize = largest({ max: caps?.name ?? theme.sizes.title.max, min: theme.sizes.title.min }, (s) => fitParagraphs(ctx.measure, nameParas, { x: 0, y: 0, w: nameW, h: 100 }, { max: s, min: s }, 0, 2).fits) ?? theme.sizes.title.min;
  const nameH = textHeight(nameParas, nameW, nameSize, ctx) * SLACK;
  out.push({ kind: 'text', box: { x: tx, y: box.y, w: tw, h: nameH }, paragraphs: [{ ...nameParas[0]!, size: nameSize }], style: { size: nameSize, color: theme.color('heading'), font: 'heading', bold: true, valign: 'top' }, name: 'Navn' });
  let y = box.y + nameH;

  const roleMax = Math.min(caps?.role ?? theme.sizes.subtitle, theme.sizes.subtitle);
  const roleSize = sp.role.length ? (largest({ max: roleMax, min: theme.sizes.body.min }, (s) => textHeight(sp.role, tw, s, ctx) <= box.h * 0.3) ?? theme.sizes.body.min) : roleMax;
  if (sp.role.length) {
    const roleH = textHeight(sp.role, tw, roleSize, ctx) * SLACK;
    out.push({ kind: 'text', box: { x: tx, y, w: tw, h: roleH }, paragraphs: sp.role.map((p) => ({ ...p, size: roleSize })), style: { size: roleSize, color: theme.color('muted'), font: 'body', valign: 'top' }, name: 'Rolle' });
    y += roleH;
  }

  let bioSize = Math.min(caps?.bio ?? roleSize, roleSize);
  if (sp.bio.length) {
    out.push({ kind: 'shape', box: { x: tx + 0.08, y: y + BAR.gap, w: BAR.w, h: BAR.h }, shape: 'rect', fill: theme.color('accent'), name: 'Strek' });
    y += 2 * BAR.gap + BAR.h;
    const room: Box = { x: tx, y, w: tw, h: box.y + box.h - y };
    const { element, fit } = fittedText(sp.bio, room, ctx, { range: { max: bioSize, min: theme.sizes.body.min }, color: theme.color('text'), what: { kind: 'bio', name: plainText(sp.name) }, loc: report ? sp.bioLoc : undefined, name: 'Om' });
    bioSize = fit.size;
    const used = Math.min(room.h, fit.height / 0.96 + 2 * INSET + 0.02);
    out.push({ ...element, box: { ...room, h: used } });
    y += used;
  }
  // a short text stands beside the middle of the picture, not at its top
  const textH = y - box.y;
  const lift = Math.max(0, (pictureH - textH) / 2);
  const elements = out.map((e, i) => (i < pictures || !lift ? e : ({ ...e, box: { ...e.box, y: e.box.y + lift } } as Element)));
  return { elements, sizes: { name: nameSize, role: roleSize, bio: bioSize }, height: Math.max(textH, pictureH) };
}

function largest(range: { max: number; min: number }, ok: (size: number) => boolean): number | undefined {
  for (let s = range.max; s >= range.min; s -= s > 20 ? 2 : 1) if (ok(s)) return s;
  return undefined;
}

/** A neutral circle with the speaker's initials: stands in for a photo, editable like any text. */
function initialsCircle(name: Run[], box: Box, ctx: LayoutContext): Element {
  const text = initials(plainText(name));
  // as large as the circle allows: the letters fill about half of its width
  const size = Math.floor(Math.min((box.h * 72) / 2.4, (box.w * 0.55) / Math.max(0.01, ctx.measure.width(text, 1, true))));
  return { kind: 'text', box, paragraphs: [{ runs: [{ text }], align: 'center', size }], style: { size, color: ctx.theme.color('heading'), font: 'heading', bold: true, align: 'center', valign: 'middle', inset: 0 }, shape: 'ellipse', fill: ctx.theme.color('mist'), line: { color: ctx.theme.color('rule'), width: 1 }, name: 'Initialer' };
}

/** «Forsker Einar Holand» → «EH», «Asbjørn L. Stavem» → «AS»: first and last name, titles and middle initials left out. */
export function initials(name: string): string {
  const words = name.replace(/[,(].*$/, '').split(/\s+/).filter((w) => w && !w.endsWith('.') && !TITLES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
  if (!words.length) return (name.trim()[0] ?? '?').toUpperCase();
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return words.length === 1 ? first[0]!.toUpperCase() : (first[0]! + last[0]!).toUpperCase();
}
