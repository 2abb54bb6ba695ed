import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** The last good file survives every way a write can fail. */
describe('atomic writes', () => {
  it('leave the old file and no temp file behind when the disk is full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samling-write-'));
    const target = join(dir, 'a.pptx');
    writeFileSync(target, 'old good bytes');
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      return {
        ...fs,
        writeFileSync: (file: string, data: Uint8Array) => {
          fs.writeFileSync(file, data.subarray(0, 3)); // a half-written temp file …
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); // … then the disk is full
        },
      };
    });
    const { writeAtomic } = await import('../src/write/write-atomic.js');
    expect(() => writeAtomic(target, new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/ENOSPC/);
    vi.doUnmock('node:fs');
    expect(readFileSync(target, 'utf8')).toBe('old good bytes');
    expect(readdirSync(dir)).toEqual(['a.pptx']);
  });

  it('refuse an output path that is a folder', async () => {
    const { writeAtomic } = await import('../src/write/write-atomic.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-write-'));
    expect(() => writeAtomic(dir, new Uint8Array([1]))).toThrow(/is a folder/);
  });
});

describe('big and odd decks', () => {
  it('builds a deck of 2 000 slides', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-big-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    const slides = Array.from({ length: 2000 }, (_, i) => `# Lysbilde ${i + 1}\n\n- punkt ${i + 1}`).join('\n\n---\n\n');
    writeFileSync(join(dir, 'stor.md'), `---\ntitle: Stor\n---\n\n${slides}\n`);
    const result = await buildDeckFile(join(dir, 'stor.md'));
    expect(result.diagnostics).toEqual([]);
    expect(result.slides).toBe(2000);
  });

  it('reads tabs, right-to-left text and very long words', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-odd-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'rar.md'), `---\ntitle:\tTabulator\n---\n\n# Tab\tinne\n\n-\tpunkt med tab\n- שלום עולם مرحبا\n- ${'Sykefraværsoppfølging'.repeat(6)}\n`);
    const result = await buildDeckFile(join(dir, 'rar.md'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.pptx).toBeDefined();
  });
});

describe('heavy pictures', () => {
  it('warn about an image of many megabytes, and still build', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const { encodePng } = await import('../src/components/qr-png.js');
    const { randomBytes } = await import('node:crypto');
    const dir = mkdtempSync(join(tmpdir(), 'samling-heavy-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    // noise does not compress: 3000 × 3000 palette pixels are about 9 MB of PNG
    const palette = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').repeat(3));
    writeFileSync(join(dir, 'foto.png'), encodePng(3000, 3000, palette, randomBytes(9_000_000)));
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Foto\n---\n\n# A\n\n---\n\n<!-- layout: full-image -->\n\n![Foto](foto.png)\n');
    const result = await buildDeckFile(join(dir, 'deck.md'));
    expect(result.pptx).toBeDefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'huge-image', loc: { line: 11 } });
    expect(result.diagnostics[0]!.message).toMatch(/^image `foto.png` is 8\.\d MB and makes the deck heavy$/);
  });
});

describe('paths stay inside the project', () => {
  it('refuses an image that is a symlink to a file outside the project', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const { symlinkSync, copyFileSync, mkdirSync } = await import('node:fs');
    const outside = mkdtempSync(join(tmpdir(), 'samling-outside-'));
    copyFileSync(join(__dirname, '..', 'assets', 'rapport-forside.png'), join(outside, 'hemmelig.png'));
    const dir = mkdtempSync(join(tmpdir(), 'samling-link-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    mkdirSync(join(dir, 'assets'));
    symlinkSync(join(outside, 'hemmelig.png'), join(dir, 'assets', 'lenke.png'));
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Lenke\n---\n\n# A\n\n---\n\n# B\n\n![Lenke](assets/lenke.png)\n');
    const result = await buildDeckFile(join(dir, 'deck.md'));
    expect(result.pptx).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'bad-image', loc: { line: 11 } });
    expect(result.diagnostics[0]!.message).toContain('is outside the project');
  });
});

