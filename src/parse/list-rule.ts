import type { MarkdownIt, StateBlock } from 'markdown-it';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
interface RuleEntry {
  name: string;
  fn: BlockRule;
  alt: string[];
}

/** `12. rest of line` (or `12)`) at a line's first non-blank character. */
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]+(.*))?$/;

function orderedMarker(state: StateBlock, line: number): { n: number; delim: string; text: string; width: number } | undefined {
  const start = state.bMarks[line]! + state.tShift[line]!;
  const m = ORDERED.exec(state.src.slice(start, state.eMarks[line]));
  if (!m) return undefined;
  const spaces = /^[ \t]*/.exec(state.src.slice(start + m[1]!.length + 1, state.eMarks[line]))![0].length;
  // CommonMark: 1–4 spaces after the marker belong to it; more, and the item's text is indented code
  return { n: Number(m[1]), delim: m[2]!, text: m[3] ?? '', width: m[1]!.length + 1 + (spaces >= 1 && spaces <= 4 ? spaces : 1) };
}

/**
 * Norwegian writes dates and ordinals at the start of a line: `6. desember
 * 2011`, `17. mai`, `3. samling`. In CommonMark each of these starts a
 * numbered list, which loses the number and changes the text's meaning. So
 * `N. text` is a list item only when N is 1 or one more than the numbered
 * item before (in this slide, at the same depth), and the text does not
 * start with a lowercase letter; otherwise the line is ordinary text.
 */
export function listItemAllowed(n: number, previous: number | undefined, text: string): boolean {
  return (n === 1 || (previous !== undefined && n === previous + 1)) && !/^\p{Ll}/u.test(text);
}

/** The number of the last numbered list item at the depth a list starting here would have. */
function previousNumber(state: StateBlock): number | undefined {
  for (let i = state.tokens.length - 1; i >= 0; i--) {
    const t = state.tokens[i]!;
    if (t.type === 'list_item_open' && t.level === state.level + 1 && /^\d+$/.test(t.info)) return Number(t.info);
  }
  return undefined;
}

/**
 * The first line at which a numbered list starting at `startLine` must end
 * because the line reads as text (`1. Kvalitet` then `6. desember …`), or
 * undefined. Only lines that would be the list's own items are looked at:
 * a line indented into an item's text belongs to the item and is judged
 * when the item's text is parsed. A line past the list's natural end may be
 * returned too: ending the list there changes nothing.
 */
function textLineInList(state: StateBlock, startLine: number, endLine: number): number | undefined {
  const first = orderedMarker(state, startLine)!;
  let previous = first.n;
  let contentIndent = state.sCount[startLine]! + first.width;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    const indent = state.sCount[line]!;
    if (indent < state.blkIndent || indent >= contentIndent) continue;
    const marker = orderedMarker(state, line);
    if (!marker || marker.delim !== first.delim) continue;
    if (!listItemAllowed(marker.n, previous, marker.text)) return line;
    previous = marker.n;
    contentIndent = indent + marker.width;
  }
  return undefined;
}

/** Wrap markdown-it's `list` rule (rules_block/list.mjs) with the rule above; bullet lists are untouched. */
export function useNorwegianListRule(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: RuleEntry[] }).__rules__;
  const list = rules.find((r) => r.name === 'list');
  if (!list) throw new Error('markdown-it has no `list` block rule');
  const original = list.fn;
  const rule: BlockRule = (state, startLine, endLine, silent) => {
    // indented code is not a list: let the original say no
    if (state.sCount[startLine]! - state.blkIndent >= 4) return original(state, startLine, endLine, silent);
    // a line left of the text it would end is the next item of a list outside: that list's own call judged it
    if (state.sCount[startLine]! < state.blkIndent) return original(state, startLine, endLine, silent);
    const marker = orderedMarker(state, startLine);
    if (!marker) return original(state, startLine, endLine, silent);
    if (!listItemAllowed(marker.n, previousNumber(state), marker.text)) return false;
    if (silent) return original(state, startLine, endLine, silent);
    const stop = textLineInList(state, startLine, endLine);
    if (stop === undefined) return original(state, startLine, endLine, silent);
    // the list ends before that line: every rule run inside the list (an item's paragraph too) stops there
    const lineMax = state.lineMax;
    state.lineMax = stop;
    try {
      return original(state, startLine, stop, silent);
    } finally {
      state.lineMax = lineMax;
    }
  };
  md.block.ruler.at('list', rule, { alt: list.alt });
}
