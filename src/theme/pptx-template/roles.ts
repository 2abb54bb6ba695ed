import type { TemplateFaultKind } from '../../i18n/messages/types.js';
import type { MasterKey } from '../schema.js';
import { isTitle, type PhType, type TemplateLayout, type TemplateModel, type TemplatePlaceholder } from './read-template.js';

/**
 * Which of a template's layouts serves each samling role. A role is found by
 * the layout's type and placeholders (PowerPoint's own names vary with the
 * language: «Tittel og innhold», «Title and Content»), or by the name given in
 * the template's `.samling.yaml`. A role the template lacks falls back to a
 * stated other role; with no fallback left the template cannot be used.
 */

export interface RoleChoice {
  key: MasterKey;
  /** the layout used */
  layout: TemplateLayout;
  /** how it was chosen */
  how: 'named' | 'found' | 'fallback';
  /** for a fallback: the role whose layout is used */
  via?: MasterKey;
}

const TEXT_TYPES: PhType[] = ['body', 'obj', 'subTitle'];
const isText = (p: TemplatePlaceholder) => TEXT_TYPES.includes(p.type) && !p.vertical;
const texts = (l: TemplateLayout) => l.placeholders.filter(isText);
const hasTitle = (l: TemplateLayout) => l.placeholders.some((p) => isTitle(p) && !p.vertical);
const vertical = (l: TemplateLayout) => l.placeholders.some((p) => p.vertical);

/** Roles in the order they are looked for, each with how to recognise its layout and what it falls back to. */
export const ROLES: { key: MasterKey; find: (l: TemplateLayout) => boolean; fallback: MasterKey[] }[] = [
  { key: 'title', find: (l) => (l.type === 'title' || l.placeholders.some((p) => p.type === 'ctrTitle') || (hasTitle(l) && l.placeholders.some((p) => p.type === 'subTitle'))) && !vertical(l), fallback: [] },
  { key: 'content', find: (l) => (l.type === 'obj' || l.type === 'tx') && hasTitle(l) && texts(l).length === 1 && !l.placeholders.some((p) => p.type === 'subTitle' || p.type === 'ctrTitle'), fallback: [] },
  { key: 'text', find: (l) => l.type === 'tx' && hasTitle(l) && texts(l).length === 1 && texts(l)[0]!.type === 'body', fallback: ['content'] },
  { key: 'twoColumn', find: (l) => l.type === 'twoObj' || (hasTitle(l) && texts(l).length === 2 && sideBySide(texts(l))), fallback: ['content'] },
  // text beside a picture, not a caption under it (PowerPoint's "Picture with Caption" has room for a line)
  { key: 'image', find: (l) => hasTitle(l) && texts(l).length >= 1 && l.placeholders.some((p) => p.type === 'pic' && texts(l)[0]!.box.h >= p.box.h * 0.6), fallback: ['twoColumn', 'content'] },
  { key: 'fullImage', find: (l) => l.type === 'blank' && !l.placeholders.some((p) => isTitle(p) || isText(p)), fallback: ['blank'] },
  { key: 'chart', find: (l) => hasTitle(l) && l.placeholders.some((p) => p.type === 'chart'), fallback: ['content'] },
  { key: 'section', find: (l) => l.type === 'secHead' && hasTitle(l), fallback: ['title'] },
  { key: 'quote', find: () => false, fallback: ['blank'] },
  { key: 'blank', find: (l) => l.type === 'titleOnly' && hasTitle(l), fallback: ['content'] },
];

/**
 * A role as an author writes it: the layout names of the deck format
 * (`two-column`, `full-image`), and `title-only` for the layout components
 * draw on. The sidecar's `layouts:` takes these (and the internal keys).
 */
const SPOKEN: Partial<Record<MasterKey, string>> = { twoColumn: 'two-column', fullImage: 'full-image', blank: 'title-only' };
export const roleName = (key: MasterKey): string => SPOKEN[key] ?? key;
export const roleKeyOf = (name: string): MasterKey | undefined => ROLES.find((r) => r.key === name || roleName(r.key) === name)?.key;

const sideBySide = (ps: TemplatePlaceholder[]) => Math.abs(ps[0]!.box.y - ps[1]!.box.y) < 0.3 && Math.abs(ps[0]!.box.x - ps[1]!.box.x) > 1;

export type RoleProblem = Extract<TemplateFaultKind, { kind: 'no-named-layout' | 'no-role-layout' }>;

/**
 * A layout for every role: the one named in `names`, else the first found on
 * the first master that has one, else the fallback's. Problems (a name that is
 * not a layout, a role with nothing to fall back to) are returned, not thrown.
 */
export function chooseLayouts(model: TemplateModel, names: Partial<Record<MasterKey, string>>): { choices: Map<MasterKey, RoleChoice>; problems: RoleProblem[] } {
  const choices = new Map<MasterKey, RoleChoice>();
  const problems: RoleProblem[] = [];
  const layoutNames = model.layouts.map((l) => l.name);
  for (const role of ROLES) {
    const named = names[role.key];
    if (named !== undefined) {
      const layout = model.layouts.find((l) => l.name === named) ?? model.layouts.find((l) => l.name.toLowerCase() === named.toLowerCase());
      if (layout) {
        choices.set(role.key, { key: role.key, layout, how: 'named' });
        continue;
      }
      problems.push({ kind: 'no-named-layout', named, role: roleName(role.key), layouts: layoutNames });
    }
    // the first master's layouts first: a template's other masters are often variants
    const ordered = [...model.layouts].sort((a, b) => a.master - b.master);
    const found = ordered.find(role.find);
    if (found) choices.set(role.key, { key: role.key, layout: found, how: 'found' });
  }
  // a fallback may itself fall back (quote → title only → content): settle in rounds
  for (let round = 0; round < ROLES.length; round++) {
    for (const role of ROLES) {
      if (choices.has(role.key)) continue;
      const via = role.fallback.find((k) => choices.has(k));
      if (via) choices.set(role.key, { key: role.key, layout: choices.get(via)!.layout, how: 'fallback', via });
    }
  }
  for (const role of ROLES) {
    if (!choices.has(role.key)) problems.push({ kind: 'no-role-layout', role: role.key });
  }
  return { choices, problems };
}
