import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(samling(['new', '2014-04-omdomme-samling-3', '--network', 'omdomme-2-tovsen', '--date', '2014-04-29'], dir).status).toBe(0);
    const built = samling(['build', 'decks/2014-04-omdomme-samling-3.md'], dir);
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain('(4 slides');
    const again = samling(['new', '2014-04-omdomme-samling-3'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('never overwrites');
  });
});
