import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeckFile } from '../../src/build.js';
import { Problems } from '../../src/errors/diagnostic.js';
import { layoutDeck } from '../../src/layout/index.js';
import type { PlacedSlide } from '../../src/layout/types.js';
import { loadDeck } from '../../src/load/load-deck.js';
import { buildDeck } from '../../src/model/build-model.js';
import { renderTemplate } from '../../src/template/render-template.js';
import { TextMeasurer } from '../../src/text/measure.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { formatDiagnostic } from '../../src/errors/format.js';
import { root } from '../helpers.js';
import { geometryProblems } from './geometry.js';

/**
 * Lay out Markdown (a whole deck body, front-matter added) without writing a
 * file: for component model and geometry tests.
 */
export function layOut(body: string, frontMatter = 'title: Test\nlang: nb') {
  const dir = mkdtempSync(join(tmpdir(), 'samling-comp-'));
  const file = join(dir, 'deck.md');
  writeFileSync(file, `---\n${frontMatter}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
  const problems = new Problems();
  const sources = new Map<string, string>();
  const messages = () => problems.list.map((d) => formatDiagnostic(d, { sources, color: false, cwd: dir })).join('\n\n');
  try {
    const source = loadDeck(file, problems, sources);
    const theme = loadTheme('krd', root, problems, { file, line: 1, column: 1 });
    const templated = renderTemplate(source, new Map(), {}, undefined, problems);
    const deck = buildDeck(source, templated, undefined, problems);
    const measure = new TextMeasurer(theme.metrics, theme.sizes.lineSpacing);
    const slides = layoutDeck({ deck, theme, measure, problems, deckDir: dir, projectDir: root }).slice(1);
    const geometry = slides.flatMap((s: PlacedSlide) => geometryProblems(s, theme.width, theme.height, theme.data.footer.rule.y));
    return { slides, problems: problems.list, messages, geometry, deck };
  } catch (e) {
    return { slides: [] as PlacedSlide[], problems: problems.list, messages, geometry: [] as string[], deck: undefined, error: e };
  }
}

/** Build Markdown to .pptx bytes (for XML read-back tests). */
export async function buildPptx(body: string, frontMatter = 'title: Test\nlang: nb') {
  const dir = mkdtempSync(join(tmpdir(), 'samling-comp-'));
  const file = join(dir, 'deck.md');
  writeFileSync(file, `---\n${frontMatter}\n---\n\n<!-- layout: title -->\n\n---\n\n${body}\n`);
  return buildDeckFile(file);
}
