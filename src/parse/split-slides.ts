import type { Problems } from '../errors/diagnostic.js';
import type { SourceLoc } from '../model/types.js';

/** One slide's lines of the templated Markdown, before Markdown parsing. */
export interface SlideChunk {
  /** index of the chunk's first line in the templated Markdown */
  start: number;
  lines: string[];
  /** the YAML of each directive comment at the top, in order, and the line it starts on */
  directives: { yaml: string; line: number }[];
  /** `::: notes` blocks: their lines and first line */
  notes: { lines: string[]; start: number }[];
  /** the slide's own Markdown (directive and notes removed, replaced by blank lines to keep line numbers) */
  body: string[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Split on lines that are exactly `---`, except inside code fences; take the
 * directive comment and the notes out of each slide.
 *
 * @example
 * splitSlides('# A\n---\n# B', …) // two chunks
 */
export function splitSlides(markdown: string, lineMap: SourceLoc[], problems: Problems): SlideChunk[] {
  const lines = markdown.split('\n');
  const chunks: { start: number; lines: string[] }[] = [{ start: 0, lines: [] }];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      const mark = f[1]!;
      if (!fence) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = undefined;
    }
    if (!fence && line.trimEnd() === '---') chunks.push({ start: i + 1, lines: [] });
    else chunks[chunks.length - 1]!.lines.push(line);
  });
  return chunks.map((c) => takeApart(c.start, c.lines, lineMap, problems));
}

function takeApart(start: number, lines: string[], lineMap: SourceLoc[], problems: Problems): SlideChunk {
  const body = [...lines];
  const chunk: SlideChunk = { start, lines, notes: [], body, directives: [] };
  // the directives: every HTML comment before the slide's first other line (Marp reads them all)
  for (;;) {
    const first = body.findIndex((l) => l.trim() !== '');
    if (first < 0 || !body[first]!.trimStart().startsWith('<!--')) break;
    let end = first;
    while (end < body.length && !body[end]!.includes('-->')) end++;
    if (end >= body.length) {
      problems.error({ code: 'unclosed-directive', loc: lineMap[start + first] });
      break;
    }
    const text = body.slice(first, end + 1).join('\n');
    // the first line's YAML starts after `<!-- `: drop those spaces so a second line at column 1 lines up
    const inner = text.replace(/^\s*<!--[ \t]*/, '').replace(/-->\s*$/, '');
    chunk.directives.push({ yaml: inner, line: start + first });
    for (let i = first; i <= end; i++) body[i] = '';
  }
  // speaker notes: `::: notes` … `:::`
  let fence: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const f = FENCE.exec(body[i]!);
    if (f) fence = fence ? undefined : f[1];
    if (fence || !/^:::\s*notes\s*$/.test(body[i]!.trim())) continue;
    let end = i + 1;
    while (end < body.length && body[end]!.trim() !== ':::') end++;
    if (end >= body.length) {
      problems.error({ code: 'unclosed-notes', loc: lineMap[start + i], length: body[i]!.length });
      end = body.length;
    }
    chunk.notes.push({ lines: body.slice(i + 1, end), start: start + i + 1 });
    for (let k = i; k <= Math.min(end, body.length - 1); k++) body[k] = '';
    i = end;
  }
  return chunk;
}
