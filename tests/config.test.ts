import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { parseArgs } from '../src/cli/args.js';
import { useProjectConfig } from '../src/cli/config-args.js';
import { jsonSchemas } from '../src/cli/schema-command.js';
import { projectConfigSchema } from '../src/load/project-config.js';
import { networksFileSchema } from '../src/template/networks-schema.js';
import { messages, root } from './helpers.js';

/**
 * samling.yaml: each setting comes from a flag, else the deck's front-matter,
 * else samling.yaml, else samling's default. (Located errors in a bad
 * samling.yaml are snapshotted in errors.test.ts: fixtures errors/config*.)
 */
let project: string;
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(join(path), text);
};

beforeEach(() => {
  project = realpathSync(mkdtempSync(join(tmpdir(), 'samling-config-')));
  mkdirSync(join(project, 'decks'));
  // a second theme, so that choosing one can be seen
  cpSync(join(root, 'themes', 'krd'), join(project, 'themes', 'annen'), { recursive: true });
});

async function meta(front: string) {
  write(join(project, 'decks', 'a.md'), `---\ntitle: A\n${front}---\n\n# Hei\n`);
  const result = await buildDeckFile(join(project, 'decks', 'a.md'));
  expect(messages(result)).toBe('');
  return result.deck!.meta;
}

describe('theme and lang: front-matter > samling.yaml > default', () => {
  it('default: krd, nb', async () => {
    expect(await meta('')).toMatchObject({ theme: 'krd', lang: 'nb' });
  });
  it('samling.yaml when the front-matter says nothing', async () => {
    write(join(project, 'samling.yaml'), 'theme: annen\nlang: nn\n');
    const m = await meta('');
    expect(m).toMatchObject({ theme: 'annen', lang: 'nn' });
    expect(m.vars).toMatchObject({ theme: 'annen', lang: 'nn' });
  });
  it('the front-matter over samling.yaml', async () => {
    write(join(project, 'samling.yaml'), 'theme: annen\nlang: nn\n');
    expect(await meta('theme: krd\nlang: en\n')).toMatchObject({ theme: 'krd', lang: 'en' });
  });
});

describe('out, decks folder, preview port: flag > samling.yaml > default', () => {
  const args = (...argv: string[]) => {
    const a = parseArgs(argv);
    expect(useProjectConfig(a, project)).toBe(true);
    return a;
  };
  it('defaults without samling.yaml', () => {
    expect(args('build')).toMatchObject({ out: 'out', paths: ['decks'], port: 4010 });
  });
  it('samling.yaml, relative to the project root, also from a subfolder', () => {
    write(join(project, 'samling.yaml'), 'decks: foredrag\nout: build\npreview:\n  port: 5000\n');
    mkdirSync(join(project, 'foredrag', 'x'), { recursive: true });
    expect(args('build')).toMatchObject({ out: join(project, 'build'), paths: [join(project, 'foredrag')], port: 5000 });
    const a = parseArgs(['watch', '--preview']);
    expect(useProjectConfig(a, join(project, 'foredrag', 'x'))).toBe(true);
    expect(a).toMatchObject({ out: join(project, 'build'), paths: [join(project, 'foredrag')], port: 5000 });
  });
  it('flags over samling.yaml', () => {
    write(join(project, 'samling.yaml'), 'decks: foredrag\nout: build\npreview: { port: 5000 }\n');
    expect(args('preview', 'decks/a.md', '--out', 'ut', '--port', '0')).toMatchObject({ out: 'ut', paths: ['decks/a.md'], port: 0 });
  });
  it('a samling.yaml with errors stops the command', () => {
    write(join(project, 'samling.yaml'), 'out: [build]\n');
    expect(useProjectConfig(parseArgs(['build']), project)).toBe(false);
  });
});

describe('JSON Schemas (samling schema)', () => {
  it('are generated from the zod schemas', () => {
    const schemas = jsonSchemas() as Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>;
    expect(Object.keys(schemas)).toEqual(['samling.schema.json', 'networks.schema.json', 'template.schema.json']);
    // a template's .samling.yaml: its keys, and the layout names as the deck format spells them
    expect(Object.keys((schemas['template.schema.json'] as { properties: object }).properties)).toEqual(['layouts', 'footer', 'networks', 'symbols', 'symbol']);
    expect(JSON.stringify(schemas['template.schema.json'])).toContain('"two-column"');
    expect(Object.keys(schemas['samling.schema.json']!.properties!)).toEqual(Object.keys(projectConfigSchema.shape));
    expect(schemas['samling.schema.json']!.additionalProperties).toBe(false);
    expect(schemas['samling.schema.json']!.properties!.preview).toMatchObject({ properties: { port: { type: 'integer', minimum: 0, maximum: 65535 } } });
  });
  it('the sample networks.yaml files fit the networks schema', () => {
    for (const f of ['decks/_data/networks.yaml', 'tests/fixtures/decks/_data/networks.yaml']) {
      const parsed = networksFileSchema.safeParse(parse(readFileSync(join(root, f), 'utf8')));
      expect(parsed.error?.issues ?? [], f).toEqual([]);
    }
  });
  it('the repository’s own samling.yaml fits', () => {
    expect(projectConfigSchema.safeParse(parse(readFileSync(join(root, 'samling.yaml'), 'utf8')) ?? {}).success).toBe(true);
  });
});
