import MarkdownIt, { type Token } from 'markdown-it';
import type { Problems } from '../errors/diagnostic.js';
import type { Block, ListItem, Run, SourceLoc } from '../model/types.js';
import { useNorwegianListRule } from './list-rule.js';
import { detach, digest } from '../util/byte-budget.js';
import { LastBuild } from '../util/last-build.js';

/** The one markdown-it instance: CommonMark + GFM tables + bare URLs as links. */
const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false });
// `6. desember 2011` at the start of a line is a date, not a numbered list
useNorwegianListRule(md);
// markdown-it refuses `file:` targets and leaves `![x](file:///etc/hosts)` as literal slide text. A picture
// is judged by the layout stage (a located "not a local file" error), so the image rule alone lets `file:`
// through; links keep markdown-it's own check.
const imageRule = (md.inline.ruler as unknown as { __rules__: { name: string; fn: (state: unknown, silent: boolean) => boolean }[] }).__rules__.find((r) => r.name === 'image')!.fn;
md.inline.ruler.at('image', (state, silent) => {
  const validateLink = md.validateLink;
  md.validateLink = (url: string) => validateLink(url) || /^file:/i.test(url.trim());
  try {
    return imageRule(state, silent);
  } finally {
    md.validateLink = validateLink;
  }
});

/**
 * What a deck's rebuild can reuse of its last parse (watch mode, kept in the
 * deck's BuildCache): tokens by a digest of the slide's (or its notes') text
 * — most slides are the same as in the build before. Tokens are only read
 * below, never changed. Bounded by bytes as counted by `tokenBytes`: a
 * 6 MB deck's (mostly notes) are 37 MB.
 */
export const MARKDOWN_TOKEN_BYTES = 48 * 1024 * 1024;
export type TokenCache = LastBuild<Token[]>;
export const tokenCache = (): TokenCache => new LastBuild<Token[]>(MARKDOWN_TOKEN_BYTES);

function parseMarkdown(lines: string[], cache: TokenCache | undefined): Token[] {
  // (joined, several lines are a string of their own; one line is a view of the whole templated Markdown, which
  // tokens kept for the next build must not hold: byte-budget.ts, `detach`)
  const text = lines.length === 1 ? detach(lines[0]!) : lines.join('\n');
  if (!cache) return md.parse(text, {});
  const key = digest(text);
  let tokens = cache.get(key);
  if (!tokens) {
    tokens = md.parse(text, {});
    cache.keep(key, tokens, 2 * key.length + tokenBytes(tokens));
  }
  return tokens;
}

/**
 * What tokens hold: 160 bytes a token (its 13 fields and line map), 2 a
 * character of its text, 48 an attribute, and its children. Counted by hand:
 * `approxBytes` walks every field of every token with Object.entries, which
 * for a 6 MB deck's notes made 50 MB of garbage a build.
 */
function tokenBytes(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += 160 + 2 * (t.content.length + t.markup.length + t.info.length) + 48 * (t.attrs?.length ?? 0) + (t.children ? tokenBytes(t.children) : 0);
  return n;
}

/**
 * Parse one slide's Markdown into blocks; `offset` is the index of its first
 * line in the templated Markdown, so token lines map back through `lineMap`.
 */
export function parseBlocks(lines: string[], offset: number, lineMap: SourceLoc[], problems: Problems, cache?: TokenCache): Block[] {
  const tokens = parseMarkdown(lines, cache);
  const at = (t: Token | undefined): SourceLoc => {
    const line = offset + (t?.map?.[0] ?? 0);
    const loc = lineMap[line] ?? lineMap[lineMap.length - 1]!;
    const text = lines[t?.map?.[0] ?? 0] ?? '';
    return { ...loc, column: text.length - text.trimStart().length + 1 };
  };
  return new BlockReader(tokens, at, lines, problems).blocks();
}

