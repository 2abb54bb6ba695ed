import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { Problems, Raise } from '../errors/diagnostic.js';
import { schemaError } from '../i18n/schema-errors.js';
import { readUtf8, regularFile } from '../load/load-deck.js';
import type { SourceLoc } from '../model/types.js';
import { FontMetrics, type FontStyle } from '../text/metrics.js';
import { isLink } from '../util/file-kind.js';
import { isUnder, realInside } from '../util/inside.js';
import { packageRoot } from '../util/package-root.js';

/** samling's own themes, shipped with the package: trusted as they are. */
export const builtinThemes = join(packageRoot(), 'themes');

/** Far beyond any real theme file (krd's metrics are 26 KB each): a bound on what a theme may make a build read. */
const MAX_THEME_FILE_BYTES = 4 * 1024 * 1024;


/**
 * A theme folder's files, read the way a deck reads everything else: a
 * project's theme (`<project>/themes/<name>`) only inside the project, every
 * symlink followed (a linked folder, `theme.yaml` or metrics file leading out
 * is refused, unless it leads to samling's own themes); samling's own themes
 * as they are. Every problem is a located error, never a stack trace: the
 * folder's at the deck's `theme:` line, a metrics file's at its line in
 * theme.yaml.
 */
export class ThemeFiles {
  /** the folders the theme may read (the project; samling's own themes, which any deck may read anyway); undefined for samling's own themes */
  private readonly confine: string[] | undefined;
  /** the files read so far, by path: to underline a value on its line */
  private readonly texts = new Map<string, string>();

  constructor(
    readonly dir: string,
    projectDir: string,
    private readonly problems: Problems,
    /** the deck's `theme:` line */
    private readonly at: SourceLoc | undefined,
    /** file texts by path, for code frames */
    private readonly sources?: Map<string, string>,
  ) {
    this.confine = isUnder(dir, builtinThemes) ? undefined : [projectDir, builtinThemes];
    if (this.confine && !realInside(dir, this.confine)) {
      const name = relative(projectDir, dir);
      problems.fail({ code: 'theme-outside-project', params: { kind: 'folder', name, link: isLink(dir) }, ...this.atTheme() });
    }
  }

  /** The deck's `theme:` line, the theme's name underlined. */
  private atTheme(): { loc?: SourceLoc; length?: number } {
    const name = this.dir.split(/[\\/]/).pop() ?? '';
    // (no line when the theme came from `--theme`)
    return this.at ? underline(this.sources?.get(this.at.file), this.at, name) : {};
  }

  /** The text of `theme.yaml` or `symbols.yaml`, recorded for code frames. */
  readText(name: string): string {
    const file = join(this.dir, name);
    const real = this.confine ? realInside(file, this.confine) : file;
    if (!real) {
      return this.problems.fail({ code: 'theme-outside-project', params: { kind: 'file', name, link: isLink(file) }, ...this.atTheme() });
    }
    const size = regularFile(real, this.problems).size;
    if (size > MAX_THEME_FILE_BYTES) {
      this.problems.fail({ code: 'theme-file-too-big', params: { name, mb: (size / 1048576).toFixed(0), maxMb: MAX_THEME_FILE_BYTES / 1048576 }, ...this.atTheme() });
    }
    const text = readUtf8(real, this.problems);
    this.texts.set(file, text);
    this.sources?.set(file, text);
    return text;
  }

  /** The four faces' metrics; `locate` says where theme.yaml names each. */
  metrics(paths: Record<FontStyle, string>, locate: (style: FontStyle) => SourceLoc): Record<FontStyle, FontMetrics> {
    const read = (style: FontStyle) => this.metricsFile(paths[style], locate(style), style);
    const metrics = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
    this.problems.throwIfErrors();
    return metrics as Record<FontStyle, FontMetrics>;
  }

  private metricsFile(path: string, loc: SourceLoc, style: FontStyle): FontMetrics | undefined {
    const file = join(this.dir, path);
    const at = underline(this.texts.get(loc.file), loc, path);
    const error = (why: DistributiveOmit<Extract<Raise, { code: 'theme-metrics' }>['params'], 'path' | 'style'>) => {
      this.problems.error({ code: 'theme-metrics', params: { path, style, ...why }, ...at });
      return undefined;
    };
    if (!existsSync(file)) return error({ kind: 'missing', link: isLink(file) });
    // a link inside the theme folder may still lead anywhere
    const real = this.confine ? realInside(file, this.confine) : file;
    if (!real) return error({ kind: 'outside', link: isLink(file) });
    const stats = statSync(real);
    if (!stats.isFile()) return error({ kind: 'not-a-file', folder: stats.isDirectory() });
    if (stats.size > MAX_THEME_FILE_BYTES) return error({ kind: 'too-big', mb: (stats.size / 1048576).toFixed(0), maxMb: MAX_THEME_FILE_BYTES / 1048576 });
    let text: string;
    try {
      text = readFileSync(real, 'utf8');
    } catch (e) {
      return error({ kind: 'unreadable', errno: (e as NodeJS.ErrnoException).code ?? 'error' });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // never JSON.parse's own message: it quotes the file's first characters
      return error({ kind: 'not-json' });
    }
    const parsed = metricsSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const missing = issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined;
      return error({ kind: 'not-metrics', key: issue.path.map(String).join('.'), missing, issue });
    }
    return new FontMetrics(parsed.data);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What tools/gen-metrics.mjs writes; FontMetrics keeps widths for the Basic Multilingual Plane in 16 bits. */
const fontUnits = z.number().int(schemaError('font-units')).min(-32768).max(65535);
const metricsSchema = z
  .object({
    unitsPerEm: z.number().int().min(16).max(16384),
    ascender: fontUnits,
    descender: fontUnits,
    lineGap: fontUnits,
    missing: fontUnits.min(0),
    // 2 300 entries a face: a plain loop, not a schema per entry (a schema took 20 ms a face, at every start)
    widths: z.custom<Record<string, number>>(widthsOk, schemaError('widths')),
  })
  .refine((m) => m.ascender - m.descender + m.lineGap > 0, schemaError('line-height'));

function widthsOk(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const [cp, w] of Object.entries(v)) {
    if (!/^\d{1,5}$/.test(cp) || Number(cp) > 0xffff || !Number.isInteger(w) || w < 0 || w > 65535) return false;
  }
  return true;
}

/** The value at `path` in parsed JSON, or undefined. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let v = json;
  for (const k of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** `loc` moved to where its line shows `value` (after the key), to underline it; `loc` itself when the line does not. */
function underline(text: string | undefined, loc: SourceLoc, value: string): { loc: SourceLoc; length?: number } {
  const line = text?.split('\n')[loc.line - 1] ?? '';
  // after the key's colon: the name `t` is not the t of `theme:`
  const colon = line.indexOf(':', loc.column - 1);
  const column = value ? line.indexOf(value, colon >= 0 ? colon + 1 : loc.column - 1) : -1;
  return column >= 0 ? { loc: { ...loc, column: column + 1 }, length: value.length } : { loc };
}
