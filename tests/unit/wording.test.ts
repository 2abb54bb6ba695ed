import { describe, expect, it } from 'vitest';
import { plural, summaryLine } from '../../src/cli/wording.js';

describe('status lines', () => {
  it('one slide, two slides (also in watch)', () => {
    expect(plural(1, 'slide')).toBe('1 slide');
    expect(plural(0, 'slide')).toBe('0 slides');
    expect(plural(2, 'slide')).toBe('2 slides');
  });

  it('`check` checks, `build` builds', () => {
    expect(summaryLine('check', 2, 0)).toBe('2 decks checked');
    expect(summaryLine('build', 2, 0)).toBe('2 decks built');
    expect(summaryLine('check', 3, 1)).toBe('1 of 3 decks failed');
  });
});
