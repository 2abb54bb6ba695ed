import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeSchema } from '../src/theme/schema.js';
import { catalogues } from '../src/i18n/messages/index.js';
import { explain } from '../src/i18n/schema-errors.js';
import { parse } from 'yaml';
import { root, samlingCli } from './helpers.js';

/**
 * A project's theme is read like everything else a deck reads: only inside
 * the project, every link followed; and its numbers are checked for sense
 * before a fit loop tries 50 000 sizes. Each project is a copy of krd in
 * `themes/egen/`, changed by one line; expected lines are found in the text
 * written, so that an edit of krd's theme.yaml does not move them.
 */
const krd = readFileSync(join(root, 'themes', 'krd', 'theme.yaml'), 'utf8');

interface Project {
  dir: string;
  /** a folder beside the project, outside it */
  outside: string;
  theme: string;
}

function project(edit: (yaml: string) => string = (y) => y): Project {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'samling-theme-')));
  const dir = join(base, 'prosjekt');
  const outside = join(base, 'utanfor');
  mkdirSync(join(dir, 'decks'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(dir, 'samling.yaml'), '');
  writeFileSync(join(dir, 'decks', 'a.md'), '---\ntitle: Eige tema\ntheme: egen\n---\n\n# Hei\n\nTekst\n');
  const theme = join(dir, 'themes', 'egen');
  cpSync(join(root, 'themes', 'krd'), theme, { recursive: true });
  writeFileSync(join(theme, 'theme.yaml'), edit(krd));
  return { dir, outside, theme };
}

/** `samling build decks/a.md`: it fails, writes nothing, and what it prints. */
function refused(p: Project): string {
  const run = samlingCli(['build', 'decks/a.md'], p.dir);
  expect(run.status).toBe(1);
  expect(existsSync(join(p.dir, 'out', 'a.pptx'))).toBe(false);
  expect(run.stderr).not.toMatch(/samling failed|\n\s+at /);
  return run.stderr;
}

/** Line number, text and 1-based column of `needle` in the first line of `text` that holds it. */
function at(text: string, needle: string): { line: number; text: string; col: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  expect(i).toBeGreaterThanOrEqual(0);
  return { line: i + 1, text: lines[i]!, col: lines[i]!.indexOf(needle) + 1 };
}

const frame = (l: { line: number; text: string }, col: number, length: number) => `${String(l.line).padStart(5)} | ${l.text}\n      | ${' '.repeat(col - 1)}${'^'.repeat(length)}`;

const done = (errors = 1) => `✗ decks/a.md: ${errors} error${errors === 1 ? '' : 's'}; nothing written\n`;

/** theme.yaml with one metrics path replaced. */
const metrics = (style: string, path: string) => (y: string) => y.replace(new RegExp(`\\b${style}: metrics/[a-z]+\\.json`), `${style}: ${path}`);

