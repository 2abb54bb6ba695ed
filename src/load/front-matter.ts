import { z } from 'zod';
import type { Problems } from '../errors/diagnostic.js';
import { closest } from '../errors/suggest.js';
import type { DeckMeta } from '../model/types.js';
import type { LocatedYaml } from '../util/yaml-locate.js';

const isoDate = z
  .string({ error: 'a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD, like 2013-10-01')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'a real calendar date');

/** A theme's name (a folder in themes/, never a path) or a .potx/.pptx template in the project (checked like a picture's path). Shared with samling.yaml. */
export const themeName = z
  .string({ error: 'a theme name' })
  .regex(/^(?:[A-Za-z0-9][A-Za-z0-9_-]*|[^:*?"<>|]+\.(?:potx|pptx|POTX|PPTX))$/, 'a theme name (a folder in themes/, like `krd`: letters, digits, - and _) or a PowerPoint template in the project (like `maler/DEPMAL.potx`)');
/** A deck's language. Shared with samling.yaml. */
export const deckLang = z.enum(['nb', 'nn', 'en'], { error: 'one of `nb` (bokmål), `nn` (nynorsk), `en` (English)' });

/** The front-matter keys samling knows. Unknown keys are allowed and become template variables. */
export const frontMatterSchema = z.object({
  title: z.string({ error: 'a title (text)' }).min(1, 'a title that is not empty'),
  theme: themeName.default('krd'),
  lang: deckLang.default('nb'),
  network: z.string().optional(),
  gathering: z.number({ error: 'a whole number: which gathering this is (1, 2, 3 …)' }).int().positive().optional(),
  dates: z.union([isoDate, z.array(isoDate).min(1).max(7)]).optional(),
  date: isoDate.optional(),
  venue: z.string().optional(),
  leader: z.string().optional(),
  author: z.string().optional(),
  company: z.string().optional(),
  subtitle: z.string().optional(),
  symbol: z.string().optional(),
  footer: z.boolean({ error: '`true` or `false`' }).default(true),
});

const knownKeys = Object.keys(frontMatterSchema.shape);

/** What `samling new` writes where it was not told the real value. */
const PLACEHOLDER_VENUES = ['Sted', 'Stad', 'Venue'];

/** A deck started by `samling new` and not yet filled in: say which values are still the placeholders. */
function warnPlaceholders(fm: z.infer<typeof frontMatterSchema>, yaml: LocatedYaml, problems: Problems): void {
  if (fm.venue !== undefined && PLACEHOLDER_VENUES.includes(fm.venue.trim())) {
    problems.warn({ code: 'placeholder-left', message: `the venue is still the placeholder \`${fm.venue}\``, loc: yaml.locate(['venue']), length: 5, hint: 'write where the gathering is, like `venue: Scandic Hotel Bodø`' });
  }
  const slug = yaml.locate([]).file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
  // what `samling new 2014-06-kompetanse-samling-2` writes: the slug with spaces for its dashes
  if (slug.includes('-') && fm.title.trim() === slug.replace(/-/g, ' ')) {
    problems.warn({ code: 'placeholder-left', message: `the title is still the file name (\`${fm.title}\`)`, loc: yaml.locate(['title']), length: 5, hint: 'write the title participants see, like `title: Nettverk kompetanse nord – første samling`' });
  }
}

/** Validate front-matter; report each problem at its key's line. */
export function readFrontMatter(yaml: LocatedYaml, problems: Problems): DeckMeta | undefined {
  const value = yaml.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    problems.error({
      code: 'front-matter-not-mapping',
      message: 'the front-matter is not a list of `key: value` lines',
      loc: yaml.locate([]),
      expected: 'YAML keys, like `title: Nettverk omdømme – andre samling`',
    });
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (knownKeys.includes(key)) continue;
    const near = closest(key, knownKeys);
    if (near) {
      problems.warn({
        code: 'front-matter-near-miss',
        message: `unknown front-matter key \`${key}\` is used only as a template variable`,
        loc: yaml.locate([key]),
        length: key.length,
        hint: `did you mean \`${near}\`?`,
      });
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
        message: got === undefined ? `front-matter needs \`${key}\`` : `front-matter \`${key}\` cannot be ${JSON.stringify(got)}`,
        loc: yaml.locate(issue.path as PropertyKey[]),
        length: key.length || 1,
        expected: issue.message,
        hint: got === undefined ? `add a line \`${key}: …\` between the \`---\` lines at the top` : undefined,
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
    problems.error({ code: 'front-matter-dates-order', message: `the dates are not in order: ${dates[back]} comes after ${dates[back - 1]}`, loc: yaml.locate(['dates', back]), length: 10, expected: 'the days of the gathering, earliest first, each once', hint: `write \`dates: [${[...new Set(dates)].sort().join(', ')}]\`` });
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

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

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
      const name = key === 'date' || list.length === 1 ? 'the date' : `the ${ORDINALS[i] ?? `${i + 1}th`} date`;
      const iso = typeof d === 'string' ? fromNorwegian(d) : undefined;
      const shown = typeof d === 'string' ? d : JSON.stringify(d);
      problems.error({
        code: 'front-matter-schema',
        message: `front-matter \`${key}\`: ${name}, \`${shown}\`, is not ${problem}`,
        loc: yaml.locate(path),
        length: Math.max(1, String(shown).length),
        expected: 'a date as YYYY-MM-DD, like 2013-10-01',
        hint: iso ? `did you mean ${iso}?` : undefined,
      });
    });
  }
  return reported;
}

function dateProblem(d: unknown): string | undefined {
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return 'a date as YYYY-MM-DD';
  return !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d) ? undefined : 'a real calendar date';
}

/** `18.09.2013`, `18.9.2013`, `18/9/2013` → `2013-09-18` when that is a real date. */
function fromNorwegian(s: string): string | undefined {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return dateProblem(iso) ? undefined : iso;
}
