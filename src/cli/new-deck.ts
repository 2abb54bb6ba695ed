import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './args.js';

export interface NewDeckOptions {
  slug: string;
  network?: string;
  date?: string;
  decksDir: string;
}

/**
 * `samling new <slug>`: a deck to start from — the welcome slide from the
 * front-matter, the network map, a programme to fill in, and the library's
 * evaluation slide. Never overwrites a deck.
 */
export function newDeck(o: NewDeckOptions): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(o.slug)) throw new UsageError(`the deck name \`${o.slug}\` should be lower-case letters, digits and dashes, like 2014-04-omdomme-samling-3`);
  if (o.date && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError('--date needs a date as YYYY-MM-DD');
  const file = join(o.decksDir, `${o.slug}.md`);
  if (existsSync(file)) throw new UsageError(`${file} exists already; samling new never overwrites a deck`);
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const lines = [
    '---',
    `title: ${o.slug.replace(/-/g, ' ')}`,
    'lang: nb',
    ...(o.network ? [`network: ${o.network}`] : []),
    'gathering: 1',
    `dates: [${date}]`,
    'venue: Sted',
    '---',
    '',
    '<!-- layout: title -->',
    '',
    '---',
    '',
    ...(o.network ? ['{{> nettverkskart pulje=network.pulje theme=network.theme}}', '', '---', ''] : []),
    '<!-- layout: programme -->',
    '',
    '# Program {{daterange dates}}',
    '',
    '- 1000 Velkommen',
    '  - Bakgrunn, mål og opplegg',
    '- 1200 Lunsj',
    '- 1300 Gruppearbeid',
    '- 1500 Oppsummering',
    '',
    '---',
    '',
    '{{> helt-til-slutt}}',
    '',
  ];
  writeFileSync(file, lines.join('\n'));
  return file;
}