class BlockReader {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly at: (t: Token | undefined) => SourceLoc,
    private readonly lines: string[],
    private readonly problems: Problems,
  ) {}

  blocks(until?: string): Block[] {
    const out: Block[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (until && t.type === until) {
        this.i++;
        break;
      }
      const block = this.block(t);
      if (block) out.push(...block);
    }
    return out;
  }

  private block(t: Token): Block[] | undefined {
    const loc = this.at(t);
    switch (t.type) {
      case 'heading_open': {
        const runs = inlineRuns(this.tokens[this.i + 1]!);
        this.i += 3;
        return [{ kind: 'heading', level: Number(t.tag.slice(1)), runs, loc }];
      }
      case 'paragraph_open': {
        const inline = this.tokens[this.i + 1]!;
        this.i += 3;
        return paragraphOrImages(inline, loc);
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const start = Number(t.attrGet('start') ?? 1);
        this.i++;
        const list: Block = { kind: 'list', ordered, start, items: this.listItems(ordered ? 'ordered_list_close' : 'bullet_list_close', start), loc };
        this.markers.set(list, t.markup);
        return [list];
      }
      case 'table_open':
        this.tableStart = t.map?.[0] ?? 0;
        this.i++;
        return [this.table(loc)];
      case 'blockquote_open':
        this.i++;
        return [{ kind: 'quote', blocks: this.attribution(this.blocks('blockquote_close')), loc }];
      case 'fence':
      case 'code_block':
        this.i++;
        return [{ kind: 'code', lang: t.info.trim(), text: t.content.replace(/\n$/, ''), loc }];
      case 'hr':
        // `----`, `***`, `___`: a facilitator most likely meant a new slide
        this.i++;
        this.problems.warn({ code: 'rule-ignored', params: { markup: t.markup }, loc, length: t.markup.length });
        return undefined;
      default:
        // html comments, closing tokens of things handled elsewhere
        this.i++;
        return undefined;
    }
  }

  /** the bullet character of each bullet list read: `-`, `*` or `+` */
  private readonly markers = new WeakMap<Block, string>();

  /**
   * `> - Ola Nordmann` as the last line of a quote is how many write the
   * attribution (`> — Ola Nordmann`); Markdown reads it as a one-item list.
   * Read it as the `— Ola Nordmann` line every layout knows.
   */
  private attribution(blocks: Block[]): Block[] {
    const last = blocks[blocks.length - 1];
    if (!last || last.kind !== 'list' || last.ordered || this.markers.get(last) !== '-' || blocks.length < 2) return blocks;
    const [item, ...more] = last.items;
    if (!item || more.length || item.children.length || !item.runs.length) return blocks;
    const [first, ...rest] = item.runs;
    return [...blocks.slice(0, -1), { kind: 'paragraph', runs: [{ ...first!, text: `— ${first!.text}` }, ...rest], loc: item.loc }];
  }

  private listItems(close: string, start: number): ListItem[] {
    const items: ListItem[] = [];
    let n = start;
    while (this.i < this.tokens.length && this.tokens[this.i]!.type !== close) {
      const t = this.tokens[this.i]!;
      if (t.type !== 'list_item_open') {
        this.i++;
        continue;
      }
      const loc = this.at(t);
      this.i++;
      const item: ListItem = { runs: [], children: [], loc, number: n++ };
      const inner = this.blocks('list_item_close');
      for (const b of inner) {
        if (b.kind === 'paragraph' || b.kind === 'heading') item.runs.push(...(item.runs.length ? [{ text: ' ', br: false }] : []), ...b.runs);
        else if (b.kind === 'list') item.children.push(...b.items);
        else if (b.kind === 'image') item.runs.push({ text: b.alt });
        else {
          // a list item holds text and nested items: say so rather than lose the rest
          this.problems.warn({ code: 'list-item-ignored', params: { block: b.kind }, loc: b.loc });
        }
      }
      items.push(item);
    }
    this.i++;
    return items;
  }

  /** markdown-it pads short rows and drops extra cells: say so rather than lose text. */
  private checkRowWidth(tr: Token): void {
    const line = tr.map ? this.lines[tr.map[0]] : undefined;
    if (line === undefined) return;
    const cells = (l: string) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).length;
    const want = cells(this.lines[this.tableStart] ?? '');
    const got = cells(line);
    if (got !== want) {
      this.problems.error({ code: 'ragged-table', params: { got, want }, loc: this.at(tr) });
    }
  }

  private tableStart = 0;

  private table(loc: SourceLoc): Block {
    const header: Run[][] = [];
    const rows: Run[][][] = [];
    const align: ('left' | 'center' | 'right')[] = [];
    let row: Run[][] | undefined;
    let inHead = false;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++]!;
      if (t.type === 'table_close') break;
      if (t.type === 'thead_open') inHead = true;
      else if (t.type === 'thead_close') inHead = false;
      else if (t.type === 'tr_open') {
        row = [];
        this.checkRowWidth(t);
      }
      else if (t.type === 'tr_close' && row) {
        if (inHead) header.push(...row);
        else rows.push(row);
      } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
        const style = String(t.attrGet('style') ?? '');
        if (inHead) align.push(style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left');
        const inline = this.tokens[this.i]!;
        row.push(inline.type === 'inline' ? inlineRuns(inline) : []);
      }
    }
    if (header.length > MAX_TABLE_COLUMNS) {
      this.problems.error({ code: 'table-too-wide', params: { columns: header.length, max: MAX_TABLE_COLUMNS }, loc });
    }
    return { kind: 'table', header, rows, align, loc };
  }
}

