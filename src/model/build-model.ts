import type { Problems } from '../errors/diagnostic.js';
import type { Source } from '../load/load-deck.js';
import { parseBlocks, type TokenCache } from '../parse/markdown.js';
import { splitSlides, type SlideChunk } from '../parse/split-slides.js';
import type { Templated } from '../template/render-template.js';
import { parseLocatedYaml } from '../util/yaml-locate.js';
import type { Block, Deck, Directives, NetworkEntry, Slide, SourceLoc } from './types.js';

/**
 * The `parse` and `model` stages: templated Markdown → slides with their
 * layout, directives, blocks and notes, each with the author's location.
 */
export function buildDeck(source: Source, templated: Templated, network: NetworkEntry | undefined, problems: Problems, tokens?: TokenCache): Deck {
  const { lineMap } = templated;
  const chunks = splitSlides(templated.markdown, lineMap, problems);
  const slides: Slide[] = [];
  tokens?.start(false);
  chunks.forEach((chunk, i) => {
    const slide = toSlide(chunk, slides.length + 1, lineMap, problems, tokens);
    const empty = !slide.blocks.length && !chunk.directives.length && !slide.notes.length;
    // nothing before the first `---` is no slide; an empty slide later is a mistake
    if (empty) {
      if (i > 0) {
        problems.error({ code: 'empty-slide', loc: slide.loc });
      }
      return;
    }
    slides.push(slide);
  });
  tokens?.finish();
  if (!slides.length) {
    problems.error({ code: 'empty-deck', loc: { file: source.file, line: source.bodyLine, column: 1 } });
  }
  slides.forEach((s, i) => {
    s.index = i + 1;
    s.layout = String(s.directives.layout ?? (i === 0 ? 'title' : 'content'));
  });
  return { file: source.file, name: source.name, meta: source.meta, network, slides };
}

function toSlide(chunk: SlideChunk, index: number, lineMap: SourceLoc[], problems: Problems, tokens: TokenCache | undefined): Slide {
  const firstText = chunk.lines.findIndex((l) => l.trim() !== '');
  const loc = lineMap[chunk.start + Math.max(0, firstText)] ?? lineMap[lineMap.length - 1]!;
  const { directives, directiveLocs } = readDirectives(chunk, lineMap, problems);
  const blocks = parseBlocks(chunk.body, chunk.start, lineMap, problems, tokens);
  const notes: Block[] = chunk.notes.flatMap((n) => parseBlocks(n.lines, n.start, lineMap, problems, tokens));
  return { index, layout: '', directives, directiveLocs, blocks, notes, loc };
}

/**
 * Every directive comment at the top of the slide, merged in order: a later
 * comment's key replaces an earlier one's (a warning says so).
 */
function readDirectives(chunk: SlideChunk, lineMap: SourceLoc[], problems: Problems): { directives: Directives; directiveLocs: Record<string, SourceLoc> } {
  const directives: Directives = {};
  const directiveLocs: Record<string, SourceLoc> = {};
  chunk.directives.forEach((comment, n) => {
    const at = lineMap[comment.line]!;
    const rawLine = chunk.lines[comment.line - chunk.start] ?? '';
    // the YAML starts after `<!--` on the comment's first line
    const startCol = rawLine.indexOf('<!--') + 4 + (/^<!--([ \t]*)/.exec(rawLine.trimStart())?.[1]?.length ?? 0) + 1;
    const yaml = parseLocatedYaml(comment.yaml, at.file, at.line - 1);
    const fix = (l: SourceLoc): SourceLoc => ({ ...(l.line === at.line ? { ...l, column: l.column + startCol - 1 } : l), ...(at.includedFrom ? { includedFrom: at.includedFrom } : {}) });
    for (const e of yaml.errors.slice(0, 1)) {
      problems.error({ code: 'directive-yaml', params: { problem: e.problem }, loc: fix(e.loc) });
    }
    if (yaml.errors.length) return;
    const value = yaml.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value) || value === null) {
      if (n === 0) {
        problems.error({ code: 'directive-not-mapping', params: { first: true }, loc: fix(yaml.locate([])) });
      } else {
        // a plain remark after the directives: harmless, but it may be a directive with a typo
        problems.warn({ code: 'directive-not-mapping', params: { first: false }, loc: fix(yaml.locate([])) });
      }
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const loc = fix(yaml.locate([key]));
      if (key in directives) {
        problems.warn({ code: 'directive-twice', params: { key, value: String(v), before: String(directives[key]), firstLine: directiveLocs[key]!.line }, loc, length: key.length });
      }
      directives[key] = v;
      directiveLocs[key] = loc;
    }
  });
  return { directives, directiveLocs };
}