describe('a theme reads only inside the project', () => {
  it('a theme folder that is a link to a folder outside is refused at the deck’s `theme:` line', () => {
    const p = project();
    renameSync(p.theme, join(p.outside, 'egen'));
    symlinkSync(join(p.outside, 'egen'), p.theme);
    expect(refused(p)).toBe(
      `decks/a.md:3:8: error: the theme folder \`themes/egen\` leads outside the project (it is a link) [theme-outside-project]\n` +
        `    3 | theme: egen\n      |        ^^^^\n` +
        `  expected: a theme folder inside the project\n  hint: copy the theme folder into themes/ instead of linking to it\n\n` +
        done(),
    );
  });

  it('so is a theme folder inside a linked themes/ folder', () => {
    const p = project();
    renameSync(join(p.dir, 'themes'), join(p.outside, 'themes'));
    symlinkSync(join(p.outside, 'themes'), join(p.dir, 'themes'));
    expect(refused(p)).toContain('decks/a.md:3:8: error: the theme folder `themes/egen` leads outside the project (it is in a linked folder) [theme-outside-project]\n');
  });

  it('a theme.yaml that is a link out of the project is refused, and not read', () => {
    const p = project();
    writeFileSync(join(p.outside, 'theme.yaml'), krd.replace('name: krd', 'name: utanfor'));
    renameSync(join(p.theme, 'theme.yaml'), join(p.outside, 'theme.yaml'));
    symlinkSync(join(p.outside, 'theme.yaml'), join(p.theme, 'theme.yaml'));
    expect(refused(p)).toBe(
      `decks/a.md:3:8: error: the theme's \`theme.yaml\` leads outside the project (it is a link) [theme-outside-project]\n` +
        `    3 | theme: egen\n      |        ^^^^\n` +
        `  expected: a theme.yaml inside the project\n  hint: copy the theme folder into themes/ instead of linking to it\n\n` +
        done(),
    );
  });

  it('so is a symbols.yaml that is a link out of the project', () => {
    const p = project();
    renameSync(join(p.theme, 'symbols.yaml'), join(p.outside, 'symbols.yaml'));
    symlinkSync(join(p.outside, 'symbols.yaml'), join(p.theme, 'symbols.yaml'));
    expect(refused(p)).toContain("decks/a.md:3:8: error: the theme's `symbols.yaml` leads outside the project (it is a link) [theme-outside-project]\n");
  });

  it('`metrics.regular: ../../../../etc/passwd` is refused at its line, and nothing of the file is printed', () => {
    const p = project(metrics('regular', '../../../../etc/passwd'));
    const out = refused(p);
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'regular: ../');
    expect(out).toBe(
      `themes/egen/theme.yaml:${l.line}:${l.col}: error: theme fonts.metrics.regular: \`../../../../etc/passwd\` goes up out of the theme folder with \`..\`: a metrics file is a path inside the theme folder, like \`metrics/regular.json\` [theme-schema]\n` +
        `${frame(l, l.col, 'regular'.length)}\n\n` +
        done(),
    );
    if (existsSync('/etc/passwd')) for (const line of readFileSync('/etc/passwd', 'utf8').split('\n').filter(Boolean)) expect(out).not.toContain(line);
    expect(out).not.toContain('root:');
  });

  it('an absolute metrics path is refused at its line', () => {
    const p = project(metrics('bold', '/etc/passwd'));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'bold: /etc');
    expect(refused(p)).toBe(
      `themes/egen/theme.yaml:${l.line}:${l.col}: error: theme fonts.metrics.bold: \`/etc/passwd\` is an absolute path: a metrics file is a path inside the theme folder, like \`metrics/regular.json\` [theme-schema]\n` +
        `${frame(l, l.col, 'bold'.length)}\n\n` +
        done(),
    );
  });

  it('a metrics file that is a link out of the project is refused at its line, and not read', () => {
    const p = project(metrics('italic', 'metrics/lenke.json'));
    writeFileSync(join(p.outside, 'hemmeleg.json'), '{"unitsPerEm": "hemmeleg innhald"}');
    symlinkSync(join(p.outside, 'hemmeleg.json'), join(p.theme, 'metrics', 'lenke.json'));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'metrics/lenke.json');
    const out = refused(p);
    expect(out).toBe(
      `themes/egen/theme.yaml:${l.line}:${l.col}: error: the metrics file \`metrics/lenke.json\` leads outside the project (it is a link) [theme-metrics]\n` +
        `${frame(l, l.col, 'metrics/lenke.json'.length)}\n` +
        `  expected: a metrics file inside the project\n  hint: copy the theme folder into themes/ instead of linking to it\n\n` +
        done(),
    );
    expect(out).not.toContain('hemmeleg innhald');
  });

  it('a theme folder without `fonts.metrics` is told what to add, at `fonts`', () => {
    const p = project((y) => y.replace(/\n  metrics: \{[^}]*\}/, ''));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'fonts:');
    expect(refused(p)).toBe(
      `themes/egen/theme.yaml:${l.line}:${l.col}: error: theme fonts.metrics: missing: a theme folder names the metrics file of each face (regular, bold, italic, boldItalic) [theme-schema]\n` +
        `${frame(l, l.col, 'fonts'.length)}\n` +
        '  expected: fonts.metrics: { regular: metrics/regular.json, bold: …, italic: …, boldItalic: … }\n' +
        '  hint: make them from the font files with tools/gen-metrics.mjs (README, «The theme»), or use a PowerPoint template: its fonts are measured as installed\n\n' +
        done(),
    );
  });

  it('a missing metrics file is a located error naming it, not ENOENT', () => {
    const p = project(metrics('boldItalic', 'metrics/borte.json'));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'metrics/borte.json');
    const out = refused(p);
    expect(out).toBe(
      `themes/egen/theme.yaml:${l.line}:${l.col}: error: the metrics file \`metrics/borte.json\` does not exist in the theme folder [theme-metrics]\n` +
        `${frame(l, l.col, 'metrics/borte.json'.length)}\n` +
        "  expected: the boldItalic face's metrics: a JSON file in the theme folder, made by tools/gen-metrics.mjs\n" +
        '  hint: make it with `node tools/gen-metrics.mjs <font>.ttf metrics/borte.json`, or correct the path\n\n' +
        done(),
    );
    expect(out).not.toContain('ENOENT');
  });

  it('a metrics file that is not JSON, or not metrics, is a located error that quotes none of it', () => {
    const p = project();
    writeFileSync(join(p.theme, 'metrics', 'regular.json'), 'hemmeleg:x:0:0\n');
    writeFileSync(join(p.theme, 'metrics', 'bold.json'), '{"hemmeleg": 1}');
    const yaml = readFileSync(join(p.theme, 'theme.yaml'), 'utf8');
    const r = at(yaml, 'metrics/regular.json');
    const b = at(yaml, 'metrics/bold.json');
    const hint = (path: string, style: string) => `  expected: the ${style} face's metrics: a JSON file in the theme folder, made by tools/gen-metrics.mjs\n  hint: make it with \`node tools/gen-metrics.mjs <font>.ttf ${path}\`, or correct the path\n\n`;
    const out = refused(p);
    expect(out).toBe(
      `themes/egen/theme.yaml:${r.line}:${r.col}: error: the metrics file \`metrics/regular.json\` is not JSON [theme-metrics]\n${frame(r, r.col, 'metrics/regular.json'.length)}\n${hint('metrics/regular.json', 'regular')}` +
        `themes/egen/theme.yaml:${b.line}:${b.col}: error: the metrics file \`metrics/bold.json\` is not font metrics: it has no \`unitsPerEm\` [theme-metrics]\n${frame(b, b.col, 'metrics/bold.json'.length)}\n${hint('metrics/bold.json', 'bold')}` +
        done(2),
    );
    expect(out).not.toContain('hemmeleg');
  });

  it("a link to samling's own theme is followed: a deck may read that theme anyway", () => {
    const p = project();
    rmSync(p.theme, { recursive: true });
    symlinkSync(join(root, 'themes', 'krd'), p.theme);
    const run = samlingCli(['build', 'decks/a.md'], p.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("samling's own themes are read where the package is", () => {
    const p = project();
    writeFileSync(join(p.dir, 'decks', 'a.md'), '---\ntitle: Eige tema\ntheme: krd\n---\n\n# Hei\n');
    const run = samlingCli(['build', 'decks/a.md'], p.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(p.dir, 'out', 'a.pptx'))).toBe(true);
  });
});

