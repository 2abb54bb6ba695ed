/**
 * title — DEPMAL "Startside"; the first slide when it has no layout.
 *
 *   <!-- layout: title -->          an empty body is built from the front-matter:
 *                                   VELKOMMEN / til annen nettverkssamling / NETTVERK OMDØMME /
 *                                   1.–2. oktober 2013 – venue / Nettverksleder … / Pulje 2
 *   # Status i programmet           or written out: `#` title, `##` subtitle, paragraphs
 *   ## Mette Mannsåker, KRD
 */
import { z } from 'zod';
import { formatDateRange, formatOrdinal } from '../../i18n/format.js';
import { words } from '../../i18n/words.js';
import type { Deck, Run } from '../../model/types.js';
import { bodyElement, splitTitle, titleElement } from '../common.js';
import { blocksToParas } from '../text-fit.js';
import { defineLayout, type Element, type TextPara } from '../types.js';

export const title = defineLayout({
  name: 'title',
  summary: 'Title slide; empty body → built from the front-matter (welcome, gathering, network, dates, venue, leader)',
  syntax: '<!-- layout: title -->\n(empty: from front-matter)  or  # Title\n## Subtitle\nParagraph',
  master: 'title',
  // an empty title slide is built from the front-matter
  titleOptional: true,
  options: z.object({}).strict(),
  layout(slide, _o, ctx) {
    const { theme, deck } = ctx;
    const { title: heading, titleLoc, rest } = splitTitle(slide);
    for (const b of rest.filter((b) => b.kind === 'image' || b.kind === 'table' || b.kind === 'code')) {
      ctx.problems.error({ code: 'title-content', params: { block: b.kind as 'image' | 'table' | 'code' }, loc: b.loc });
    }
    const built = heading || rest.length ? undefined : fromFrontMatter(deck);
    const titleRuns = heading ?? built?.title ?? [{ text: deck.meta.title }];
    const subtitleSize = theme.sizes.subtitle;
    const paras: TextPara[] = built
      ? built.lines
      : rest.flatMap((b): TextPara[] => (b.kind === 'heading' ? [{ runs: b.runs, scale: 1.2, bold: true }] : blocksToParas([b], false)));
    const elements: Element[] = [titleElement(titleRuns, 'title', ctx, titleLoc ?? slide.loc, { dark: theme.master('title').dark, range: theme.sizes.titleSlide })];
    if (paras.length) {
      const body = theme.region('title', 'body');
      const { element } = bodyElement(
        paras.map((p) => ({ ...p, gap: p.gap ?? 0.45 })),
        body,
        ctx,
        slide.loc,
        { placeholder: 'body', color: theme.color(theme.master('title').dark ? 'onDark' : 'text'), range: { max: subtitleSize + 4, min: theme.sizes.body.min } },
      );
      elements.push(element);
    }
    return { elements };
  },
});

/** The welcome slide the seeds open with, from the deck's front-matter and network. */
function fromFrontMatter(deck: Deck): { title: Run[]; lines: TextPara[] } {
  const { meta, network } = deck;
  const w = words[meta.lang];
  const lines: TextPara[] = [];
  const upper = (s: string) => s.toLocaleUpperCase(meta.lang === 'en' ? 'en' : 'nb');
  let title: Run[];
  if (meta.gathering) {
    title = [{ text: upper(w.welcome) }];
    lines.push({ runs: [{ text: w.toGathering(formatOrdinal(meta.gathering, meta.lang)) }], scale: 1.25 });
    if (network) lines.push({ runs: [{ text: upper(`${w.network} ${network.name}`), bold: true }], scale: 1.15, gap: 0.2 });
    else lines.push({ runs: [{ text: meta.title, bold: true }], scale: 1.15, gap: 0.2 });
  } else {
    title = [{ text: meta.title }];
    if (meta.subtitle) lines.push({ runs: [{ text: meta.subtitle }], scale: 1.15 });
  }
  const when = meta.dates.length ? formatDateRange(meta.dates, meta.lang) : undefined;
  const whenWhere = [when, meta.venue].filter(Boolean).join(' – ');
  if (whenWhere) lines.push({ runs: [{ text: whenWhere }], gap: 1.2 });
  const leader = meta.leader ?? network?.leader;
  if (leader) {
    const resource = network?.resource && network.resource !== leader ? ` ${w.inCooperationWith} ${network.resource} ${w.resourceGroup}` : '';
    lines.push({ runs: [{ text: `${w.networkLeader} ${leader}${resource}` }] });
  }
  if (network?.pulje) lines.push({ runs: [{ text: `${w.pulje} ${network.pulje}` }] });
  return { title, lines };
}
