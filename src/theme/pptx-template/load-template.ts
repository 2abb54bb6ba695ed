import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Problems } from '../../errors/diagnostic.js';
import type { SourceLoc } from '../../model/types.js';
import type { FontMetrics, FontStyle } from '../../text/metrics.js';
import { parseLocatedYaml } from '../../util/yaml-locate.js';
import { ByteLru } from '../../util/byte-budget.js';
import { themeSchema, type MasterKey } from '../schema.js';
import { Theme } from '../theme.js';
import { closest } from '../../errors/suggest.js';
import { openTemplate, TemplateFault, type TemplateParts } from './open-package.js';
import { readTemplate, type TemplateModel } from './read-template.js';
import { chooseLayouts } from './roles.js';
import { ROLE_NAMES, SIDECAR_KEYS, sidecarSchema, type TemplateSidecar } from './sidecar.js';
import { roleLayouts, templateThemeData, type RoleLayout } from './template-theme.js';

/** A template theme's own parts and what was read from them: the render stage writes slides into these. */
export interface LoadedTemplate {
  file: string;
  parts: TemplateParts;
  model: TemplateModel;
  roles: Map<MasterKey, RoleLayout>;
  sidecar: TemplateSidecar;
  /** the `.samling.yaml` beside it, when there is one */
  sidecarFile?: string;
}

/**
 * Template themes by file, with the size and times they were read at. Bounded
 * by bytes (`approxBytes`: the template's parts — its pictures too — and what
 * was read from them), least recently used first.
 */
export const TEMPLATE_CACHE_BYTES = 64 * 1024 * 1024;
const cache = new ByteLru<{ stamp: string; theme: Theme }>(TEMPLATE_CACHE_BYTES);

/** `DEPMAL.potx` → `DEPMAL.samling.yaml` */
export const sidecarOf = (file: string) => file.replace(/\.(potx|pptx)$/i, '.samling.yaml');

/**
 * A .potx/.pptx as a theme. Every fault of the file is one located error at
 * the deck's `theme:` line; so is a sidecar YAML that does not validate.
 * `metrics` gives the font metrics for the template's fonts.
 */
export function loadTemplateTheme(file: string, shown: string, problems: Problems, at: SourceLoc | undefined, metrics: (fonts: { heading: string; body: string }) => Record<FontStyle, FontMetrics>, sources?: Map<string, string>): Theme {
  const side = sidecarOf(file);
  const stat = statSync(file);
  const stamp = `${stat.mtimeMs}|${stat.size}|${existsSync(side) ? statSync(side).mtimeMs : 0}`;
  const hit = cache.get(file);
  if (hit?.stamp === stamp) return hit.theme;
  const fail = (message: string, expected: string, hint?: string): never => problems.fail({ code: 'bad-template', message: `${shown}: ${message}`, loc: at, length: shown.length, expected, hint });
  let parts: TemplateParts;
  let model: TemplateModel;
  try {
    parts = openTemplate(readFileSync(file), basename(file));
    model = readTemplate(parts);
  } catch (e) {
    if (e instanceof TemplateFault) return fail(e.message, e.expected, e.hint);
    return fail(`cannot be read as a PowerPoint template (${(e as Error).message})`, 'a .potx or .pptx saved by PowerPoint or LibreOffice', 'open the file in PowerPoint and save it again as a template');
  }
  const sidecar = readSidecar(side, problems, sources);
  const { choices, problems: roleProblems } = chooseLayouts(model, sidecar.layouts ?? {});
  for (const p of roleProblems) problems.error({ code: 'bad-template', message: `${shown}: ${p.message}`, loc: at, length: shown.length, expected: p.expected, hint: p.hint });
  problems.throwIfErrors();
  const roles = roleLayouts(choices);
  const data = templateThemeData(model, roles, sidecar, basename(file));
  const checked = themeSchema.safeParse(data);
  if (!checked.success) return fail(`its sizes or boxes do not make sense to samling (${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`, 'a template whose placeholders lie on the slide', 'check the layouts in View → Slide Master');
  const template: LoadedTemplate = { file, parts, model, roles, sidecar, sidecarFile: existsSync(side) ? side : undefined };
  const theme = new Theme(checked.data, file, metrics(model.fonts), sidecar.symbols ?? {}, template);
  cache.set(file, { stamp, theme });
  return theme;
}

function readSidecar(file: string, problems: Problems, sources?: Map<string, string>): TemplateSidecar {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  sources?.set(file, text);
  const doc = parseLocatedYaml(text, file);
  for (const e of doc.errors) problems.error({ code: 'template-yaml', message: `not valid YAML: ${e.message}`, loc: e.loc });
  problems.throwIfErrors();
  const parsed = sidecarSchema.safeParse(doc.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.join('.');
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0]! : undefined;
      const known: readonly string[] = where === 'layouts' ? ROLE_NAMES : where === '' ? SIDECAR_KEYS : [];
      const near = unknown !== undefined ? closest(unknown, [...known]) : undefined;
      const message =
        unknown === undefined ? `${where || 'the file'}: ${issue.message}`
        : where === 'layouts' ? `layouts: \`${unknown}\` is not a samling layout`
        : `${where ? `${where}: ` : ''}unknown key \`${unknown}\``;
      const path = unknown !== undefined ? [...issue.path, unknown] : issue.path;
      problems.error({
        code: 'template-yaml',
        message,
        loc: doc.locate(path),
        length: String(path.at(-1) ?? '').length || undefined,
        expected: known.length && unknown !== undefined ? `one of ${known.join(', ')}` : undefined,
        hint: near ? `did you mean \`${near}\`?` : 'the JSON schema of this file: `samling schema` writes template.schema.json',
      });
    }
    problems.throwIfErrors();
  }
  return parsed.data ?? {};
}

export function invalidateTemplates(): void {
  cache.clear();
}
