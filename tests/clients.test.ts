import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './helpers.js';

/**
 * The two real clients: the ECMA-376 schema check and LibreOffice. They run
 * when the tools are installed; with SAMLING_REQUIRE_TOOLS=1 (set by .ci/run)
 * a missing tool fails the suite instead of skipping it.
 */
const validator = resolve(root, '../shared/ooxml-schemas/validate-pptx.sh');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = { xmllint: has('xmllint'), soffice: has('soffice'), pdftotext: has('pdftotext') && has('pdfinfo'), schemas: existsSync(validator) };
const required = process.env.SAMLING_REQUIRE_TOOLS === '1';

const decks = [
  ...readdirSync(join(root, 'decks')).filter((f) => f.endsWith('.md')).map((f) => `decks/${f}`),
  'tests/fixtures/decks/all-layouts.md',
  'tests/fixtures/decks/nynorsk.md',
  ...readdirSync(join(root, 'tests/fixtures/components')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/components/${f}`),
];
const dir = mkdtempSync(join(tmpdir(), 'samling-clients-'));
const built: { file: string; pptx: string; titles: string[]; slides: number }[] = [];

beforeAll(async () => {
  for (const file of decks) {
    const result = await build(file);
    const pptx = join(dir, `${result.deck!.name}.pptx`);
    writeFileSync(pptx, result.pptx!);
    const titles = result.deck!.slides.flatMap((s) => s.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.runs.map((r) => r.text).join('') : '')));
    built.push({ file, pptx, titles, slides: result.slides });
  }
});

describe('tools for the client checks', () => {
  it.runIf(required)('are installed (SAMLING_REQUIRE_TOOLS=1)', () => {
    expect(tools).toEqual({ xmllint: true, soffice: true, pdftotext: true, schemas: true });
  });
});

describe.runIf(tools.xmllint && tools.schemas)('ECMA-376 schema check (validate-pptx.sh --pptxgenjs-known)', () => {
  it.each(decks)('%s passes with no known deviation but K1', (file) => {
    const deck = built.find((b) => b.file === file)!;
    const run = spawnSync(validator, ['--pptxgenjs-known', deck.pptx], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^RESULT OK/m);
    const known = run.stdout.split('\n').filter((l) => l.startsWith('KNOWN') && !l.includes('(K1)'));
    expect(known).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe.runIf(tools.soffice && tools.pdftotext)('LibreOffice opens every deck', () => {
  it.each(decks)('%s: one page per slide, every title in the text', (file) => {
    const deck = built.find((b) => b.file === file)!;
    const out = mkdtempSync(join(tmpdir(), 'samling-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, deck.pptx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(out, deck.pptx.split('/').pop()!.replace(/\.pptx$/, '.pdf'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(deck.slides);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const title of deck.titles) {
      // LibreOffice may break a line anywhere: compare without white space
      expect(text.replace(/\s/g, ''), title).toContain(title.replace(/\s/g, ''));
    }
  });
});
