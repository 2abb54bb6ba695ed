import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FontReason } from '../../src/i18n/messages/types.js';
import { FontMetrics, type FontStyle } from '../../src/text/metrics.js';
import {
  loadFontReader,
  facesFor,
  fallbackFaces,
  findFontMetrics,
  forgetSystemFonts,
  metricsOfFontFile,
  type FoundFont,
} from '../../src/text/system-fonts.js';
import { root } from '../helpers.js';
import { diagnosticText } from '../../src/i18n/messages/index.js';

/** A missing font's warning, as the English catalogue says it. */
const said = (m: { font: string; reason: FontReason; style?: string }) => diagnosticText('en', 'font-missing', m).message;

// fontkit is loaded on demand (a template build awaits it first, as these tests do)
beforeAll(loadFontReader);

/**
 * Fonts found through fontconfig and read with fontkit. Needs fc-match and the
 * fonts .ci/run installs (fonts-liberation2, fonts-crosextra-carlito,
 * fonts-crosextra-caladea); without them these checks are skipped, and with
 * SAMLING_REQUIRE_TOOLS=1 (set by .ci/run) that is a failure.
 */
const required = process.env.SAMLING_REQUIRE_TOOLS === '1';
const hasFcMatch = (() => {
  try {
    execFileSync('fc-match', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const liberation = '/usr/share/fonts/truetype/liberation2';
const crosextra = '/usr/share/fonts/truetype/crosextra';
const hasLiberation = existsSync(join(liberation, 'LiberationSans-Regular.ttf'));
const hasCarlito = existsSync(join(crosextra, 'Carlito-Regular.ttf'));
const hasCaladea = existsSync(join(crosextra, 'Caladea-Regular.ttf'));

const committed = join(root, 'themes/krd/metrics');
const jsonOf: Record<FontStyle, string> = {
  regular: 'regular.json',
  bold: 'bold.json',
  italic: 'italic.json',
  boldItalic: 'bolditalic.json',
};
const styles: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
const sample = 'Saman om ein betre kommune – sjukefråvær, Ørsta & «Æ»: 12,5 %';

function found(f: FoundFont): Extract<FoundFont, { metrics: FontMetrics }> {
  if ('missing' in f) throw new Error(`${f.missing} is missing: ${JSON.stringify(f.reason)}`);
  return f;
}

afterEach(() => forgetSystemFonts());

it.runIf(required)('fc-match and the Liberation, Carlito and Caladea fonts are installed (SAMLING_REQUIRE_TOOLS=1)', () => {
  expect(hasFcMatch).toBe(true);
  expect([hasLiberation, hasCarlito, hasCaladea]).toEqual([true, true, true]);
});

describe.runIf(hasFcMatch && hasLiberation)('fonts through fontconfig', () => {
  it('Liberation Sans measures exactly as the committed metrics of the krd theme, face by face', () => {
    for (const style of styles) {
      const f = found(findFontMetrics('Liberation Sans', style));
      expect(f.substitute).toBeUndefined();
      const json = JSON.parse(readFileSync(join(committed, jsonOf[style]), 'utf8'));
      expect(basename(f.file)).toBe(json.source);
      // the same numbers, every code point
      expect(metricsOfFontFile(f.file)).toEqual(json);
      const bundled = FontMetrics.read(join(committed, jsonOf[style]));
      expect(f.metrics.em(sample)).toBe(bundled.em(sample));
      expect(f.metrics.lineHeight).toBe(bundled.lineHeight);
      expect(f.metrics.ascent).toBe(bundled.ascent);
    }
  });

  it('Arial, Helvetica, Times New Roman and Courier New resolve to their Liberation twins', () => {
    const arial = found(findFontMetrics('Arial', 'regular'));
    expect(arial.substitute).toBe('Liberation Sans');
    expect(arial.metrics.em(sample)).toBe(fallbackFaces().regular.em(sample));
    expect(found(findFontMetrics('arial', 'bold')).file).toMatch(/LiberationSans-Bold\.ttf$/);
    expect(found(findFontMetrics('Helvetica', 'italic')).substitute).toBe('Liberation Sans');
    expect(found(findFontMetrics('Times New Roman', 'regular')).substitute).toBe('Liberation Serif');
    expect(found(findFontMetrics('Courier New', 'regular')).substitute).toBe('Liberation Mono');
    expect(found(findFontMetrics('Arial Narrow', 'bold')).substitute).toBe('Liberation Sans Narrow');
  });

  it.runIf(hasCarlito && hasCaladea)('Calibri resolves to Carlito and Cambria to Caladea, each face its own file', () => {
    const files = styles.map((style) => {
      const f = found(findFontMetrics('Calibri', style));
      expect(f.substitute).toBe('Carlito');
      return basename(f.file);
    });
    expect(files).toEqual(['Carlito-Regular.ttf', 'Carlito-Bold.ttf', 'Carlito-Italic.ttf', 'Carlito-BoldItalic.ttf']);
    const cambria = found(findFontMetrics('Cambria', 'boldItalic'));
    expect(cambria.substitute).toBe('Caladea');
    expect(basename(cambria.file)).toBe('Caladea-BoldItalic.ttf');
    // Calibri is narrower than Arial: the fallback overestimates it, never under
    const calibri = found(findFontMetrics('Calibri', 'regular')).metrics;
    expect(calibri.em(sample)).toBeLessThan(fallbackFaces().regular.em(sample));
    // asked by its own name, Carlito is no substitute
    expect(found(findFontMetrics('Carlito', 'regular')).substitute).toBeUndefined();
  });

  it('bold and italic faces measure differently from the regular one', () => {
    for (const family of hasCarlito ? ['Liberation Sans', 'Calibri'] : ['Liberation Sans']) {
      const [regular, bold, italic, boldItalic] = styles.map((s) => found(findFontMetrics(family, s)));
      expect(new Set([regular!.file, bold!.file, italic!.file, boldItalic!.file]).size).toBe(4);
      expect(bold!.metrics.em(sample)).not.toBe(regular!.metrics.em(sample));
      expect(boldItalic!.metrics.em(sample)).not.toBe(italic!.metrics.em(sample));
      if (family === 'Calibri') expect(italic!.metrics.em(sample)).not.toBe(regular!.metrics.em(sample));
    }
  });

  it('a family nobody has is missing, not whatever fontconfig falls back to (DejaVu Sans)', () => {
    const f = findFontMetrics('Nonesuch Sans', 'regular');
    expect(f).toEqual({ missing: 'Nonesuch Sans', reason: { kind: 'resolves', to: expect.any(String) } });
    expect(findFontMetrics('Nonesuch Sans', 'boldItalic')).toMatchObject({ missing: 'Nonesuch Sans Bold Italic' });
    // family names with fontconfig's pattern syntax in them are asked for as names
    expect(findFontMetrics('Nonesuch-Sans:weight=bold', 'regular')).toMatchObject({ missing: 'Nonesuch-Sans:weight=bold' });
  });

  it('a face fontconfig would make up (a regular one emboldened or slanted) is missing', () => {
    // a family installed in one face only, as OpenSymbol (LibreOffice's) or DejaVu Math TeX Gyre
    const lines = execFileSync('fc-list', [':', 'family', 'style'], { encoding: 'utf8' }).split('\n');
    const faces = new Map<string, number>();
    for (const line of lines) {
      const family = line.split(':')[0]!.split(',')[0]!.trim();
      if (family) faces.set(family, (faces.get(family) ?? 0) + 1);
    }
    const single = [...faces].filter(([, n]) => n === 1).map(([family]) => family).sort()[0];
    if (!single) return;
    const regular = findFontMetrics(single, 'regular');
    if ('missing' in regular) return; // its one face is not a regular one
    expect(findFontMetrics(single, 'bold')).toEqual({ missing: `${single} Bold`, reason: { kind: 'face-missing', family: single, style: 'Bold' } });
    expect(findFontMetrics(single, 'italic')).toEqual({ missing: `${single} Italic`, reason: { kind: 'face-missing', family: single, style: 'Italic' } });
  });

  it('caches per family and style', () => {
    expect(findFontMetrics('Arial', 'regular')).toBe(findFontMetrics('ARIAL', 'regular'));
    expect(findFontMetrics('Arial', 'regular')).not.toBe(findFontMetrics('Arial', 'bold'));
  });

  it('facesFor: the faces found, or Liberation Sans with one warning naming the font', () => {
    const warnings: string[] = [];
    const arial = facesFor('Arial', (m) => warnings.push(said(m)));
    expect(warnings).toEqual([]);
    expect(arial.bold.em(sample)).toBe(fallbackFaces().bold.em(sample));

    const nonesuch = facesFor('Nonesuch Sans', (m) => warnings.push(said(m)));
    expect(nonesuch).toEqual(fallbackFaces());
    facesFor('Nonesuch Sans', (m) => warnings.push(said(m)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^font "Nonesuch Sans" cannot be measured \(fontconfig resolves it to .*\): text is fitted with the metrics of Liberation Sans/);
  });
});

describe('without fontconfig', () => {
  it('every font is missing, and says why', () => {
    const path = process.env.PATH;
    process.env.PATH = join(tmpdir(), 'no-such-dir');
    try {
      expect(findFontMetrics('Arial', 'regular')).toEqual({
        missing: 'Arial',
        reason: { kind: 'no-fontconfig' },
      });
      const warnings: string[] = [];
      expect(facesFor('Calibri', (m) => warnings.push(said(m)))).toEqual(fallbackFaces());
      expect(warnings).toEqual([
        'font "Calibri" cannot be measured (fc-match (fontconfig) is not installed): text is fitted with the metrics of Liberation Sans (Arial\'s widths) instead',
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe.runIf(hasLiberation)('font collections (.ttc)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samling-ttc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A TrueType collection of whole font files: each one's table offsets moved to where it lands. */
  function collection(files: string[]): string {
    const fonts = files.map((f) => readFileSync(f));
    const header = Buffer.alloc(12 + 4 * fonts.length);
    header.write('ttcf', 0, 'latin1');
    header.writeUInt32BE(0x00010000, 4);
    header.writeUInt32BE(fonts.length, 8);
    let at = header.length;
    const parts: Buffer[] = [header];
    fonts.forEach((font, i) => {
      const copy = Buffer.from(font);
      for (let t = 0; t < copy.readUInt16BE(4); t++) {
        const rec = 12 + 16 * t;
        copy.writeUInt32BE(copy.readUInt32BE(rec + 8) + at, rec + 8);
      }
      header.writeUInt32BE(at, 12 + 4 * i);
      const padded = Buffer.concat([copy, Buffer.alloc((4 - (copy.length % 4)) % 4)]);
      parts.push(padded);
      at += padded.length;
    });
    const out = join(dir, 'LiberationSans.ttc');
    writeFileSync(out, Buffer.concat(parts));
    return out;
  }

  it('reads the face fontconfig names by index, or the first of the family', () => {
    const ttc = collection([join(liberation, 'LiberationSans-Regular.ttf'), join(liberation, 'LiberationSans-Bold.ttf')]);
    const widths = (name: string) => JSON.parse(readFileSync(join(committed, name), 'utf8')).widths;
    expect(metricsOfFontFile(ttc, 1).widths).toEqual(widths('bold.json'));
    expect(metricsOfFontFile(ttc, 0).widths).toEqual(widths('regular.json'));
    expect(metricsOfFontFile(ttc, 7, 'Liberation Sans').widths).toEqual(widths('regular.json'));
    expect(() => metricsOfFontFile(ttc, 7, 'Carlito')).toThrow(/no face 7 nor any of Carlito/);
  });
});
