import { cliText, type MessageLang } from '../i18n/messages/index.js';
import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** file contents by path, for the code frame */
  sources: ReadonlyMap<string, string>;
  color: boolean;
  /** paths are printed relative to this folder */
  cwd?: string;
  /** the language of the labels (`error`, `expected:`, `hint:`): the build's (`BuildResult.messages`); English by default */
  lang?: MessageLang;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/**
 * Print a diagnostic as the author should see it:
 *
 * ```
 * decks/a.md:12:13: error: unknown layout `programm` [unknown-layout]
 *    12 | <!-- layout: programm -->
 *       |              ^^^^^^^^
 *   expected: one of `title`, `content`, …
 *   hint: did you mean `programme`?
 * ```
 */
export function formatDiagnostic(d: Diagnostic, opts: FormatOptions): string {
  const red = paint(opts.color, d.severity === 'error' ? '31;1' : '33;1');
  const dim = paint(opts.color, '2');
  const bold = paint(opts.color, '1');
  const words = cliText(opts.lang ?? 'en');
  const out: string[] = [];
  const where = d.loc ? `${relative(d.loc.file, opts.cwd)}:${d.loc.line}:${d.loc.column}: ` : '';
  out.push(`${bold(where)}${red(words[d.severity])}: ${shorten(d.message, MAX_MESSAGE)} ${dim(`[${d.code}]`)}`);
  const text = d.loc ? opts.sources.get(d.loc.file) : undefined;
  if (d.loc && text !== undefined) {
    const fullLine = text.split(/\r?\n/)[d.loc.line - 1];
    if (fullLine !== undefined) {
      // a long line (a 9 MB one-line deck) is shown as FRAME_WIDTH characters around the column
      const { lineText, column } = frameWindow(fullLine, d.loc.column);
      const gutter = String(d.loc.line).padStart(5);
      out.push(`${dim(`${gutter} |`)} ${lineText}`);
      const pad = ' '.repeat(Math.max(0, column - 1));
      const marks = '^'.repeat(Math.max(1, Math.min(d.length ?? 1, Math.max(1, lineText.length - column + 1))));
      out.push(`${dim(`${' '.repeat(gutter.length)} |`)} ${pad}${red(marks)}`);
    }
  }
  if (d.includedFrom) out.push(`  ${words.includedFrom({ where: `${relative(d.includedFrom.file, opts.cwd)}:${d.includedFrom.line}:${d.includedFrom.column}` })}`);
  if (d.expected) out.push(`  ${words.expected}: ${d.expected}`);
  if (d.hint) out.push(`  ${words.hint}: ${d.hint}`);
  return out.join('\n');
}

function relative(file: string, cwd: string | undefined): string {
  if (cwd && file.startsWith(cwd + '/')) return file.slice(cwd.length + 1);
  return file;
}

/** How much of a line a code frame shows, and of a message: the rest is elided with `…`. */
const FRAME_WIDTH = 200;
const MAX_MESSAGE = 400;

function frameWindow(line: string, column: number): { lineText: string; column: number } {
  if (line.length <= FRAME_WIDTH) return { lineText: line, column };
  const start = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const end = start + FRAME_WIDTH;
  const before = start > 0 ? '…' : '';
  return { lineText: `${before}${line.slice(start, end)}${end < line.length ? '…' : ''}`, column: column - start + before.length };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