describe('shared files and allowed folders', () => {
  const setup = async () => {
    const fs = await import('node:fs');
    const outside = mkdtempSync(join(tmpdir(), 'samling-outside-'));
    fs.writeFileSync(join(outside, 'svar.csv'), 'Terningkast,Kommentar\n5,hemmelig\n');
    fs.writeFileSync(join(outside, 'del.md'), '# Hemmelig\n');
    fs.copyFileSync(join(__dirname, '..', 'assets', 'rapport-forside.png'), join(outside, 'kart.png'));
    const dir = mkdtempSync(join(tmpdir(), 'samling-shared-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    fs.mkdirSync(join(dir, 'decks', '_data'), { recursive: true });
    fs.mkdirSync(join(dir, 'decks', '_library'));
    return { fs, outside, dir };
  };

  it('refuses a data file or partial that links outside the project', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const { fs, outside, dir } = await setup();
    fs.symlinkSync(join(outside, 'svar.csv'), join(dir, 'decks', '_data', 'svar.csv'));
    fs.symlinkSync(join(outside, 'del.md'), join(dir, 'decks', '_library', 'del.md'));
    writeFileSync(join(dir, 'decks', 'deck.md'), '---\ntitle: Lenker\n---\n\n# A\n');
    const result = await buildDeckFile(join(dir, 'decks', 'deck.md'));
    expect(result.pptx).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['outside-project', '`del.md` leads outside the project (it is a link, or in a linked folder)'],
      ['outside-project', '`svar.csv` leads outside the project (it is a link, or in a linked folder)'],
    ]);
  });

  it('reads partials and data in a decks folder that is itself a link (a synced folder)', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const fs = await import('node:fs');
    const synced = mkdtempSync(join(tmpdir(), 'samling-synced-'));
    fs.mkdirSync(join(synced, '_library'));
    fs.mkdirSync(join(synced, '_data'));
    fs.writeFileSync(join(synced, '_library', 'hilsen.md'), 'Hei fra biblioteket');
    fs.writeFileSync(join(synced, '_data', 'tall.yaml'), 'antall: 3');
    fs.writeFileSync(join(synced, 'deck.md'), '---\ntitle: Synket\n---\n\n# A\n\n{{> hilsen}} {{data.tall.antall}}\n');
    const dir = mkdtempSync(join(tmpdir(), 'samling-project-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    fs.symlinkSync(synced, join(dir, 'decks'));
    const result = await buildDeckFile(join(dir, 'decks', 'deck.md'));
    expect(result.diagnostics).toEqual([]);
    expect(result.pptx).toBeDefined();
  });

  it('refuses an allowed folder that holds the project itself, however it is written', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const { dir } = await setup();
    const up = '../'.repeat(dir.split('/').length);
    writeFileSync(join(dir, 'samling.yaml'), `allow:\n  - ${up}\n`);
    writeFileSync(join(dir, 'decks', 'deck.md'), '---\ntitle: Alt\n---\n\n# A\n');
    const result = await buildDeckFile(join(dir, 'decks', 'deck.md'));
    expect(result.pptx).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'config-allow', loc: { file: join(dir, 'samling.yaml'), line: 2, column: 5 } }]);
    // `/` holds the home folder too
    expect(result.diagnostics[0]!.message).toBe(`\`${up}\` holds the project itself or your home folder: decks could read any file in it`);
  });

  it('takes images from a folder samling.yaml allows, and from no other', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const { fs, outside, dir } = await setup();
    const other = mkdtempSync(join(tmpdir(), 'samling-other-'));
    fs.copyFileSync(join(outside, 'kart.png'), join(other, 'kart.png'));
    const deck = (folder: string) => `---\ntitle: Felles\n---\n\n# A\n\n---\n\n<!-- layout: full-image -->\n\n![Kart](../../${folder}/kart.png)\n`;
    writeFileSync(join(dir, 'decks', 'deck.md'), deck(basename(outside)));
    const refused = await buildDeckFile(join(dir, 'decks', 'deck.md'));
    expect(refused.diagnostics[0]).toMatchObject({ code: 'bad-image', loc: { line: 11 } });
    expect(refused.diagnostics[0]!.hint).toContain('samling.yaml');

    writeFileSync(join(dir, 'samling.yaml'), `allow:\n  - ../${basename(outside)}\n`);
    const allowed = await buildDeckFile(join(dir, 'decks', 'deck.md'));
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.pptx).toBeDefined();
    expect(allowed.dependencies).toContain(join(dir, 'samling.yaml'));

    writeFileSync(join(dir, 'decks', 'deck.md'), deck(basename(other)));
    expect((await buildDeckFile(join(dir, 'decks', 'deck.md'))).diagnostics[0]).toMatchObject({ code: 'bad-image' });
  });
});

describe('bounds on what a deck may make', () => {
  it('refuses more than 5 000 slides with a clear error', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-huge-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'enorm.md'), `---\ntitle: Enorm\n---\n\n${Array.from({ length: 5001 }, (_, i) => `# ${i}`).join('\n\n---\n\n')}\n`);
    const result = await buildDeckFile(join(dir, 'enorm.md'));
    expect(result.pptx).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['too-many-slides']);
  });

  it('refuses a deck file of more than 10 MB before reading it', async () => {
    const { buildDeckFile } = await import('../src/build.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-huge-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'tung.md'), `---\ntitle: Tung\n---\n\n# A\n\n${'x'.repeat(11 * 1024 * 1024)}\n`);
    const result = await buildDeckFile(join(dir, 'tung.md'));
    expect(result.pptx).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'deck-too-big', message: 'the deck file is 11 MB', loc: { line: 1, column: 1 } }]);
  });
});

describe('temp files of killed writes', () => {
  it('are removed on the next write of the same file when their process is gone; a live one is left alone', async () => {
    vi.resetModules();
    const { spawnSync } = await import('node:child_process');
    const { writeAtomic } = await import('../src/write/write-atomic.js');
    const dir = mkdtempSync(join(tmpdir(), 'samling-stale-'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited, and reaped
    writeFileSync(join(dir, `.x.pptx.${dead}.tmp`), 'half a file from a kill -9');
    writeFileSync(join(dir, `.x.pptx.${process.ppid}.tmp`), 'another samling, writing now');
    writeFileSync(join(dir, `.y.pptx.${dead}.tmp`), 'another output: its own next write cleans it');
    writeAtomic(join(dir, 'x.pptx'), new Uint8Array([1, 2, 3]));
    expect(readdirSync(dir).sort()).toEqual([`.x.pptx.${process.ppid}.tmp`, `.y.pptx.${dead}.tmp`, 'x.pptx'].sort());
  });
});
