import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/cli/wording.js';
import { say } from '../../src/i18n/messages/index.js';

describe('status lines', () => {
  it('one slide, two slides (also in watch), in each language', () => {
    const checked = (lang: 'en' | 'nb' | 'nn', slides: number, warnings = 0) => say(lang, 'checked', { deck: 'a.md', slides, warnings });
    expect(checked('en', 1)).toBe('✓ a.md: 1 slide');
    expect(checked('en', 0)).toBe('✓ a.md: 0 slides');
    expect(checked('en', 2, 1)).toBe('✓ a.md: 2 slides, 1 warning');
    expect(checked('nb', 1)).toBe('✓ a.md: 1 lysbilde');
    expect(checked('nb', 2, 2)).toBe('✓ a.md: 2 lysbilder, 2 advarsler');
    expect(checked('nn', 1, 1)).toBe('✓ a.md: 1 lysbilete, 1 åtvaring');
    expect(checked('nn', 2)).toBe('✓ a.md: 2 lysbilete');
  });

  it('`check` checks, `build` builds', () => {
    expect(summaryLine('en', 'check', 2, 0)).toBe('2 decks checked');
    expect(summaryLine('en', 'build', 2, 0)).toBe('2 decks built');
    expect(summaryLine('en', 'check', 3, 1)).toBe('1 of 3 decks failed');
    expect(summaryLine('nb', 'check', 2, 0)).toBe('2 presentasjoner sjekket');
    expect(summaryLine('nn', 'build', 2, 0)).toBe('2 presentasjonar bygde');
    expect(summaryLine('nn', 'check', 3, 1)).toBe('1 av 3 presentasjonar feila');
  });
});
