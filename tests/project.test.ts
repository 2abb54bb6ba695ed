import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { projectOf } from '../src/project.js';
import { messages } from './helpers.js';

/**
 * Where a deck's project is: the nearest folder with samling.yaml, else with
 * decks/, never the home folder or above it. Each test makes its own tree
 * with a fake home folder.
 */
let base: string;
let home: string;
const put = (path: string, text = '') => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const deck = '---\ntitle: Prosjekt\n---\n\n# Hei\n';

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'samling-project-')));
  home = join(base, 'home', 'kari');
  mkdirSync(home, { recursive: true });
});

describe('projectOf', () => {
  it('a stray ~/package.json does not make the home folder the project', () => {
    put(join(home, 'package.json'), '{}');
    put(join(home, 'samlinger', 'decks', 'a.md'), deck);
    expect(projectOf(join(home, 'samlinger', 'decks', 'a.md'), home)).toEqual({ root: join(home, 'samlinger'), decksDir: join(home, 'samlinger', 'decks') });
  });

  it('a ~/samling.yaml is never read: the nearest decks/ below home wins', () => {
    put(join(home, 'samling.yaml'), 'allow: [/]\n');
    put(join(home, 'samlinger', 'decks', 'a.md'), deck);
    expect(projectOf(join(home, 'samlinger', 'decks', 'a.md'), home).root).toBe(join(home, 'samlinger'));
  });

  it('nor a samling.yaml or decks/ above the home folder', () => {
    put(join(base, 'home', 'samling.yaml'));
    mkdirSync(join(base, 'decks'));
    put(join(home, 'løst', 'a.md'), deck);
    expect(projectOf(join(home, 'løst', 'a.md'), home)).toEqual({ root: join(home, 'løst'), decksDir: join(home, 'løst') });
  });

  it('samling.yaml marks the project even when a decks/ folder is nearer', () => {
    put(join(home, 'prosjekt', 'samling.yaml'));
    put(join(home, 'prosjekt', 'arkiv', 'decks', '2014', 'sub.md'), deck);
    mkdirSync(join(home, 'prosjekt', 'arkiv', 'decks', 'decks'), { recursive: true });
    expect(projectOf(join(home, 'prosjekt', 'arkiv', 'decks', '2014', 'sub.md'), home).root).toBe(join(home, 'prosjekt'));
  });

  it('a deck in a subfolder of decks/ belongs to the folder holding decks/', () => {
    put(join(home, 'prosjekt', 'decks', '2014', 'sub.md'), deck);
    expect(projectOf(join(home, 'prosjekt', 'decks', '2014', 'sub.md'), home)).toEqual({ root: join(home, 'prosjekt'), decksDir: join(home, 'prosjekt', 'decks', '2014') });
  });

  it('outside the home folder the search goes up to the first marker', () => {
    put(join(base, 'srv', 'samling.yaml'));
    put(join(base, 'srv', 'x', 'y', 'a.md'), deck);
    expect(projectOf(join(base, 'srv', 'x', 'y', 'a.md'), home).root).toBe(join(base, 'srv'));
  });

  it('with no marker at all the project is the deck’s own folder', () => {
    put(join(base, 'srv', 'a.md'), deck);
    expect(projectOf(join(base, 'srv', 'a.md'), home).root).toBe(join(base, 'srv'));
  });
});

describe('a build under a fake HOME', () => {
  const saved = process.env.HOME;
  beforeEach(() => {
    process.env.HOME = home;
  });
  afterEach(() => {
    process.env.HOME = saved;
  });

  it('ignores a broken ~/samling.yaml and ~/package.json', async () => {
    put(join(home, 'package.json'), '{}');
    put(join(home, 'samling.yaml'), 'allow: [ikke lukket\n');
    put(join(home, 'samlinger', 'decks', 'a.md'), deck);
    const result = await buildDeckFile(join(home, 'samlinger', 'decks', 'a.md'));
    expect(messages(result)).toBe('');
    expect(result.pptx).toBeDefined();
  });

  it('names the networks file it actually read, for a deck in a subfolder', async () => {
    put(join(home, 'samlinger', 'samling.yaml'));
    put(join(home, 'samlinger', 'decks', '2014', 'sub.md'), '---\ntitle: Sub\nnetwork: ukjent\n---\n\n# Hei\n');
    const result = await buildDeckFile(join(home, 'samlinger', 'decks', '2014', 'sub.md'));
    expect(messages(result)).toContain('an id from decks/2014/_data/networks.yaml (there is no such file)');
  });
});
