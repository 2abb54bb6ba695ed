import { ValueError } from '../errors/value-error.js';
import { formatDate, formatDateRange, formatOrdinal, formatTime } from '../i18n/format.js';
import type { Lang } from '../model/types.js';

/** Handlebars helpers, formatted for the deck's language. A wrong argument throws a RangeError the template stage reports at its line. */
export function helpers(lang: Lang): Record<string, (...args: unknown[]) => unknown> {
  const all = plainHelpers(lang);
  // errors name their helper, so the template stage can find the call's line
  for (const [name, fn] of Object.entries(all)) {
    all[name] = (...args: unknown[]) => {
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof RangeError && !e.message.startsWith('{{')) e.message = `{{${name}}} ${e.message}`;
        throw e;
      }
    };
  }
  return all;
}

/**
 * A Norwegian date at the start of a line ("2. oktober 2013") would read as an
 * ordered list item in Markdown: escape the period; Markdown removes the
 * backslash wherever the text lands.
 */
const guardListNumber = (s: string) => s.replace(/^(\d+)\./, '$1\\.');

function plainHelpers(lang: Lang): Record<string, (...args: unknown[]) => unknown> {
  const text = (v: unknown, helper: string): string => {
    if (typeof v === 'string') return v;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    const got = v === undefined ? undefined : JSON.stringify(v);
    throw new ValueError(`{{${helper}}} needs a date as YYYY-MM-DD, got ${got ?? 'nothing'}`, { kind: 'needs-date', got });
  };
  return {
    date: (d: unknown) => guardListNumber(formatDate(text(d, 'date'), lang)),
    daterange: (ds: unknown, ...rest: unknown[]) => {
      // {{daterange dates}} or {{daterange "2013-10-01" "2013-10-02"}}
      const list = Array.isArray(ds) ? ds : [ds, ...rest.slice(0, -1)];
      return guardListNumber(formatDateRange(list.map((d) => text(d, 'daterange')), lang));
    },
    ordinal: (n: unknown) => {
      const v = Number(n);
      if (!Number.isInteger(v) || v < 1) throw new ValueError(`{{ordinal}} needs a whole number from 1, got ${JSON.stringify(n)}`, { kind: 'needs-whole-number', got: String(JSON.stringify(n)) });
      return formatOrdinal(v, lang);
    },
    time: (t: unknown) => formatTime(String(t), lang),
    upper: (s: unknown) => String(s ?? '').toLocaleUpperCase(lang === 'en' ? 'en' : 'nb'),
    // `{{#if (eq a b)}}`
    eq: (a: unknown, b: unknown) => a === b,
    // `{{#each (networksFor data.networks pulje=pulje theme=theme)}}` (the nettverkskart partial before it wrote a
    // slide per pulje; projects keep their copy): the networks of a pulje and/or a theme, each with its `id`
    networksFor: (all: unknown, options: unknown) => selectNetworks(all, options),
    // `{{#each (networkMaps data.networks pulje=@params.pulje theme=@params.theme)}}` (decks/_library/nettverkskart.md):
    // the same networks as `{ pulje, networks }`, one per pulje in pulje order: a network-map slide each
    networkMaps: (all: unknown, options: unknown) => {
      const byPulje = new Map<string, { pulje?: unknown; networks: Record<string, unknown>[] }>();
      for (const n of selectNetworks(all, options)) {
        const key = String(n.pulje ?? '');
        if (!byPulje.has(key)) byPulje.set(key, { pulje: n.pulje, networks: [] });
        byPulje.get(key)!.networks.push(n);
      }
      return [...byPulje.values()];
    },
  };
}

/**
 * The networks of `networks.yaml` of a pulje and/or a theme (an absent one is no filter), by pulje then
 * theme, each with its `id`. A deck's own `theme: krd` (its look) reaches a partial as `theme` too: that
 * value is not a network theme.
 */
function selectNetworks(all: unknown, options: unknown): Record<string, unknown>[] {
  const { hash = {}, data } = (options ?? {}) as { hash?: Record<string, unknown>; data?: { root?: Record<string, unknown> } };
  const entries = Object.entries((all ?? {}) as Record<string, Record<string, unknown>>).map(([id, e]): Record<string, unknown> => ({ ...e, id }));
  const themes = [...new Set(entries.map((e) => String(e.theme)))];
  const look = hash.theme === data?.root?.theme && !themes.includes(String(hash.theme));
  const theme = hash.theme === undefined || look ? undefined : String(hash.theme);
  const pulje = hash.pulje === undefined ? undefined : String(hash.pulje);
  if (!entries.length) throw new ValueError('found no networks: decks/_data/networks.yaml is missing or empty', { kind: 'no-networks' });
  if (theme !== undefined && !themes.includes(theme)) throw new ValueError(`"${theme}" is not a network theme; networks.yaml has ${themes.join(', ')}`, { kind: 'not-a-theme', theme, themes });
  const found = entries.filter((e) => (pulje === undefined || String(e.pulje) === pulje) && (theme === undefined || e.theme === theme));
  // as join() writes them: a network without a pulje is an empty place in the list
  const puljer = [...new Set(entries.map((e) => e.pulje))].map((p) => (p === undefined || p === null ? '' : String(p)));
  if (!found.length) throw new ValueError(`no network has pulje "${pulje}"${theme ? ` and theme ${theme}` : ''}; networks.yaml has pulje ${puljer.join(', ')}`, { kind: 'no-pulje', pulje: String(pulje), theme, puljer });
  return found.sort((a, b) => Number(a.pulje ?? 0) - Number(b.pulje ?? 0) || themes.indexOf(String(a.theme)) - themes.indexOf(String(b.theme)));
}
