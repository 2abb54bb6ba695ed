import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextMeasurer } from '../src/text/measure.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { Problems } from '../src/errors/diagnostic.js';
import { accuracyLine, auditPages, newAccuracy, pdfWords, toPdf, type AuditFrame } from './audit-kit.js';
import { build, root } from './helpers.js';

/**
 * The fit audit, in a real renderer (audit-kit.ts): every deck is drawn by
 * LibreOffice, the word boxes are read back with `pdftotext -bbox-layout`,
 * and every word must lie on the slide and inside a box we laid it out in (or
 * the master's footer and wordmark). It also counts how many lines
 * LibreOffice made of each text box against how many the measurer predicted.
 * The decks on outside templates get the same audit in templates.test.ts.
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext');
const decks = [
  ...readdirSync(join(root, 'decks')).filter((f) => f.endsWith('.md')).map((f) => `decks/${f}`),
  ...readdirSync(join(root, 'tests/fixtures/fit')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/fit/${f}`),
  ...(existsSync(join(root, 'tests/fixtures/components')) ? readdirSync(join(root, 'tests/fixtures/components')).filter((f) => f.endsWith('.md')).map((f) => `tests/fixtures/components/${f}`) : []),
];
const theme = loadTheme('krd', root, new Problems(), { file: '', line: 1, column: 1 });
const frame: AuditFrame = {
  measure: new TextMeasurer(theme.metrics, theme.sizes.lineSpacing),
  page: { width: theme.width, height: theme.height },
  scale: 1,
  // the master's footer, number and wordmark
  masterBoxes: (slide) => (slide.footer && slide.master !== 'fullImage' ? [theme.data.footer.label, theme.data.footer.number, theme.data.wordmark.box] : []),
};
const accuracy = newAccuracy();

describe.runIf(available)('fit audit in LibreOffice', () => {
  it.each(decks)('%s: every word inside the slide and inside its box', async (file) => {
    const result = await build(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'samling-audit-'));
    const pptx = join(dir, 'deck.pptx');
    writeFileSync(pptx, result.pptx!);
    toPdf([pptx], dir, join(dir, 'profile'));
    const pages = pdfWords(join(dir, 'deck.pdf'));
    expect(pages.length).toBe(result.placed!.length);
    expect(auditPages(result.placed!, pages, frame, accuracy)).toEqual([]);
  });

  afterAll(() => {
    if (accuracy.boxes) console.log(accuracyLine('fit audit', accuracy));
  });
});
