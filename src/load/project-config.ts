import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Problems } from '../errors/diagnostic.js';
import { isUnder } from '../util/inside.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import { readUtf8 } from './load-deck.js';

/**
 * `samling.yaml` at the project root (optional):
 *
 *   # folders outside the project that decks may read (pictures, a shared _library or _data)
 *   allow:
 *     - ../felles-bilder
 */
export interface ProjectConfig {
  /** absolute folders besides the project that decks may read */
  allow: string[];
  /** where the config file is or would be: the watcher rebuilds on its change */
  file: string;
}

const schema = z.strictObject({
  allow: z.array(z.string({ error: 'a folder, relative to the project (like `../felles-bilder`)' }).min(1), { error: 'a list of folders' }).default([]),
});

export function loadProjectConfig(root: string, problems: Problems, sources: Map<string, string>): ProjectConfig {
  const file = join(root, 'samling.yaml');
  if (!existsSync(file)) return { allow: [], file };
  const text = readUtf8(file, problems);
  sources.set(file, text);
  const doc = parseLocatedYaml(text, file);
  for (const e of doc.errors) problems.error({ code: 'config-yaml', message: `samling.yaml is not valid YAML: ${e.message}`, loc: e.loc, hint: e.hint });
  if (doc.errors.length) return { allow: [], file };
  const parsed = schema.safeParse(doc.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      problems.error({
        code: 'config-schema',
        message: unknown ? `samling.yaml has an unknown key \`${unknown}\`` : `samling.yaml \`${issue.path.join('.') || 'file'}\` is not right`,
        loc: doc.locate(unknown ? [unknown] : (issue.path as PropertyKey[])),
        expected: unknown ? '`allow:` (folders outside the project that decks may read)' : issue.message,
        length: unknown?.length,
        hint: 'samling.yaml has one key, a list of folders: `allow: [../felles-bilder]`',
      });
    }
    return { allow: [], file };
  }
  const home = realOrSelf(homedir());
  const allow: string[] = [];
  parsed.data.allow.forEach((folder, i) => {
    const loc = doc.locate(['allow', i]);
    const real = realOrSelf(resolve(root, folder));
    // judged where it leads, not by how it is written: `../../../..` is `/` too
    if (isUnder(realOrSelf(root), real) || isUnder(home, real)) {
      problems.error({ code: 'config-allow', message: `\`${folder}\` holds the project itself${isUnder(home, real) ? ' or your home folder' : ''}: decks could read any file in it`, loc, length: folder.length, expected: 'a shared folder beside the project, like `../felles-bilder`', hint: 'name the folder that holds the shared files, not one above it' });
      return;
    }
    if (isAbsolute(folder)) problems.warn({ code: 'config-absolute', message: `\`${folder}\` is an absolute path: the project will not build on another machine`, loc, hint: 'write it relative to the project, like `../felles-bilder`' });
    allow.push(real);
  });
  return { allow, file };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
