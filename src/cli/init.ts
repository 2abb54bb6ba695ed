import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { usageError } from './args.js';
import { say, type MessageLang } from '../i18n/messages/index.js';
import { jsonSchemas } from './schema-command.js';
import { isLink } from '../util/file-kind.js';

/**
 * npm leaves every `.gitignore` out of a package, so the starter keeps it as
 * `gitignore` and init gives it its real name.
 */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

export interface InitResult {
  /** the project folder, absolute */
  folder: string;
  /** files written, relative to the folder */
  written: string[];
  /** files that were there already and were left as they are */
  kept: string[];
}

/** The starter project the package ships (assembled into dist/starter by the build). */
export function starterFolder(): string {
  return join(packageRoot(), 'dist', 'starter');
}

/**
 * `samling init [folder]`: a ready project — decks/ with an example gathering
 * deck, the shared library and network data, a CSV with invented answers,
 * assets/, samling.yaml, a .gitignore for out/, and editor settings that hook
 * the JSON Schemas (schemas/) up to the YAML language server. A file that
 * is already there is never overwritten: it is kept and named.
 */
export function initProject(folder: string, starter = starterFolder()): InitResult {
  const target = resolve(folder);
  if (existsSync(target) && !lstatSync(target).isDirectory()) throw usageError('usage-init-file', { folder });
  if (!existsSync(starter)) throw new Error(`internal: the starter project is missing (${starter}); run \`npm run build\``);
  const result: InitResult = { folder: target, written: [], kept: [] };
  copyTree(starter, target, '', result);
  mkdirSync(join(target, 'assets'), { recursive: true });
  // the JSON Schemas .vscode/settings.json hooks up for the YAML language server (as `samling schema` writes them)
  mkdirSync(join(target, 'schemas'), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const rel = `schemas/${name}`;
    if (existsSync(join(target, rel))) result.kept.push(rel);
    else {
      writeFileSync(join(target, rel), JSON.stringify(schema, null, 2) + '\n');
      result.written.push(rel);
    }
  }
  return result;
}

function copyTree(from: string, to: string, rel: string, result: InitResult): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = RENAMED[entry.name] ?? entry.name;
    const source = join(from, entry.name);
    const dest = join(to, name);
    const relName = rel ? `${rel}/${name}` : name;
    if (entry.isDirectory()) {
      copyTree(source, dest, relName, result);
    } else if (existsSync(dest) || isLink(dest)) {
      result.kept.push(relName);
    } else {
      copyFileSync(source, dest);
      result.written.push(relName);
    }
  }
}


/** What init prints: what it did and the next three commands. */
export function initReport(result: InitResult, cwd = process.cwd(), lang: MessageLang = 'en'): string {
  const where = relative(cwd, result.folder) || '.';
  const deck = result.written.find((f) => /^decks\/[^_/][^/]*\.md$/.test(f)) ?? 'decks/<deck>.md';
  const lines = [say(lang, 'init-written', { folder: where, n: result.written.length })];
  if (result.kept.length) lines.push(say(lang, 'init-kept', { files: result.kept }));
  lines.push('', say(lang, 'init-next'));
  if (where !== '.') lines.push(`  cd ${where.includes(' ') ? JSON.stringify(where) : where}`);
  lines.push(
    `  npx samling build --pdf                 ${say(lang, 'init-build', { deck })}`,
    `  npx samling watch --preview             ${say(lang, 'init-watch')}`,
    '  npx samling new 2014-06-kompetanse-samling-2 --network kompetanse-1-nord --dates 2014-06-04,2014-06-05',
  );
  return lines.join('\n');
}
