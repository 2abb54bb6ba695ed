import { describe, expect, it } from 'vitest';
import { layOut } from './components/harness.js';

const long = 'Dette er et langt punkt som fyller to linjer på lysbildet når det settes i den minste størrelsen temaet tillater, og litt til';
const bullets = (n: number) => Array.from({ length: n }, (_, i) => `- ${i + 1}. ${long}`).join('\n');

describe('text that does not fit', () => {
  it('continues a long list on a new slide titled "(forts.)", one size for all parts', () => {
    const r = layOut(`# Innspill\n\n${bullets(14)}`);
    expect(r.problems).toEqual([]);
    expect(r.slides.length).toBe(2);
    const titles = r.slides.map((s) => s.elements.find((e) => e.kind === 'text' && e.placeholder === 'title'));
    expect(titles.map((t) => (t?.kind === 'text' ? t.paragraphs[0]!.runs.map((x) => x.text).join('') : ''))).toEqual(['Innspill', 'Innspill (forts.)']);
    const sizes = r.slides.map((s) => s.elements.find((e) => e.kind === 'text' && e.placeholder === 'body')!).map((e) => (e.kind === 'text' ? e.style.size : 0));
    expect(new Set(sizes).size).toBe(1);
    expect(r.geometry).toEqual([]);
  });

  it('says "(cont.)" in English', () => {
    const r = layOut(`# Input\n\n${bullets(14)}`, 'title: T\nlang: en');
    const t = r.slides[1]!.elements[0]!;
    expect(t.kind === 'text' && t.paragraphs[0]!.runs.map((x) => x.text).join('')).toBe('Input (cont.)');
  });

  it('is an error with `continue: false`, saying by how much it overflows', () => {
    const r = layOut(`<!-- continue: false -->\n\n# Innspill\n\n${bullets(14)}`);
    expect(r.problems[0]).toMatchObject({ code: 'text-overflow' });
    expect(r.problems[0]!.message).toMatch(/does not fit on the slide: \d\.\d\d in \(\d+ %\) too tall at the smallest size, 14 pt/);
  });

  it('keeps short lists on one slide at the largest size', () => {
    const r = layOut('# Kort\n\n- a\n- b');
    expect(r.slides.length).toBe(1);
    const body = r.slides[0]!.elements.find((e) => e.kind === 'text' && e.placeholder === 'body')!;
    expect(body.kind === 'text' && body.style.size).toBe(24);
  });
});

describe('a table that does not fit', () => {
  const table = (n: number) => `# Årsverk\n\n| Kommune | Årsverk |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| Kommune ${i + 1} | ${i + 1} |`).join('\n')}`;
  const rows = (n: number) => layOut(table(n)).slides.map((s) => s.elements.filter((e) => e.kind === 'table').map((e) => (e.kind === 'table' ? e.rows.length : 0))[0]);

  it('continues in even parts: 29 rows as 10 + 10 + 9, not 14 + 14 + 1', () => {
    const r = layOut(table(29));
    expect(r.problems).toEqual([]);
    expect(rows(29)).toEqual([10, 10, 9]);
    expect(r.geometry).toEqual([]);
  });

  it('keeps every row, in order, and a table that fits on one slide whole', () => {
    expect(rows(20)).toEqual([10, 10]);
    expect(rows(14)).toEqual([14]);
    const cells = layOut(table(29)).slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'table' ? e.rows.map((r) => r[0]!.map((x) => x.text).join('')) : [])));
    expect(cells).toEqual(Array.from({ length: 29 }, (_, i) => `Kommune ${i + 1}`));
  });
});

describe('a list that continues', () => {
  it('shares its items evenly between the slides (18 fit on one: 19 → 10 + 9, not 18 + 1)', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `- Punkt ${i + 1}: ${long}`).join('\n');
    const counts = (n: number) => layOut(`# Innspill\n\n${items(n)}`).slides.map((s) => {
      const body = s.elements.find((e) => e.kind === 'text' && e.placeholder === 'body')!;
      return body.kind === 'text' ? body.paragraphs.length : 0;
    });
    expect(counts(18)).toEqual([18]);
    expect(counts(19)).toEqual([10, 9]);
    expect(counts(25)).toEqual([13, 12]);
  });
});
