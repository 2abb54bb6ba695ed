import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { buildDeckFile, type BuildResult } from '../src/build.js';
import { formatDiagnostic } from '../src/errors/format.js';
import type { MessageLang } from '../src/i18n/messages/index.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...p: string[]) => join(root, 'tests', 'fixtures', ...p);

/** Build a deck through the library, its messages in English unless a test asks for nb or nn. */
export async function build(file: string, messages: MessageLang = 'en'): Promise<BuildResult> {
  return buildDeckFile(resolve(root, file), { messages });
}

/** Every diagnostic as the CLI prints it (no colour, paths relative to the repo), in the build's language. */
export function messages(result: BuildResult): string {
  return result.diagnostics.map((d) => formatDiagnostic(d, { sources: result.sources, color: false, cwd: root, lang: result.messages })).join('\n\n');
}

/** The parts of a .pptx, XML as text. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await entry.async('string'));
  }
  return parts;
}

/** Slide XML parts in slide order. */
export function slides(parts: Map<string, string>): string[] {
  return [...parts.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((n) => parts.get(n)!);
}

/** The layout (by its name) a slide uses. */
export function layoutName(parts: Map<string, string>, slideNo: number): string {
  const rels = parts.get(`ppt/slides/_rels/slide${slideNo}.xml.rels`)!;
  const target = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)![1]!;
  return /<p:cSld name="([^"]*)"/.exec(parts.get(`ppt/slideLayouts/${target}`)!)![1]!;
}

/** Text of each shape of a slide, with its placeholder type when it has one (`obj`: a content placeholder, p:ph without a type). */
export function shapes(xml: string): { ph?: string; text: string }[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const sp = m[1]!;
    const ph = /<p:ph\b/.test(sp) ? (/<p:ph[^>]*type="(\w+)"/.exec(sp)?.[1] ?? 'obj') : undefined;
    const text = [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1]!)).join('');
    return { ph, text };
  });
}

export function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export const readText = (p: string) => readFileSync(p, 'utf8');

/** A locale that asks for English messages (LC_ALL and LC_MESSAGES empty: LANG decides). */
export const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/**
 * The command as a facilitator runs it, in `cwd` (needs `npm run build`, which `npm test` does first).
 * Its messages are English (a C locale) unless `env` gives a locale: a developer's `LANG=nb_NO.UTF-8` changes nothing.
 */
export function samlingCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [join(root, 'bin/samling.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...ENGLISH, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
