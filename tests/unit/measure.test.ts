import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontMetrics } from '../../src/text/metrics.js';
import { splitBreakable, TextMeasurer } from '../../src/text/measure.js';
import { root } from '../helpers.js';

const dir = join(root, 'themes/krd/metrics');
const faces = {
  regular: FontMetrics.read(join(dir, 'regular.json')),
  bold: FontMetrics.read(join(dir, 'bold.json')),
  italic: FontMetrics.read(join(dir, 'italic.json')),
  boldItalic: FontMetrics.read(join(dir, 'bolditalic.json')),
};
const m = new TextMeasurer(faces, 1);

describe('text measurer (Liberation Sans metrics = Arial)', () => {
  it('measures with real advance widths', () => {
    // Arial: "H" is 1479/2048 em, space 569/2048 em
    expect(faces.regular.em('H')).toBeCloseTo(1479 / 2048, 5);
    expect(faces.regular.em(' ')).toBeCloseTo(569 / 2048, 5);
    expect(m.width('Omdømme', 72)).toBeGreaterThan(m.width('Omdomme', 72) - 0.01);
    expect(m.width('KOMMUNE', 20, true)).toBeGreaterThan(m.width('KOMMUNE', 20, false));
  });

  it('single line height is ascender + descender + gap', () => {
    expect(faces.regular.lineHeight).toBeCloseTo((1854 + 434 + 67) / 2048, 3);
    expect(m.lineHeight(72)).toBeCloseTo(faces.regular.lineHeight, 5);
  });

  it('wraps after spaces and hyphens, never inside a word that fits', () => {
    const r = m.measure([{ runs: [{ text: 'Samarbeid mellom de folkevalgte, de administrative lederne og de tillitsvalgte' }] }], 4, 18);
    expect(r.lines[0]!.length).toBeGreaterThan(1);
    for (const line of r.lines[0]!) expect(m.width(line.trim(), 18)).toBeLessThanOrEqual(4 + 1e-9);
    expect(r.lines[0]!.join(' ').replace(/\s+/g, ' ')).toContain('folkevalgte');
  });

  it('breaks a word wider than the column between characters', () => {
    const url = 'http://www.ks.no/Portaler/Omdommeprosjektet/dokumenter/rapport';
    const r = m.measure([{ runs: [{ text: url }] }], 2, 18);
    expect(r.lines[0]!.length).toBeGreaterThan(2);
    expect(r.lines[0]!.join('')).toBe(url);
  });

  it('height grows with paragraphs, spacing and lines', () => {
    const one = m.measure([{ runs: [{ text: 'a' }] }], 5, 20).height;
    const two = m.measure([{ runs: [{ text: 'a' }] }, { runs: [{ text: 'b' }], spaceBefore: 0.5 }], 5, 20).height;
    expect(two).toBeCloseTo(2 * one + (0.5 * 20) / 72, 5);
  });

  it('splits text at break opportunities', () => {
    expect(splitBreakable('heltid/deltid og sykefravær-arbeid')).toEqual(['heltid/', 'deltid', ' ', 'og', ' ', 'sykefravær-', 'arbeid']);
  });
});