/** More columns than this cannot be read on a 16:9 slide at the theme's smallest table size. */
const MAX_TABLE_COLUMNS = 12;

/**
 * The file name as the author wrote it: markdown-it percent-encodes link
 * targets (`fjord-ø.png` → `fjord-%C3%B8.png`, `<mitt kart.png>` →
 * `mitt%20kart.png`), which would then not be found on disk.
 */
function imageSource(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** A paragraph that is only images (and spaces) becomes image blocks. */
function paragraphOrImages(inline: Token, loc: SourceLoc): Block[] {
  const children = inline.children ?? [];
  const images = children.filter((c) => c.type === 'image');
  const rest = children.filter((c) => c.type !== 'image' && !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
  if (images.length && !rest.length) {
    return images.map((img) => ({ kind: 'image' as const, src: imageSource(String(img.attrGet('src') ?? '')), alt: img.content, loc }));
  }
  return [{ kind: 'paragraph', runs: inlineRuns(inline), loc }];
}

/** Inline tokens → styled runs. */
export function inlineRuns(inline: Token): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let link: string | undefined;
  const push = (text: string, extra: Partial<Run> = {}) => {
    if (!text) return;
    const run: Run = { text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (link) run.link = link;
    Object.assign(run, extra);
    const prev = runs[runs.length - 1];
    // merge neighbours of one style: fewer runs in the XML, same look
    if (prev && !prev.br && prev.bold === run.bold && prev.italic === run.italic && prev.link === run.link && !prev.code && !run.code && !extra.br) prev.text += text;
    else runs.push(run);
  };
  for (const t of inline.children ?? []) {
    switch (t.type) {
      case 'text':
        push(t.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak': {
        const prev = runs[runs.length - 1];
        if (prev) prev.br = true;
        else push('\u200B', { br: true });
        break;
      }
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        link = String(t.attrGet('href') ?? '') || undefined;
        break;
      case 'link_close':
        link = undefined;
        break;
      case 'code_inline':
        push(t.content, { code: true });
        break;
      case 'image':
        push(t.content);
        break;
      case 'html_inline':
        break;
      default:
        if (t.content) push(t.content);
    }
  }
  if (runs.length) {
    runs[0]!.text = runs[0]!.text.replace(/^\s+/, '');
    const last = runs[runs.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
  }
  return runs.filter((r) => r.text !== '' || r.br);
}
