import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Problems } from '../../errors/diagnostic.js';
import type { TemplateFaultKind } from '../../i18n/messages/types.js';
import type { SourceLoc } from '../../model/types.js';
import type { FontMetrics, FontStyle } from '../../text/metrics.js';
import { parseLocatedYaml } from '../../util/yaml-locate.js';
import { ByteLru } from '../../util/byte-budget.js';
import { themeSchema, type MasterKey } from '../schema.js';
import { Theme } from '../theme.js';
import { closest } from '../../errors/suggest.js';
import { openTemplate, TemplateFault, type TemplateParts } from './open-package.js';
import { readTemplate, type TemplateModel } from './read-template.js';
import { ROLE_NAMES, SIDECAR_KEYS, sidecarSchema, type TemplateSidecar } from './sidecar.js';
import { templateRoles, templateThemeData, type RoleLayout } from './template-theme.js';

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
  const fail = (fault: TemplateFaultKind): never => problems.fail({ code: 'bad-template', params: { name: shown, fault }, loc: at, length: shown.length });
  let parts: TemplateParts;
  let model: TemplateModel;
  try {
    parts = openTemplate(readFileSync(file), basename(file));
    model = readTemplate(parts);
  } catch (e) {
    if (e instanceof TemplateFault) return fail(e.fault);
    return fail({ kind: 'unreadable', text: (e as Error).message });
  }
  const sidecar = readSidecar(side, problems, sources);
  const { roles, problems: roleProblems } = templateRoles(model, sidecar.layouts ?? {});
  for (const fault of roleProblems) problems.error({ code: 'bad-template', params: { name: shown, fault }, loc: at, length: shown.length });
  problems.throwIfErrors();
  const data = templateThemeData(model, roles, sidecar, basename(file));
  const checked = themeSchema.safeParse(data);
  if (!checked.success) return fail({ kind: 'senseless', issues: checked.error.issues.map((issue) => ({ path: issue.path.join('.'), issue })) });
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
  for (const e of doc.errors) problems.error({ code: 'template-yaml', params: { kind: 'yaml', problem: e.problem }, loc: e.loc });
  problems.throwIfErrors();
  const parsed = sidecarSchema.safeParse(doc.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.join('.');
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0]! : undefined;
      const known: readonly string[] = where === 'layouts' ? ROLE_NAMES : where === '' ? SIDECAR_KEYS : [];
      const near = unknown !== undefined ? closest(unknown, [...known]) : undefined;
      const path = unknown !== undefined ? [...issue.path, unknown] : issue.path;
      problems.error({
        code: 'template-yaml',
        params: unknown === undefined ? { kind: 'issue', where, issue } : { kind: where === 'layouts' ? 'not-a-role' : 'unknown-key', where, key: unknown, known: [...known], near },
        loc: doc.locate(path),
        length: String(path.at(-1) ?? '').length || undefined,
      });
    }
    problems.throwIfErrors();
  }
  return parsed.data ?? {};
}

export function invalidateTemplates(): void {
  cache.clear();
}
