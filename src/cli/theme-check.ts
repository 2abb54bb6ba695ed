import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DeckError, Problems } from '../errors/diagnostic.js';
import { formatDiagnostic } from '../errors/format.js';
import { say, type MessageLang } from '../i18n/messages/index.js';
import { projectOf } from '../project.js';
import { loadTheme } from '../theme/load-theme.js';
import { partsWithRepeatedIds } from '../theme/pptx-template/shape-ids.js';
import { roleName, ROLES } from '../theme/pptx-template/roles.js';
import type { TemplatePlaceholder } from '../theme/pptx-template/read-template.js';
import { findFontMetrics } from '../text/system-fonts.js';

/**
 * `samling theme check maler/DEPMAL.potx`: the template's preflight. Which
 * layout serves each samling role (found, named in the .samling.yaml, or a
 * fallback), the placeholders it fills, the colours and fonts found, fonts
 * not installed, and what is missing. Exit 1 when the template cannot be used.
 */
export function themeCheck(file: string, color: boolean, lang: MessageLang = 'en'): { text: string; ok: boolean } {
  const path = resolve(file);
  const problems = new Problems(lang);
  const at = { file: path, line: 1, column: 1 };
  if (!existsSync(path)) return { text: `samling: ${say(lang, 'no-such-file', { file })}\n`, ok: false };
  const project = projectOf(path);
  let out = '';
  try {
    const theme = loadTheme(relative(project.root, path), project.root, problems, at, { deckDir: project.root, readable: [project.root, resolve(path, '..')] });
    const t = theme.template!;
    const inch = (n: number) => n.toFixed(2);
    const box = (p: TemplatePlaceholder) => `${p.type}${p.idx !== undefined ? ` idx ${p.idx}` : ''} ${inch(p.box.w)}×${inch(p.box.h)} in at ${inch(p.box.x)},${inch(p.box.y)}`;
    // the template's own size and boxes, as PowerPoint shows them (samling lays out on its 13.33-in page and scales)
    const [w, h] = [t.model.size.cx / 914400, t.model.size.cy / 914400];
    out += `${file}: ${t.model.masters.length} master${t.model.masters.length === 1 ? '' : 's'}, ${t.model.layouts.length} layouts, ${inch(w)} × ${inch(h)} in (${ratio(w, h)})\n`;
    out += `\nroles → layouts\n`;
    for (const role of ROLES) {
      const r = t.roles.get(role.key)!;
      const how = r.choice.how === 'fallback' ? `fallback: the ${roleName(r.choice.via!)} layout` : r.choice.how === 'named' ? 'named in the .samling.yaml' : 'found';
      const fills = [r.title ? `title ← ${box(r.title)}` : undefined, ...r.texts.slice(0, role.key === 'twoColumn' ? 2 : 1).map((p) => `text ← ${box(p)}`), r.picture ? `picture ← ${box(r.picture)}` : undefined].filter(Boolean);
      out += `  ${roleName(role.key).padEnd(10)} «${r.choice.layout.name}» (${how})\n${fills.map((f) => `               ${f}\n`).join('')}`;
    }
    const s = t.model.scheme;
    out += `\ncolours  text ${s.dk1}  background ${s.lt1}  dark 2 ${s.dk2}  light 2 ${s.lt2}\n         accents ${[1, 2, 3, 4, 5, 6].map((i) => s[`accent${i}`]).join(' ')}\n`;
    const pt = (n: number) => `${Math.round((n * w) / theme.width * 10) / 10}`;
    out += `sizes    title ${pt(theme.sizes.title.max)} pt, title slide ${pt(theme.sizes.titleSlide.max)} pt, body ${pt(theme.sizes.body.max)} pt (fitted down to ${pt(theme.sizes.body.min)})\n`;
    out += `fonts    headings ${t.model.fonts.heading}, body ${t.model.fonts.body}\n`;
    for (const face of new Set([t.model.fonts.heading, t.model.fonts.body])) {
      const found = findFontMetrics(face, 'regular');
      out += 'missing' in found ? `  ! ${face}: not installed, nor a metric-compatible font: text is measured as Liberation Sans (Arial's metrics) and may be drawn in another font\n` : `  ✓ ${face}: measured with ${found.file}${found.substitute ? ` (${found.substitute}, metric-compatible)` : ''}\n`;
    }
    out += `tables   ${t.model.tableStyle ? `the template's default table style ${t.model.tableStyle}` : "no table styles of its own: PowerPoint's built-in Medium Style 2 – Accent 1"}\n`;
    out += t.sidecarFile ? `extras   ${relative(process.cwd(), t.sidecarFile)}: ${Object.keys(t.sidecar).join(', ') || 'empty'}\n` : `extras   no ${relative(process.cwd(), t.file).replace(/\.(potx|pptx)$/i, '.samling.yaml')}: no footer text, no symbols; network colours are accents 1–4\n`;
    const repeats = partsWithRepeatedIds(t.parts).map((name) => name.replace(/^ppt\//, ''));
    if (repeats.length) out += `repairs  shape ids repeated in ${repeats.join(', ')}: the repeats get fresh ids in every deck (as PowerPoint does on opening)\n`;
    const fallbacks = [...t.roles.values()].filter((r) => r.choice.how === 'fallback');
    out += fallbacks.length ? `\n${fallbacks.length} role${fallbacks.length === 1 ? '' : 's'} on a fallback layout (a warning when a deck uses ${fallbacks.length === 1 ? 'it' : 'them'}); the template can be used.\n` : '\nEvery role has a layout of its own; the template can be used.\n';
    return { text: out, ok: true };
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
    // the lines quoted under each problem (a .samling.yaml's)
    const sources = new Map<string, string>();
    for (const file of new Set(problems.list.map((d) => d.loc?.file))) if (file && /\.ya?ml$/i.test(file) && existsSync(file)) sources.set(file, readFileSync(file, 'utf8'));
    return { text: out + problems.list.map((d) => formatDiagnostic(d, { sources, color, lang })).join("\n") + "\n", ok: false };
  }
}

function ratio(w: number, h: number): string {
  const r = w / h;
  return Math.abs(r - 16 / 9) < 0.02 ? '16:9' : Math.abs(r - 16 / 10) < 0.02 ? '16:10' : Math.abs(r - 4 / 3) < 0.02 ? '4:3' : `${r.toFixed(2)}:1`;
}
