import { z } from 'zod';
import type { Problems } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import { schemaError } from '../i18n/schema-errors.js';
import type { DeckMeta } from '../model/types.js';
import type { LocatedYaml } from '../util/yaml-locate.js';

const isoDate = z
  .string({ error: schemaError('date') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, schemaError('date-example'))
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), schemaError('real-date'));

/** A theme's name (a folder in themes/, never a path) or a .potx/.pptx template in the project (checked like a picture's path). Shared with samling.yaml. */
export const themeName = z
  .string({ error: schemaError('theme-name') })
  .regex(/^(?:[A-Za-z0-9][A-Za-z0-9_-]*|[^:*?"<>|]+\.(?:potx|pptx|POTX|PPTX))$/, schemaError('theme-name-format'));
/** A deck's language. Shared with samling.yaml. */
export const deckLang = z.enum(['nb', 'nn', 'en'], { error: schemaError('deck-lang') });

/** The front-matter keys samling knows. Unknown keys are allowed and become template variables. */
export const frontMatterSchema = z.object({
  title: z.string({ error: schemaError('title') }).min(1, schemaError('title-not-empty')),
  theme: themeName.default('krd'),
  lang: deckLang.default('nb'),
  network: z.string().optional(),
  gathering: z.number({ error: schemaError('gathering') }).int().positive().optional(),
  dates: z.union([isoDate, z.array(isoDate).min(1).max(7)]).optional(),
  date: isoDate.optional(),
  venue: z.string().optional(),
  leader: z.string().optional(),
  author: z.string().optional(),
  company: z.string().optional(),
  subtitle: z.string().optional(),
  symbol: z.string().optional(),
  footer: z.boolean({ error: schemaError('true-or-false') }).default(true),
});

const knownKeys = Object.keys(frontMatterSchema.shape);

/** What `samling new` writes where it was not told the real value. */
const PLACEHOLDER_VENUES = ['Sted', 'Stad', 'Venue'];

/** A deck started by `samling new` and not yet filled in: say which values are still the placeholders. */
function warnPlaceholders(fm: z.infer<typeof frontMatterSchema>, yaml: LocatedYaml, problems: Problems): void {
  if (fm.venue !== undefined && PLACEHOLDER_VENUES.includes(fm.venue.trim())) {
    problems.warn({ code: 'placeholder-left', params: { kind: 'venue', venue: fm.venue }, loc: yaml.locate(['venue']), length: 5 });
  }
  const slug = yaml.locate([]).file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
  // what `samling new 2014-06-kompetanse-samling-2` writes: the slug with spaces for its dashes
  if (slug.includes('-') && fm.title.trim() === slug.replace(/-/g, ' ')) {
    problems.warn({ code: 'placeholder-left', params: { kind: 'title', title: fm.title }, loc: yaml.locate(['title']), length: 5 });
  }
}

/** Validate front-matter; report each problem at its key's line. */
export function readFrontMatter(yaml: LocatedYaml, problems: Problems): DeckMeta | undefined {
  const value = yaml.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    problems.error({ code: 'front-matter-not-mapping', loc: yaml.locate([]) });
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (knownKeys.includes(key)) continue;
    const near = closest(key, knownKeys);
    if (near) {
      problems.warn({ code: 'front-matter-near-miss', params: { key, near }, loc: yaml.locate([key]), length: key.length });
    }
  }
  const datesReported = checkDates(record, yaml, problems);
  const parsed = frontMatterSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // reported once per date above, with a did-you-mean
      if (datesReported && (issue.path[0] === 'dates' || issue.path[0] === 'date')) continue;
      const key = issue.path.join('.');
      const got = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k as string], record);
      problems.error({
        code: 'front-matter-schema',
        params: got === undefined ? { kind: 'missing', key, issue } : { kind: 'value', key, got: JSON.stringify(got), issue },
        loc: yaml.locate(issue.path as PropertyKey[]),
        length: key.length || 1,
      });
    }
    return undefined;
  }
  if (datesReported) return undefined;
  const fm = parsed.data;
  warnPlaceholders(fm, yaml, problems);
  const dates = fm.dates === undefined ? (fm.date ? [fm.date] : []) : Array.isArray(fm.dates) ? fm.dates : [fm.dates];
  // a gathering's days in order: `[2013-10-02, 2013-10-01]` would print «2.–1. oktober»
  const back = dates.findIndex((d, i) => i > 0 && d <= dates[i - 1]!);
  if (back > 0) {
    problems.error({ code: 'front-matter-dates-order', params: { date: dates[back]!, before: dates[back - 1]!, sorted: [...new Set(dates)].sort() }, loc: yaml.locate(['dates', back]), length: 10 });
    return undefined;
  }
  return {
    title: fm.title,
    theme: fm.theme,
    lang: fm.lang,
    network: fm.network,
    gathering: fm.gathering,
    dates,
    venue: fm.venue,
    leader: fm.leader,
    author: fm.author,
    company: fm.company,
    subtitle: fm.subtitle,
    symbol: fm.symbol,
    footer: fm.footer,
    vars: { ...record, dates, lang: fm.lang, theme: fm.theme },
    locs: Object.fromEntries(Object.keys(record).map((k) => [k, yaml.locate([k])])),
  };
}

/**
 * `dates:` and `date:` one problem per date, named as a person would name it
 * («the first date»), underlined where it is written, and `18.09.2013` (as
 * Norwegians write a date) answered with «did you mean 2013-09-18?».
 * @returns whether any date was reported
 */
function checkDates(record: Record<string, unknown>, yaml: LocatedYaml, problems: Problems): boolean {
  let reported = false;
  for (const key of ['dates', 'date'] as const) {
    const value = record[key];
    if (value === undefined || (key === 'dates' && Array.isArray(value) && (value.length < 1 || value.length > 7))) continue;
    const list = Array.isArray(value) && key === 'dates' ? value : [value];
    list.forEach((d, i) => {
      const problem = dateProblem(d);
      if (!problem) return;
      reported = true;
      const path = Array.isArray(value) ? [key, i] : [key];
      // the date is named as a person would: «the date», or «the second date» among several
      const nth = key === 'date' || list.length === 1 ? 0 : i + 1;
      const iso = typeof d === 'string' ? fromNorwegian(d) : undefined;
      const shown = typeof d === 'string' ? d : JSON.stringify(d);
      problems.error({
        code: 'front-matter-schema',
        params: { kind: 'date', key, nth, shown: String(shown), problem, ...(iso ? { iso } : {}) },
        loc: yaml.locate(path),
        length: Math.max(1, String(shown).length),
      });
    });
  }
  return reported;
}

function dateProblem(d: unknown): 'format' | 'calendar' | undefined {
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return 'format';
  return !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d) ? undefined : 'calendar';
}

/** `18.09.2013`, `18.9.2013`, `18/9/2013` → `2013-09-18` when that is a real date. */
function fromNorwegian(s: string): string | undefined {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return dateProblem(iso) ? undefined : iso;
}
