/**
 * What a network-map slide says, read from its Markdown: the networks (`## Theme — Leader [— Region]`,
 * a focus paragraph, the municipalities) and the pulje badge. The drawing is in network-map.ts.
 */
import { closest } from '../errors/suggest.js';
import { words } from '../i18n/words.js';
import { plainText } from '../layout/text-fit.js';
import type { LayoutContext } from '../layout/types.js';
import type { Block, Lang, Run, SourceLoc } from '../model/types.js';

/** What an author may write for each network theme (any of the three languages), by theme id. */
const THEME_WORDS: Record<string, string[]> = {
  omdomme: ['Omdømme', 'Omdøme', 'Reputation'],
  sykefravaer: ['Sykefravær', 'Sjukefråvær', 'Sickness absence'],
  'heltid-deltid': ['Heltid/deltid', 'Heiltid/deltid', 'Full-time/part-time'],
  kompetanse: ['Kompetanse', 'Competence', 'Kompetanse og rekruttering', 'Competence and recruitment'],
};
/** Case, accents, spaces and punctuation do not matter: "heltid-deltid" = "Heltid / deltid". */
const fold = (s: string) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').normalize('NFD').replace(/[^a-z]/g, '');
const THEME_BY_WORD = new Map(Object.entries(THEME_WORDS).flatMap(([id, ws]) => [id, ...ws].map((w) => [fold(w), id] as const)));

export interface Network {
  theme: string;
  heading: string;
  leader?: string;
  region?: string;
  focus?: Run[];
  municipalities: string[];
  loc: SourceLoc;
}

/** "2" → "Pulje 2" / "Round 2"; any other text as written. */
export function puljeLabel(text: string, lang: Lang): string {
  return /^\d+$/.test(text.trim()) ? `${words[lang].pulje} ${text.trim()}` : text.trim();
}

export function readNetworks(blocks: Block[], ctx: LayoutContext): { badge?: { text: string; loc: SourceLoc }; networks: Network[] } {
  const lang = ctx.deck.meta.lang;
  let badge: { text: string; loc: SourceLoc } | undefined;
  const networks: Network[] = [];
  let current: { network?: Network; paragraphs: Extract<Block, { kind: 'paragraph' }>[]; lists: Extract<Block, { kind: 'list' }>[] } | undefined;
  const finish = () => {
    if (!current?.network) return;
    const n = current.network;
    const list = current.lists[0];
    // a paragraph above the list is the focus; without a list the (last) paragraph is the names
    const names = list ? undefined : current.paragraphs.pop();
    if (current.paragraphs[0]) n.focus = current.paragraphs[0].runs;
    if (list) n.municipalities = list.items.map((i) => plainText(i.runs).trim()).filter(Boolean);
    else if (names) n.municipalities = splitNames(plainText(names.runs));
    for (const extra of [...current.lists.slice(1), ...current.paragraphs.slice(1)]) ignored(extra, { kind: 'one-list', network: n.heading }, ctx);
    if (!n.municipalities.length) {
      ctx.problems.error({ code: 'network-map-no-municipalities', params: { network: n.heading }, loc: n.loc });
    } else networks.push(n);
  };
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level === 2) {
      finish();
      current = { network: readHeading(plainText(b.runs), b.loc, lang, ctx), paragraphs: [], lists: [] };
    } else if (!current && b.kind === 'paragraph' && !badge) badge = { text: puljeLabel(plainText(b.runs), lang), loc: b.loc };
    else if (current && b.kind === 'paragraph') current.paragraphs.push(b);
    else if (current && b.kind === 'list') current.lists.push(b);
    else ignored(b, current ? { kind: 'in-network' } : { kind: 'before-first' }, ctx);
  }
  finish();
  return { badge, networks };
}

function ignored(b: Block, why: { kind: 'one-list'; network: string } | { kind: 'in-network' } | { kind: 'before-first' }, ctx: LayoutContext): void {
  ctx.problems.warn({ code: 'network-map-ignored', params: { block: b.kind, why }, loc: b.loc });
}

/**
 * The theme word, and what follows it in the same phrase: the programme's own
 * slides name networks by theme and region together («Sykefravær nord og
 * vest», «Heltid–deltid øst»), so the longest run of first words that is a
 * theme is the theme and the rest is the region.
 */
function themeOf(phrase: string): { theme?: string; region?: string } {
  const words = phrase.split(/\s+/).filter(Boolean);
  for (let n = words.length; n >= 1; n--) {
    const theme = THEME_BY_WORD.get(fold(words.slice(0, n).join(' ')));
    if (theme) return { theme, region: words.slice(n).join(' ') || undefined };
  }
  return {};
}

/** "Sykefravær — Dorrit Svenning — Sør" → theme, leader, region. An unknown theme is reported (and its network left out). */
function readHeading(text: string, loc: SourceLoc, lang: Lang, ctx: LayoutContext): Network | undefined {
  // an em dash always separates; an en dash or hyphen only with spaces round it (Heltid-deltid, Nord-Aurdal)
  const [word = '', leader, ...rest] = text.split(/\s+[–-]\s+|\s*—\s*/).map((s) => s.trim());
  const { theme, region } = themeOf(word);
  if (region) rest.unshift(region);
  if (!theme) {
    const valid = [...new Set([...Object.values(words[lang].themes), ...Object.values(words.nb.themes)])];
    ctx.problems.error({ code: 'network-theme', params: { word, valid, near: closest(word, valid) }, loc });
    return undefined;
  }
  return { theme, heading: text, leader: leader || undefined, region: rest.join(' – ') || undefined, municipalities: [], loc };
}

/** "Stavanger, Sola, Vesterålen regionråd (Andøy, Hadsel)." → names; a comma inside brackets stays. */
const splitNames = (text: string) => text.split(/,(?![^(]*\))/).map((n) => n.trim().replace(/\.$/, '')).filter(Boolean);
