import { basename } from 'node:path';
import type { Problems } from '../../errors/diagnostic.js';
import type { PlacedSlide } from '../../layout/types.js';
import type { SourceLoc } from '../../model/types.js';
import type { MasterKey } from '../schema.js';
import type { LoadedTemplate } from './load-template.js';
import { roleName } from './roles.js';

/**
 * What a deck loses on its template, said once per deck at its `theme:` line:
 * each role its slides use that the template lacks (and the layout used
 * instead), and, without a `.samling.yaml` beside the template, that there is
 * no footer text and no symbols.
 */
export function templateWarnings(t: LoadedTemplate, placed: PlacedSlide[], shown: string, at: SourceLoc | undefined, problems: Problems): void {
  const used = new Set(placed.map((s) => s.master));
  for (const master of used) {
    if (master.startsWith('layout:')) continue; // a layout of the template's own, named by the slide
    const key = master as MasterKey;
    const role = t.roles.get(key);
    if (role?.choice.how !== 'fallback') continue;
    problems.warn({
      code: 'template-fallback',
      params: { name: shown, role: roleName(key), layout: role.choice.layout.name, via: roleName(role.choice.via!), sidecar: basename(t.file).replace(/\.(potx|pptx)$/i, '.samling.yaml'), key },
      loc: at,
      length: shown.length,
    });
  }
  if (!t.sidecarFile) {
    problems.warn({ code: 'template-sidecar', params: { name: shown, sidecar: basename(t.file).replace(/\.(potx|pptx)$/i, '.samling.yaml') }, loc: at, length: shown.length });
  }
}
