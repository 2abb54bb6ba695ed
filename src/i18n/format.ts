import { ValueError } from '../errors/value-error.js';
import type { Lang } from '../model/types.js';
import { words } from './words.js';

/** Parse YYYY-MM-DD without time zones: a date in a deck is a calendar day. */
export function parseDay(s: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const check = new Date(Date.UTC(day.y, day.m - 1, day.d));
  // 2013-13-45 and 2013-02-30 are not days
  if (check.getUTCFullYear() !== day.y || check.getUTCMonth() !== day.m - 1 || check.getUTCDate() !== day.d) return undefined;
  return day;
}

/** "1. oktober 2013" / "1 October 2013" */
export function formatDate(s: string, lang: Lang): string {
  const day = parseDay(s);
  if (!day) throw new ValueError(`"${s}" is not a date as YYYY-MM-DD`, { kind: 'not-a-date', value: s });
  const month = words[lang].months[day.m - 1];
  return lang === 'en' ? `${day.d} ${month} ${day.y}` : `${day.d}. ${month} ${day.y}`;
}

/** "1.–2. oktober 2013", "30. september – 1. oktober 2013", "1–2 October 2013" */
export function formatDateRange(days: string[], lang: Lang): string {
  if (days.length === 0) throw new ValueError('no dates', { kind: 'no-dates' });
  const first = parseDay(days[0]!);
  const last = parseDay(days[days.length - 1]!);
  if (!first || !last) throw new ValueError(`"${days.join(', ')}" are not dates as YYYY-MM-DD`, { kind: 'not-dates', values: days.join(', ') });
  if (days.length === 1 || (first.y === last.y && first.m === last.m && first.d === last.d)) return formatDate(days[0]!, lang);
  const month = (m: number) => words[lang].months[m - 1];
  const en = lang === 'en';
  const dot = en ? '' : '.';
  if (first.y === last.y && first.m === last.m) return `${first.d}${dot}–${last.d}${dot} ${month(last.m)} ${last.y}`;
  if (first.y === last.y) return `${first.d}${dot} ${month(first.m)} – ${last.d}${dot} ${month(last.m)} ${last.y}`;
  return `${formatDate(days[0]!, lang)} – ${formatDate(days[days.length - 1]!, lang)}`;
}

/** 2 → "annen" (nb) / "andre" (nn) / "second"; beyond ten → "11." / "11th" */
export function formatOrdinal(n: number, lang: Lang): string {
  const word = words[lang].ordinals[n - 1];
  if (word) return word;
  if (lang !== 'en') return `${n}.`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Read `10:00`, `10.00`, `1000`, `930`, `9` as minutes after midnight. */
export function parseTime(s: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(s.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  return h * 60 + min;
}

/** "10.00" (nb, nn) / "10:00" (en) */
export function formatTime(s: string, lang: Lang): string {
  const t = parseTime(s);
  if (t === undefined) throw new ValueError(`"${s}" is not a time like 10:00, 10.00 or 1000`, { kind: 'not-a-time', value: s });
  const hh = String(Math.floor(t / 60)).padStart(2, '0');
  const mm = String(t % 60).padStart(2, '0');
  return `${hh}${words[lang].timeSeparator}${mm}`;
}
