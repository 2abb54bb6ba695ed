import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Problems } from './errors/diagnostic.js';
import type { Lang } from './model/types.js';
import { themeTemplate } from './render/pptx/theme-template.js';
import { loadTheme } from './theme/load-theme.js';
import { builtinThemes } from './theme/theme-files.js';
import { bundleHash, folderDigest, snapshotFolder, templateSnapshot, type ThemeSnapshot } from './theme/theme-snapshot.js';
import type { FontStyle, MetricsFile } from './text/metrics.js';

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/**
 * `npm run build` (tools/build-theme-snapshots.cjs), run by the bundle: each
 * of samling's own themes loaded from its files as any build loads it, with
 * its template package in every language, written to dist/theme-snapshots/
 * for builds to restore (theme/theme-snapshot.ts). Returns the files written.
 */
export function writeThemeSnapshots(): string[] {
  // it replaces the package's own snapshots: only the build's tool asks for that
  if (process.env.SAMLING_WRITE_THEME_SNAPSHOTS !== '1') throw new Error('internal: theme snapshots are written by `npm run build` only');
  const bundle = bundleHash();
  if (!bundle) throw new Error('internal: theme snapshots are written by the bundle (dist/samling.cjs)');
  // an earlier build's snapshots must not be restored while these are made
  rmSync(snapshotFolder, { recursive: true, force: true });
  mkdirSync(snapshotFolder, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(builtinThemes).sort()) {
    const dir = join(builtinThemes, name);
    if (!existsSync(join(dir, 'theme.yaml'))) continue;
    // from a folder without themes/ of its own: samling's theme of that name
    const theme = loadTheme(name, dirname(snapshotFolder), new Problems('en'), undefined);
    const metrics = Object.fromEntries(STYLES.map((style) => [style, JSON.parse(readFileSync(join(dir, theme.data.fonts.metrics![style]), 'utf8')) as MetricsFile])) as Record<FontStyle, MetricsFile>;
    const digest = folderDigest(dir).digest;
    const snapshot: ThemeSnapshot = { bundle, digest, data: theme.data, symbols: theme.symbols, metrics };
    const write = (file: string, value: unknown) => {
      writeFileSync(join(snapshotFolder, file), JSON.stringify(value));
      written.push(join(snapshotFolder, file));
    };
    write(`${name}.json`, snapshot);
    for (const lang of LANGS) write(`${name}.${lang}.json`, templateSnapshot(themeTemplate(theme, lang), bundle, digest));
  }
  return written;
}
