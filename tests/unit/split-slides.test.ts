import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/errors/diagnostic.js';
import { splitSlides } from '../../src/parse/split-slides.js';
import type { SourceLoc } from '../../src/model/types.js';

const map = (text: string): SourceLoc[] => text.split('\n').map((_, i) => ({ file: 'deck.md', line: i + 1, column: 1 }));

describe('splitting slides', () => {
  it('splits on lines that are exactly ---, not inside code fences', () => {
    const md = '# A\n---\n# B\n```\n---\n```\n---\n# C';
    const chunks = splitSlides(md, map(md), new Problems());
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.body.join('\n')).toContain('---');
  });

  it('takes the directive comment at the top, on one line or several', () => {
    const md = '<!-- layout: chart -->\n# A\n---\n\n<!-- layout: chart\nchart: pie -->\n# B';
    const chunks = splitSlides(md, map(md), new Problems());
    expect(chunks[0]!.directives[0]!.yaml.trim()).toBe('layout: chart');
    expect(chunks[1]!.directives[0]!.yaml).toBe('layout: chart\nchart: pie ');
    expect(chunks[1]!.directives[0]!.line).toBe(4);
  });

  it('takes every directive comment before the slide\'s first other line, in order', () => {
    const md = '\n<!-- layout: chart -->\n\n<!-- chart: pie -->\n# A\n<!-- a remark further down -->';
    const chunks = splitSlides(md, map(md), new Problems());
    expect(chunks[0]!.directives).toEqual([{ yaml: 'layout: chart ', line: 1 }, { yaml: 'chart: pie ', line: 3 }]);
    expect(chunks[0]!.body).toEqual(['', '', '', '', '# A', '<!-- a remark further down -->']);
  });

  it('takes notes out of the slide and keeps line numbers', () => {
    const md = '# A\n::: notes\nSay hello\n:::\n- after';
    const chunks = splitSlides(md, map(md), new Problems());
    expect(chunks[0]!.notes[0]).toEqual({ lines: ['Say hello'], start: 2 });
    expect(chunks[0]!.body).toEqual(['# A', '', '', '', '- after']);
  });

  it('reports notes that are not closed', () => {
    const md = '# A\n::: notes\nSay hello';
    const problems = new Problems();
    splitSlides(md, map(md), problems);
    expect(problems.list[0]).toMatchObject({ code: 'unclosed-notes', loc: { line: 2 } });
  });
});
