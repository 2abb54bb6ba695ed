import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuildCache, buildDeckFile } from '../src/build.js';
import { loadSchemas, validatePptx } from '../tools/validate/index.js';
import { root } from './helpers.js';

/**
 * Random decks — front-matter, slides, layouts, text with any Unicode — must
 * give either a .pptx that passes the schema check or errors that each point
 * at a line; never an uncaught exception. A build that reuses slides from the
 * builds before it (watch mode's BuildCache) must give the same bytes.
 * Bounded here (SAMLING_FUZZ_RUNS, 250 by default); `npm run fuzz` runs longer. Shrunk counterexamples are kept in
 * tests/fixtures/fuzz and replayed first.
 */
const runs = Number(process.env.SAMLING_FUZZ_RUNS ?? 250);

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\u0007', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '«', 'æ', 'Å', '–', '\u202E', 'ש', '😀', '|', '*', '_', '`', '#', '{', '}', '\\', '\t', '\uE000', '\uE001', '\uE002', '\uE003', '\uE004', '\uE005', '\uE006'), fc.string({ maxLength: 1 }), fc.string({ unit: 'grapheme', maxLength: 1 }), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 });
const line = anyText.map((s) => s.replace(/[\r\n]/g, ' '));
const words = fc.array(line, { minLength: 1, maxLength: 6 });

const slide = fc.oneof(
  fc.record({ t: line, items: words }).map(({ t, items }) => `# ${t}\n\n${items.map((i) => `- ${i}`).join('\n')}`),
  fc.record({ t: line, p: line }).map(({ t, p }) => `<!-- layout: text -->\n\n# ${t}\n\n${p}`),
  fc.record({ t: line, a: words, b: words }).map(({ t, a, b }) => `<!-- layout: two-column -->\n\n# ${t}\n\n### A\n${a.map((i) => `- ${i}`).join('\n')}\n\n### B\n${b.map((i) => `- ${i}`).join('\n')}`),
  fc.record({ t: line, q: line }).map(({ t, q }) => `<!-- layout: quote -->\n\n# ${t}\n\n> ${q}\n>\n> — ${t}`),
  fc.record({ t: line, s: line }).map(({ t, s }) => `<!-- layout: section -->\n\n# ${t}\n\n${s}`),
  fc.record({ t: line, kind: fc.constantFrom('bar', 'stacked-bar', 'line', 'pie', 'doughnut'), cats: fc.array(line, { minLength: 1, maxLength: 4 }), vals: fc.array(fc.oneof(fc.integer({ min: -1000, max: 100000 }).map(String), fc.constantFrom('', 'n/a', '–', '62 %', '7,5%')), { minLength: 4, maxLength: 4 }) })
    .map(({ t, kind, cats, vals }) => `<!-- layout: chart\nchart: ${kind} -->\n\n# ${t}\n\n| | ${t.replace(/\|/g, '')} |\n|---|---|\n${cats.map((c, i) => `| ${c.replace(/\|/g, '')} | ${vals[i]} |`).join('\n')}`),
  fc.record({ t: line, h: words, r: words }).map(({ t, h, r }) => `# ${t}\n\n| ${h.join(' | ')} |\n|${h.map(() => '---').join('|')}|\n| ${r.join(' | ')} |`),
  fc.record({ t: line, n: line, u: fc.webUrl() }).map(({ t, n, u }) => `# ${t}\n\n[${n}](${u}) **${n}** *${t}*\n\n::: notes\n${n}\n:::`),
);

/** YAML anchors and aliases in the front-matter: plain reuse, a small bomb, a self-reference, an alias to nothing */
const anchors = fc.constantFrom('', 'liste: &x [1, 2]\nkopi: *x\n', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', 'selv: &s [*s]\n', 'mangler: *ingen\n');

/** deck file names as people and attackers write them */
const fileName = fc.constantFrom('deck', 'a b', 'x#y', '50%', 'æøå', '--accept=socket', '-rf');

const deck = fc.record({
  title: line,
  lang: fc.constantFrom('nb', 'nn', 'en', 'se'),
  company: line,
  yaml: anchors,
  name: fileName,
  slides: fc.array(slide, { minLength: 1, maxLength: 5 }),
}).map(({ title, lang, company, yaml, name, slides }) => ({
  name,
  text: `---\ntitle: ${JSON.stringify(title)}\nlang: ${lang}\ncompany: ${JSON.stringify(company)}\nauthor: ${JSON.stringify(title)}\n${yaml}---\n\n<!-- layout: title -->\n\n---\n\n${slides.join('\n\n---\n\n')}\n`,
}));

/** shared by every case: random decks share slides (the welcome slide, repeated shapes) */
const cache = new BuildCache();

async function check(text: string, dir: string, i: number, name = 'deck'): Promise<string | undefined> {
  const file = join(dir, `${name}-${i}.md`);
  writeFileSync(file, text);
  const result = await buildDeckFile(file); // throws only for bugs in samling: that fails the property
  if (!result.pptx) {
    const unlocated = result.diagnostics.filter((d) => d.severity === 'error' && !d.loc);
    return unlocated.length ? `error without a location: ${unlocated[0]!.message}` : undefined;
  }
  for (const pass of ['first', 'second']) {
    const cached = await buildDeckFile(file, { cache });
    if (!cached.pptx || !cached.pptx.equals(result.pptx)) return `the ${pass} build with a render cache differs from a fresh build`;
  }
  // the schema and package check (tools/validate), on every case
  const report = validatePptx(result.pptx);
  const bad = [...report.failures, ...report.lines.filter((l) => l.kind === 'KNOWN' && !l.what.includes('(K1)')).map((l) => l.what)];
  return bad.length ? `schema check: ${bad.slice(0, 3).join(' | ')}` : undefined;
}

describe('random decks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samling-fuzz-'));
  beforeAll(() => loadSchemas());

  it('replays the kept counterexamples', async () => {
    const kept = readdirSync(join(root, 'tests/fixtures/fuzz')).filter((f) => f.endsWith('.md'));
    for (const [i, f] of kept.entries()) expect(await check(readFileSync(join(root, 'tests/fixtures/fuzz', f), 'utf8'), dir, 10_000 + i), f).toBeUndefined();
  });

  it(`build to a valid .pptx or to located errors (${runs} decks)`, async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(deck, async ({ name, text }) => {
        const problem = await check(text, dir, i++, name);
        if (problem) {
          writeFileSync(join(dir, 'counterexample.md'), text);
          throw new Error(`${problem}\n(deck «${name}» in ${join(dir, 'counterexample.md')}; keep it in tests/fixtures/fuzz)`);
        }
      }),
      { numRuns: runs, seed: Number(process.env.SAMLING_FUZZ_SEED ?? 20131001), endOnFailure: false },
    );
    // a case takes about a quarter second, half of it the schema check; CI runs other files beside it
  }, Math.max(120_000, runs * 2_000));
});