describe("a theme's numbers are checked for sense", () => {
  it('a size range with max below min is refused at its line (it crashed the fit loop)', () => {
    const p = project((y) => y.replace(/title: \{ max: \d+, min: \d+ \}/, 'title: { max: 10, min: 20 }'));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'title: { max: 10');
    const col = l.text.indexOf('min:') + 1;
    expect(refused(p)).toBe(`themes/egen/theme.yaml:${l.line}:${col}: error: theme sizes.title.min: min 20 pt is above max 10 pt: a size range goes from min up to max [theme-schema]\n${frame(l, col, 3)}\n\n` + done());
  });

  it('a huge max is refused at its line (the fit loop stepped down from it two points at a time)', () => {
    const p = project((y) => y.replace(/body: \{ max: \d+,/, 'body: { max: 100000,'));
    const l = at(readFileSync(join(p.theme, 'theme.yaml'), 'utf8'), 'max: 100000');
    expect(refused(p)).toBe(`themes/egen/theme.yaml:${l.line}:${l.col}: error: theme sizes.body.max: 100000 pt is too big: a text size is 4–200 pt [theme-schema]\n${frame(l, l.col, 3)}\n\n` + done());
  });
});

describe('themeSchema: the bounds', () => {
  const base = parse(krd) as Record<string, any>;
  const issues = (edit: (t: Record<string, any>) => void) => {
    const t = structuredClone(base);
    edit(t);
    const r = themeSchema.safeParse(t);
    // each issue as the English catalogue explains it
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${explain(catalogues.en.schema, i)}`);
  };

  it('krd passes', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('the slide is 1–56 in (PowerPoint’s bounds), and boxes on it are not reported again', () => {
    expect(issues((t) => (t.slide = { width: 100, height: 0 }))).toEqual([
      "slide.width: 100 in is too big: a slide's width or height (PowerPoint's bounds) is 1–56 in",
      "slide.height: 0 in is too small: a slide's width or height (PowerPoint's bounds) is 1–56 in",
    ]);
  });

  it('text sizes are 4–200 pt, line spacing 0.5–3, the paragraph gap 0–3', () => {
    expect(
      issues((t) => {
        t.sizes.footer = 2;
        t.sizes.lineSpacing = 30;
        t.sizes.paragraphGap = -1;
      }),
    ).toEqual([
      'sizes.footer: 2 pt is too small: a text size is 4–200 pt',
      'sizes.lineSpacing: 30 is too big: line spacing (a multiple of single spacing) is 0.5–3',
      'sizes.paragraphGap: -1 is too small: the space before a paragraph (a multiple of the font size) is 0–3',
    ]);
  });

  it('the comfortable body size lies between min and max', () => {
    expect(issues((t) => (t.sizes.body.comfortable = 40))).toEqual(['sizes.body.comfortable: comfortable 40 pt is outside the range 14–24 pt: it is a size between min and max']);
  });

  it('a region lies on the slide', () => {
    expect(
      issues((t) => {
        t.masters.content.body.w = 20;
        t.masters.title.title.y = -3;
        t.symbol.h = 0;
      }),
    ).toEqual([
      'symbol.h: 0 in is not a length: a width or height is more than 0 in',
      'masters.title.title: the box is not on the slide: its top edge (y -3 in) is above the slide',
      'masters.content.body: the box is not on the slide: its right edge (x + w = 20.6 in) is right of the slide (13.333 in wide)',
    ]);
  });

  it('margins leave room', () => {
    expect(issues((t) => (t.margins.left = t.margins.right = 7))).toEqual(['margins: the left and right margins (7 + 7 in) leave no room on a slide 13.333 in wide']);
  });
});
