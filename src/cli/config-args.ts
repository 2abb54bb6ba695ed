import { join } from 'node:path';
import { Problems } from '../errors/diagnostic.js';
import { formatDiagnostic } from '../errors/format.js';
import { loadProjectConfig } from '../load/project-config.js';
import { projectOf } from '../project.js';
import type { Args } from './args.js';

/**
 * The settings of samling.yaml that the command line also has (`out`, the
 * decks folder, the preview port), filled into `args` where no flag gave
 * them. The config read is the project's the command runs in. A config with
 * errors stops the command (false) after printing them: nothing is built on
 * half a configuration. Per-deck settings (theme, lang, allow) are applied
 * by each deck's build from its own project's config.
 */
export function useProjectConfig(args: Args, cwd = process.cwd()): boolean {
  const problems = new Problems(args.messages.words);
  const sources = new Map<string, string>();
  const config = loadProjectConfig(projectOf(join(cwd, 'samling.yaml')).root, problems, sources);
  // warnings are left to each deck's build, which reads the same file
  const errors = problems.list.filter((d) => d.severity === 'error');
  for (const d of errors) process.stderr.write(formatDiagnostic(d, { sources, color: args.color, cwd, lang: problems.lang }) + '\n\n');
  if (errors.length) return false;
  if (!args.given.has('out') && config.out) args.out = config.out;
  if (!args.given.has('paths') && config.decks) args.paths = [config.decks];
  if (!args.given.has('port') && config.preview?.port !== undefined) args.port = config.preview.port;
  if (!args.given.has('pdf') && config.pdf) args.pdf = true;
  return true;
}
