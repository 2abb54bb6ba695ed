import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, root, unzip } from './helpers.js';

/**
 * samling's own themes are restored from the snapshot `npm run build` made
 * (src/theme/theme-snapshot.ts) instead of being loaded from their files at
 * every cold build (issue 14): the same bytes in every language, and only
 * while the theme folder is the one it was made from.
 */

/** A copy of the built package (bin, dist, themes), to change its theme or snapshot without touching the repository's. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-snapshot-'));
  for (const part of ['bin', 'dist', 'themes', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return dir;
}

/** A project with the component fixture decks and an English copy of one. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-snapshot-project-'));
  cpSync(join(root, 'tests/fixtures/decks'), join(dir, 'decks'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  writeFileSync(join(dir, 'decks/english.md'), readFileSync(join(dir, 'decks/all-layouts.md'), 'utf8').replace('lang: nb', 'lang: en'));
  return dir;
}

const DECKS = ['all-layouts', 'nynorsk', 'english'];

function build(pkg: string, dir: string, out: string, env: NodeJS.ProcessEnv = {}): Map<string, Buffer> {
  const run = spawnSync(process.execPath, [join(pkg, 'bin/samling.js'), 'build', ...DECKS.map((d) => `decks/${d}.md`), '--out', out], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...ENGLISH, NO_COLOR: '1', SAMLING_NO_CODE_CACHE: '1', ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  return new Map(DECKS.map((d) => [d, readFileSync(join(dir, out, `${d}.pptx`))]));
}

describe('the theme snapshot', () => {
  const dir = project();

  it('gives the bytes loading the theme from its files gives, in nb, nn and en', () => {
    const restored = build(root, dir, 'restored');
    const loaded = build(root, dir, 'loaded', { SAMLING_NO_THEME_SNAPSHOT: '1' });
    for (const d of DECKS) expect(restored.get(d)!.equals(loaded.get(d)!), d).toBe(true);
  });

  it('is what a build uses while the theme folder is unchanged', async () => {
    // a snapshot saying another navy (dk2): a build that restores it writes that colour (the notes master's theme is written from the theme)
    const pkg = packageCopy();
    const file = join(pkg, 'dist/theme-snapshots/krd.json');
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    snapshot.data.colors.navy = '123456';
    writeFileSync(file, JSON.stringify(snapshot));
    const restored = build(pkg, dir, 'from-snapshot');
    const parts = [...(await unzip(restored.get('all-layouts')!)).values()].join('');
    expect(parts).toContain('123456');
    expect([...(await unzip(build(root, dir, 'reference').get('all-layouts')!)).values()].join('')).not.toContain('123456');
  });

  it('is not used once a file of the theme changed, nor when it is damaged', async () => {
    const pkg = packageCopy();
    const yaml = join(pkg, 'themes/krd/theme.yaml');
    const navy = /navy: '?"?#?([0-9A-Fa-f]{6})/.exec(readFileSync(yaml, 'utf8'))![1]!;
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(navy, 'ABCDEF'));
    const edited = build(pkg, dir, 'edited');
    expect((await unzip(edited.get('all-layouts')!)).get('ppt/theme/theme1.xml')).toContain('ABCDEF');
    // a new file in the folder counts too: the snapshot is of every file
    mkdirSync(join(pkg, 'themes/krd/notes'));
    writeFileSync(join(pkg, 'themes/krd/notes/x.txt'), 'x');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('ABCDEF', navy));
    expect(build(pkg, dir, 'added').get('all-layouts')!.equals(build(root, dir, 'reference').get('all-layouts')!)).toBe(true);
    // a link to nothing in the folder (an editor's lock file, `.#theme.yaml`): no snapshot, no failure, the same bytes
    const locked = packageCopy();
    symlinkSync('someone@host.4242:1', join(locked, 'themes/krd/.#theme.yaml'));
    expect(build(locked, dir, 'locked').get('all-layouts')!.equals(build(root, dir, 'reference').get('all-layouts')!)).toBe(true);
    // garbage where a snapshot was: loaded from the files, the same bytes
    const damaged = packageCopy();
    writeFileSync(join(damaged, 'dist/theme-snapshots/krd.json'), '{ not json');
    writeFileSync(join(damaged, 'dist/theme-snapshots/krd.nn.json'), '');
    const fromFiles = build(damaged, dir, 'damaged');
    const reference = build(root, dir, 'reference');
    for (const d of DECKS) expect(fromFiles.get(d)!.equals(reference.get(d)!), d).toBe(true);
  });
});
