import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatOrdinal, formatTime, parseTime } from '../../src/i18n/format.js';

describe('language-aware formatting', () => {
  it('formats dates per language', () => {
    expect(formatDate('2013-10-01', 'nb')).toBe('1. oktober 2013');
    expect(formatDate('2013-10-01', 'nn')).toBe('1. oktober 2013');
    expect(formatDate('2013-10-01', 'en')).toBe('1 October 2013');
  });

  it('formats date ranges within a month, across months and years', () => {
    expect(formatDateRange(['2013-10-01', '2013-10-02'], 'nb')).toBe('1.–2. oktober 2013');
    expect(formatDateRange(['2013-10-01', '2013-10-02'], 'en')).toBe('1–2 October 2013');
    expect(formatDateRange(['2013-09-30', '2013-10-01'], 'nn')).toBe('30. september – 1. oktober 2013');
    expect(formatDateRange(['2013-12-31', '2014-01-01'], 'nb')).toBe('31. desember 2013 – 1. januar 2014');
    expect(formatDateRange(['2012-02-16'], 'nb')).toBe('16. februar 2012');
  });

  it('writes ordinals as words up to ten', () => {
    expect(formatOrdinal(2, 'nb')).toBe('annen');
    expect(formatOrdinal(2, 'nn')).toBe('andre');
    expect(formatOrdinal(2, 'en')).toBe('second');
    expect(formatOrdinal(7, 'nn')).toBe('sjuande');
    expect(formatOrdinal(11, 'nb')).toBe('11.');
    expect(formatOrdinal(12, 'en')).toBe('12th');
    expect(formatOrdinal(22, 'en')).toBe('22nd');
  });

  it('reads times written 10:00, 10.00 or 1000 and prints them per language', () => {
    expect(parseTime('10:00')).toBe(600);
    expect(parseTime('10.00')).toBe(600);
    expect(parseTime('1000')).toBe(600);
    expect(parseTime('930')).toBe(570);
    expect(parseTime('25:00')).toBeUndefined();
    expect(formatTime('0830', 'nb')).toBe('08.30');
    expect(formatTime('0830', 'en')).toBe('08:30');
    expect(() => formatTime('kl ti', 'nb')).toThrow(RangeError);
  });
});

describe('dates that are not days', () => {
  it('are refused, not printed as "45. undefined"', () => {
    expect(() => formatDate('2013-13-45', 'nb')).toThrow(RangeError);
    expect(() => formatDate('2013-02-30', 'nb')).toThrow(RangeError);
    expect(formatDate('2012-02-29', 'nb')).toBe('29. februar 2012');
  });
});
