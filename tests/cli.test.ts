import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/** The command as a facilitator runs it (needs `npm run build`, which `npm test` does first). */
function samling(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(root, 'bin/samling.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-cli-'));
  mkdirSync(join(dir, 'decks'));
  writeFileSync(join(dir, 'package.json'), '{}');
  return dir;
}

const good = '---\ntitle: God\n---\n\n# Hei\n\n- punkt\n';

describe('samling command line', () => {
  it('builds every deck in a folder to out/, exit 0', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    writeFileSync(join(dir, 'decks', 'b.md'), good);
    const run = samling(['build', 'decks'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ decks\/a\.md → out\/a\.pptx \(1 slide,/);
    expect(readFileSync(join(dir, 'out', 'b.pptx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('`check` ends with how many decks it checked, and writes nothing', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    writeFileSync(join(dir, 'decks', 'b.md'), good);
    const run = samling(['check', 'decks'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ decks/a.md: 1 slide\n');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('2 decks checked');
  });

  it('attempts every deck, reports the bad one with file:line:col, exits 1, and keeps the last good file', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    writeFileSync(join(dir, 'decks', 'b.md'), good);
    expect(samling(['build', 'decks'], dir).status).toBe(0);
    const before = readFileSync(join(dir, 'out', 'a.pptx'));
    writeFileSync(join(dir, 'decks', 'a.md'), '---\ntitle: God\n---\n\n# Hei\n\n---\n\n<!-- layout: contnet -->\n\n# Ups\n');
    const run = samling(['build', 'decks'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/a.md:9:14: error: unknown layout `contnet`');
    expect(run.stderr).toContain('did you mean `content`?');
    expect(run.stdout).toContain('✓ decks/b.md');
    expect(readFileSync(join(dir, 'out', 'a.pptx')).equals(before)).toBe(true);
  });

  it('writes to --out, and check writes nothing', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    expect(samling(['build', 'decks/a.md', '--out', 'ut'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'ut', 'a.pptx')).length).toBeGreaterThan(1000);
    const check = samling(['check', 'decks'], dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('✓ decks/a.md: 1 slide');
  });

  it('exits 2 for wrong usage', () => {
    const dir = project();
    expect(samling(['bygg'], dir).status).toBe(2);
    expect(samling(['build', '--fast'], dir).status).toBe(2);
    expect(samling(['build', 'finnes-ikke.md'], dir).status).toBe(2);
  });

  it('fails a deck whose output path is a folder, without touching it', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    mkdirSync(join(dir, 'out', 'a.pptx'), { recursive: true });
    const run = samling(['build', 'decks'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('it is a folder');
  });

  it('fails when --out cannot be made, says why, and builds nothing half', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    writeFileSync(join(dir, 'ut'), 'a file where the output folder should be');
    const run = samling(['build', 'decks', '--out', 'ut/pptx'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ decks/a.md: cannot write');
    expect(run.stderr).toContain('ENOTDIR');
    expect(run.stderr).toContain('hint: choose another folder with --out');
    expect(readFileSync(join(dir, 'ut'), 'utf8')).toBe('a file where the output folder should be');
  });

  it('lists layouts with their syntax', () => {
    const run = samling(['components'], root);
    expect(run.status).toBe(0);
    for (const name of ['title', 'content', 'two-column', 'chart', 'quote']) expect(run.stdout).toContain(`${name}\n`);
  });

  it('builds the example decks with the images they use', () => {
    const dir = project();
    copyFileSync(join(root, 'assets', 'rapport-forside.png'), join(dir, 'decks', 'r.png'));
    writeFileSync(join(dir, 'decks', 'bilde.md'), '---\ntitle: Bilde\n---\n\n# A\n\n---\n\n<!-- layout: image -->\n\n# B\n\n- tekst\n\n![Rapport](r.png)\n');
    const run = samling(['build', 'decks'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('starts a new deck from the library that builds, and never overwrites one', () => {
    const dir = project();
    cpSync(join(root, 'decks/_library'), join(dir, 'decks/_library'), { recursive: true });
    cpSync(join(root, 'decks/_data'), join(dir, 'decks/_data'), { recursive: true });
    expect(samling(['new', '2014-04-omdomme-samling-3', '--network', 'omdomme-2-tovsen', '--date', '2014-04-29', '--venue', 'Gardermoen', '--title', 'Nettverk omdømme – tredje samling'], dir).status).toBe(0);
    const built = samling(['build', 'decks/2014-04-omdomme-samling-3.md'], dir);
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain('(4 slides');
    const again = samling(['new', '2014-04-omdomme-samling-3'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('never overwrites');
  });
});

describe('samling command line, YAML aliases', () => {
  it('reports a billion-laughs front-matter at its line, with a hint and no stack trace, and builds the later decks', () => {
    const dir = project();
    const L = 'abcdefghi';
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...[...L].slice(1).map((l, i) => `${l}: &${l} [${Array(9).fill(`*${L[i]}`).join(', ')}]`)].join('\n');
    writeFileSync(join(dir, 'decks', 'a.md'), `---\ntitle: Latter\n${bomb}\n---\n\n# A\n`);
    writeFileSync(join(dir, 'decks', 'b.md'), '---\ntitle: &x [*x]\n---\n\n# B\n');
    writeFileSync(join(dir, 'decks', 'c.md'), good);
    const run = samling(['build', 'decks'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/a.md:4:8: error: the front-matter is not valid YAML');
    expect(run.stderr).toContain('decks/b.md:2:12: error: the front-matter is not valid YAML');
    expect(run.stderr).toContain('hint: write the values out in full');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/✓ decks\/c\.md → out\/c\.pptx/);
    expect(run.stdout).toContain('2 of 3 decks failed');
  });
});

describe('samling command line, decks that write the same file', () => {
  it('names both decks that would write out/x.pptx, builds neither, and exits 1', () => {
    const dir = project();
    mkdirSync(join(dir, 'decks', 'a'));
    mkdirSync(join(dir, 'decks', 'b'));
    writeFileSync(join(dir, 'decks', 'a', 'x.md'), good);
    writeFileSync(join(dir, 'decks', 'b', 'x.md'), good.replace('Hei', 'Hallo'));
    writeFileSync(join(dir, 'decks', 'y.md'), good);
    const run = samling(['build', 'decks'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ decks/a/x.md and decks/b/x.md would both be written to out/x.pptx');
    expect(existsSync(join(dir, 'out', 'x.pptx'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'y.pptx'))).toBe(true);
  });
});

describe('samling command line, odd files among the decks', () => {
  it('reports a link to nothing, a link loop, a FIFO and a _library file at their names, without hanging, and builds the rest', () => {
    const dir = project();
    writeFileSync(join(dir, 'decks', 'a.md'), good);
    symlinkSync(join(dir, 'decks', 'finnes-ikke.md'), join(dir, 'decks', 'dinglende.md'));
    symlinkSync(join(dir, 'decks', 'ring.md'), join(dir, 'decks', 'ring.md'));
    execFileSync('mkfifo', [join(dir, 'decks', 'ror.md')]);
    // a folder that links back to its parent: walked once
    symlinkSync(join(dir, 'decks'), join(dir, 'decks', 'tilbake'));
    const run = spawnSync(process.execPath, [join(root, 'bin/samling.js'), 'build', 'decks'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(run.signal, 'the build hung').toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('decks/dinglende.md:1:1: error: `dinglende.md` is a link to a file that does not exist');
    expect(run.stderr).toContain('decks/ring.md:1:1: error: `ring.md` is a link that leads round in a circle');
    expect(run.stderr).toContain('decks/ror.md:1:1: error: `ror.md` is a named pipe (FIFO), not a file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/✓ decks\/a\.md → out\/a\.pptx/);
    expect(run.stdout).toContain('3 of 4 decks failed');

    writeFileSync(join(dir, 'decks', '_library'), 'ikke en mappe');
    const library = samling(['build', 'decks/a.md'], dir);
    expect(library.status).toBe(1);
    expect(library.stderr).toContain('decks/_library:1:1: error: `_library` is a file, not a folder');
  });
});
