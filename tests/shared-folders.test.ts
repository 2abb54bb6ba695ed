import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samlingCli } from './helpers.js';

const samling = samlingCli;

/** A project as `samling init` makes it, with a deck in a subfolder of decks/. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samling-shared-folders-'));
  expect(samling(['init'], dir).status).toBe(0);
  mkdirSync(join(dir, 'decks', '2014'));
  writeFileSync(join(dir, 'decks', '2014', 'sub.md'), '---\ntitle: Under\nnetwork: kompetanse-1-nord\ngathering: 2\ndates: [2014-03-12]\nvenue: Bodø\n---\n\n<!-- layout: title -->\n\n---\n\n{{> helt-til-slutt}}\n');
  return dir;
}

describe('where partials and data are found', () => {
  it('a deck in a subfolder of decks/ reads the project\'s _library and _data', () => {
    const dir = project();
    const run = samling(['check', 'decks/2014/sub.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('partials: helt-til-slutt (decks/_library/helt-til-slutt.md)');
  });

  it('a nearer _library wins, and check says which file served the partial', () => {
    const dir = project();
    mkdirSync(join(dir, 'decks', '2014', '_library'));
    writeFileSync(join(dir, 'decks', '2014', '_library', 'helt-til-slutt.md'), '# Takk for i dag\n');
    const run = samling(['check', 'decks/2014/sub.md'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('partials: helt-til-slutt (decks/2014/_library/helt-til-slutt.md)');
  });

  it('without a _library in the project, partials come from samling\'s own library; data never does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-own-library-'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'decks', 'a.md'), '---\ntitle: Egen\n---\n\n# Hei\n\n---\n\n{{> helt-til-slutt}}\n');
    const run = samling(['check', 'decks/a.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain("partials: helt-til-slutt (samling's own library)");
    writeFileSync(join(dir, 'decks', 'b.md'), '---\ntitle: Nett\nnetwork: kompetanse-1-nord\n---\n\n# Hei\n');
    const net = samling(['check', 'decks/b.md'], dir);
    expect(net.status).toBe(1);
    expect(net.stderr).toContain('decks/_data/networks.yaml');
  });
});
