import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { closest } from '../errors/suggest.js';
import { usageError } from './args.js';

export interface NewDeckOptions {
  slug: string;
  network?: string;
  /** every `--date`, and the days of `--dates a,b` */
  dates: string[];
  lang?: 'nb' | 'nn' | 'en';
  gathering?: number;
  venue?: string;
  title?: string;
  decksDir: string;
}

/** The placeholder a deck gets for what it was not told; `samling check` warns while it is left in. */
const PLACEHOLDER_VENUE: Record<'nb' | 'nn' | 'en', string> = { nb: 'Sted', nn: 'Stad', en: 'Venue' };

/**
 * `samling new <slug>`: a deck to start from — the welcome slide from the
 * front-matter, the network map, a programme to fill in, and the library's
 * evaluation slide. Never overwrites a deck; creates the decks folder when it
 * is missing; refuses a network that `_data/networks.yaml` does not have.
 */
export function newDeck(o: NewDeckOptions): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(o.slug)) throw usageError('usage-slug', { slug: o.slug });
  for (const d of o.dates) checkDate(d);
  if (o.gathering !== undefined && !(Number.isInteger(o.gathering) && o.gathering > 0)) throw usageError('usage-gathering');
  const file = join(o.decksDir, `${o.slug}.md`);
  if (existsSync(file)) throw usageError('usage-deck-exists', { file });
  if (o.network) checkNetwork(o.network, o.decksDir);
  const lang = o.lang ?? 'nb';
  const dates = o.dates.length ? [...o.dates].sort() : [new Date().toISOString().slice(0, 10)];
  const lines = [
    '---',
    `title: ${yamlText(o.title ?? o.slug.replace(/-/g, ' '))}`,
    `lang: ${lang}`,
    ...(o.network ? [`network: ${o.network}`] : []),
    `gathering: ${o.gathering ?? 1}`,
    `dates: [${dates.join(', ')}]`,
    `venue: ${yamlText(o.venue ?? PLACEHOLDER_VENUE[lang])}`,
    '---',
    '',
    '<!-- layout: title -->',
    '',
    '---',
    '',
    ...(o.network ? ['{{> nettverkskart pulje=network.pulje theme=network.theme}}', '', '---', ''] : []),
    '<!-- layout: programme -->',
    '',
    `# ${lang === 'en' ? 'Programme' : 'Program'} {{daterange dates}}`,
    '',
    ...programme(dates, lang),
    '---',
    '',
    '{{> helt-til-slutt}}',
    '',
  ];
  mkdirSync(o.decksDir, { recursive: true });
  writeFileSync(file, lines.join('\n'), { flag: 'wx' });
  return file;
}

/** One day of programme to fill in per date (at most three side by side). */
function programme(dates: string[], lang: 'nb' | 'nn' | 'en'): string[] {
  const words = {
    nb: ['Velkommen', 'Bakgrunn, mål og opplegg', 'Lunsj', 'Gruppearbeid', 'Oppsummering'],
    nn: ['Velkomen', 'Bakgrunn, mål og opplegg', 'Lunsj', 'Gruppearbeid', 'Oppsummering'],
    en: ['Welcome', 'Background, aims and plan', 'Lunch', 'Group work', 'Summing up'],
  }[lang];
  const time = (t: string) => (lang === 'en' ? t.replace('.', ':') : t);
  const day = [`- ${time('10.00')} ${words[0]}`, `  - ${words[1]}`, `- ${time('12.00')} ${words[2]}`, `- ${time('13.00')} ${words[3]}`, `- ${time('15.00')} ${words[4]}`, ''];
  if (dates.length === 1) return day;
  return dates.slice(0, 3).flatMap((d) => [`## {{date "${d}"}}`, ...day]);
}

function checkDate(d: string): void {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(d).toISOString().startsWith(d);
  if (ok) return;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(d);
  throw usageError('usage-date', { date: d, iso: m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined });
}

/** The network must be one of the project's: the map, leader and colours come from it. */
function checkNetwork(id: string, decksDir: string): void {
  const file = join(decksDir, '_data', 'networks.yaml');
  if (!existsSync(file)) throw usageError('usage-no-networks', { id, file });
  const networks = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) as Record<string, unknown> | null;
  const ids = Object.keys(networks ?? {});
  if (ids.includes(id)) return;
  const near = closest(id, ids);
  throw usageError('usage-network', { id, file, near, ids });
}

/** A YAML value on one line: quoted when `:` or `#` would change its meaning. */
const yamlText = (s: string) => (/[:#\[\]{}&*!|>'"%@`]|^\s|\s$|^-/.test(s) ? JSON.stringify(s) : s);
