import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDeckFile } from '../src/build.js';
import { root } from './helpers.js';

/** A PNG of the given size: the signature, IHDR, one IDAT, IEND (CRCs are not checked by the readers here). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1))), chunk('IEND', Buffer.alloc(0))]);
}

async function withPicture(name: string, bytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'samling-broken-picture-'));
  mkdirSync(join(dir, 'decks'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'samling.yaml'), '');
  writeFileSync(join(dir, 'assets', name), bytes);
  const deck = join(dir, 'decks', 'bilde.md');
  writeFileSync(deck, `---\ntitle: Bilde\n---\n\n# A\n\n---\n\n<!-- layout: full-image -->\n\n![Bilde](assets/${name})\n`);
  const result = await buildDeckFile(deck);
  return { pptx: result.pptx, problems: result.diagnostics.map((d) => `${d.code} ${d.loc?.line}: ${d.message}`) };
}

describe('broken pictures are located errors, never a crash or a picture of nothing (issue 13 item 14)', () => {
  it('0 × 0 and 0 × N pictures', async () => {
    for (const [w, h] of [[0, 0], [0, 40], [40, 0]] as const) {
      const r = await withPicture('tom.png', png(w, h));
      expect(r.pptx).toBeUndefined();
      expect(r.problems).toEqual([`bad-image 11: \`assets/tom.png\` is ${w} × ${h} pixels`]);
    }
  });

  it('truncated and header-only PNG, JPEG and GIF files', async () => {
    const whole = readFileSync(join(root, 'assets', 'rapport-forside.png'));
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, ...Array(40).fill(0)]);
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([16, 0, 16, 0, 0, 0, 0]), Buffer.alloc(30)]);
    for (const [name, bytes] of [['halv.png', whole.subarray(0, Math.floor(whole.length / 2))], ['hode.png', whole.subarray(0, 40)], ['hode.jpg', jpeg], ['hode.gif', gif]] as const) {
      const r = await withPicture(name, bytes);
      expect(r.pptx, name).toBeUndefined();
      expect(r.problems.length, name).toBe(1);
      expect(r.problems[0], name).toMatch(/^bad-image 11: /);
    }
  });

  it('a whole picture still builds', async () => {
    const r = await withPicture('hel.png', readFileSync(join(root, 'assets', 'rapport-forside.png')));
    expect(r.problems).toEqual([]);
    expect(r.pptx).toBeDefined();
  });
});

describe('a picture is read as it was checked (issue 13 item 15)', () => {
  it('a folder swapped for a link between the check and the read is caught; a picture removed is a located error', async () => {
    const { imageReadHooks } = await import('../src/layout/images.js');
    const { renameSync, symlinkSync, rmSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'samling-picture-race-'));
    const outside = mkdtempSync(join(tmpdir(), 'samling-outside-'));
    mkdirSync(join(dir, 'decks'));
    mkdirSync(join(dir, 'assets', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'samling.yaml'), '');
    writeFileSync(join(dir, 'assets', 'sub', 'x.png'), readFileSync(join(root, 'assets', 'rapport-forside.png')));
    writeFileSync(join(outside, 'x.png'), readFileSync(join(root, 'assets', 'fjord-illustrasjon.png')));
    const deck = join(dir, 'decks', 'bilde.md');
    writeFileSync(deck, '---\ntitle: Bilde\n---\n\n# A\n\n---\n\n<!-- layout: full-image -->\n\n![Bilde](assets/sub/x.png)\n');
    try {
      imageReadHooks.afterCheck = () => {
        renameSync(join(dir, 'assets', 'sub'), join(dir, 'assets', 'gammel'));
        symlinkSync(outside, join(dir, 'assets', 'sub'));
      };
      const swapped = await buildDeckFile(deck);
      expect(swapped.pptx).toBeUndefined();
      expect(swapped.diagnostics.map((d) => `${d.code} ${d.loc?.line}: ${d.message}`)).toEqual(['bad-image 11: image `assets/sub/x.png` changed (or its folder did) while the deck was built']);
      rmSync(join(dir, 'assets', 'sub'));
      renameSync(join(dir, 'assets', 'gammel'), join(dir, 'assets', 'sub'));
      imageReadHooks.afterCheck = (path) => rmSync(path);
      const removed = await buildDeckFile(deck);
      expect(removed.diagnostics.map((d) => `${d.code} ${d.loc?.line}: ${d.message}`)).toEqual(['bad-image 11: image `assets/sub/x.png` was removed while the deck was built']);
    } finally {
      imageReadHooks.afterCheck = undefined;
    }
  });
});
