import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_FROM } from '../src/cli/build-pool.js';
import { root, samlingCli } from './helpers.js';

/**
 * `samling build decks` over many decks builds them in worker threads
 * (issue 14) and says and writes exactly what building them one by one does:
 * the same bytes, the same lines in the decks' order, the same exit status.
 */
function project(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-pool-'));
  mkdirSync(join(dir, 'decks'));
  writeFileSync(join(dir, 'package.json'), '{}');
  for (let i = 1; i <= n; i++) {
    const body = i === 3 ? '<!-- layout: quoet -->\n# Feil' : `# Lysark ${i}\n\n- punkt ${i}\n- 6. desember 2011: oppstart`;
    writeFileSync(join(dir, 'decks', `deck-${String(i).padStart(2, '0')}.md`), `---\ntitle: Deck ${i}\ndates: [2013-10-01]\n---\n\n${body}\n\n---\n\n# Slutt ${i}\n`);
  }
  return dir;
}

describe('many decks at once', () => {
  it('are built in workers to the same bytes, lines and exit status as one by one', () => {
    const n = POOL_FROM + 2;
    const dir = project(n);
    // two threads, also on a one-core machine; --verbose says so
    const pooled = samlingCli(['build', 'decks', '--out', 'pooled', '--verbose'], dir, { SAMLING_WORKERS: '2' });
    const serial = samlingCli(['build', 'decks', '--out', 'serial', '--verbose'], dir, { SAMLING_WORKERS: '0' });
    expect(pooled.stdout).toContain(`building ${n} decks here and on 2 worker threads`);
    expect(serial.stdout).not.toContain('worker threads');
    expect(pooled.status).toBe(1);
    expect(serial.status).toBe(1);
    const lines = (s: string) => s.replace(/\d+ ms/g, 'N ms').replace(/pooled|serial/g, 'OUT');
    expect(lines(pooled.stdout).replace(/.*worker threads\n/, '')).toBe(lines(serial.stdout));
    expect(lines(pooled.stderr)).toBe(lines(serial.stderr));
    // in the decks' order: deck-01 … deck-08, the broken deck-03 in its place
    const order = [...pooled.stdout.matchAll(/deck-(\d+)\.md/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: n }, (_, i) => i + 1).filter((i) => i !== 3));
    expect(pooled.stderr).toMatch(/deck-03\.md:\d+:\d+/);
    const built = readdirSync(join(dir, 'pooled')).sort();
    expect(built).toEqual(readdirSync(join(dir, 'serial')).sort());
    expect(built).toHaveLength(n - 1);
    for (const f of built) expect(readFileSync(join(dir, 'pooled', f)).equals(readFileSync(join(dir, 'serial', f))), f).toBe(true);
  });
});

describe("a thread's warm build context", () => {
  it('gives each deck the bytes it has when built alone, however much the decks share', () => {
    // decks that share most slides and differ in a title, the language, the date, one slide's text, a slide less
    const dir = mkdtempSync(join(tmpdir(), 'samling-warm-'));
    cpSync(join(root, 'tests/fixtures/decks'), join(dir, 'decks'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{}');
    const all = readFileSync(join(dir, 'decks/all-layouts.md'), 'utf8');
    const slides = all.split('\n---\n');
    const variants: Record<string, string> = {
      'a-same.md': all,
      'b-title.md': all.replace('title: Alle oppsett', 'title: Andre oppsett'),
      'c-nynorsk.md': all.replace('lang: nb', 'lang: nn'),
      'd-date.md': all.replace('dates: [2014-04-29, 2014-04-30]', 'dates: [2014-05-06]'),
      'e-one-slide.md': all.replace('Et avsnitt til slutt.', 'Eit anna avsnitt.'),
      'f-slide-less.md': [...slides.slice(0, 3), ...slides.slice(4)].join('\n---\n'),
    };
    for (const [name, text] of Object.entries(variants)) writeFileSync(join(dir, 'decks', name), text);
    const names = Object.keys(variants);
    const files = names.map((n) => join('decks', n));
    for (const workers of ['0', '2']) {
      const together = samlingCli(['build', ...files, 'decks/all-layouts.md', '--out', `together-${workers}`], dir, { SAMLING_WORKERS: workers });
      expect(together.status, together.stderr).toBe(0);
    }
    for (const name of names) {
      const alone = samlingCli(['build', join('decks', name), '--out', 'alone'], dir);
      expect(alone.status, alone.stderr).toBe(0);
      const out = name.replace(/\.md$/, '.pptx');
      const bytes = readFileSync(join(dir, 'alone', out));
      for (const workers of ['0', '2']) expect(readFileSync(join(dir, `together-${workers}`, out)).equals(bytes), `${out}, ${workers} workers`).toBe(true);
    }
  });
});
