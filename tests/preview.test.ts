import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../src/preview/preview.js';

/**
 * The preview page in a real headless Chromium (Debian's chromium, driven by
 * playwright-core), over real LibreOffice renders of the real .pptx.
 */
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = Boolean(chromiumPath) && has('soffice') && has('pdftoppm');
const required = process.env.SAMLING_REQUIRE_TOOLS === '1';

describe('preview tools', () => {
  it.runIf(required)('are installed (SAMLING_REQUIRE_TOOLS=1)', () => {
    expect({ chromium: Boolean(chromiumPath), soffice: has('soffice'), pdftoppm: has('pdftoppm') }).toEqual({ chromium: true, soffice: true, pdftoppm: true });
  });
});

describe.runIf(available)('samling watch --preview in Chromium', () => {
  it('shows the slides, updates after an edit, and shows build errors until they are fixed', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'samling-preview-'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'package.json'), '{}');
    const deck = join(dir, 'decks', 'samling.md');
    const write = (body: string) => writeFileSync(deck, `---\ntitle: Forhåndsvisning\n---\n\n${body}\n`);
    write('# Første\n\n---\n\n# Andre\n\n- punkt');
    const preview = await startPreview({ paths: [join(dir, 'decks')], out: join(dir, 'out'), port: 0 });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      await page.goto(preview.url);
      const loaded = (n: number) =>
        page.waitForFunction((count) => {
          const imgs = [...document.querySelectorAll('#grid img')] as HTMLImageElement[];
          return imgs.length === count && imgs.every((i) => i.complete && i.naturalWidth > 0);
        }, n, { timeout: 60_000 });
      await loaded(2);
      const firstRev = await page.getAttribute('#grid img', 'src');

      write('# Første\n\n---\n\n# Andre\n\n---\n\n# Tredje');
      await loaded(3);
      expect(await page.getAttribute('#grid img', 'src')).not.toBe(firstRev);

      write('# Første\n\n---\n\n<!-- layout: contnet -->\n\n# Feil');
      await page.waitForSelector('#overlay.on', { timeout: 30_000 });
      expect(await page.textContent('#overlay pre')).toContain("unknown layout `contnet`");
      expect(await page.locator('#grid img').count()).toBe(3); // the last good pictures stay

      write('# Første\n\n---\n\n# Rettet');
      await page.waitForSelector('#overlay.on', { state: 'detached', timeout: 30_000 });
      await loaded(2);
    } finally {
      await browser.close();
      await preview.close();
    }
  });
});
