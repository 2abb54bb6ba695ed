import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/errors/suggest.js';

describe('did you mean', () => {
  it('counts two swapped neighbouring letters as one edit', () => {
    expect(editDistance('quoet', 'quote')).toBe(1);
    expect(editDistance('contnet', 'content')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'ca')).toBe(3);
  });

  it('counts insertions, deletions and substitutions as before', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('programm', 'programme')).toBe(1);
  });

  it('suggests `quote` for `quoet`, and nothing for a name far from every one', () => {
    const layouts = ['title', 'content', 'text', 'quote', 'chart', 'programme'];
    expect(closest('quoet', layouts)).toBe('quote');
    expect(closest('Qoute', layouts)).toBe('quote');
    expect(closest('timeline', layouts)).toBeUndefined();
  });
});
