import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** file contents by path, for the code frame */
  sources: ReadonlyMap<string, string>;
  color: boolean;
  /** paths are printed relative to this folder */
  cwd?: string;
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
  const out: string[] = [];
  const where = d.loc ? `${relative(d.loc.file, opts.cwd)}:${d.loc.line}:${d.loc.column}: ` : '';
  out.push(`${bold(where)}${red(d.severity)}: ${d.message} ${dim(`[${d.code}]`)}`);
  const text = d.loc ? opts.sources.get(d.loc.file) : undefined;
  if (d.loc && text !== undefined) {
    const lineText = text.split(/\r?\n/)[d.loc.line - 1];
    if (lineText !== undefined) {
      const gutter = String(d.loc.line).padStart(5);
      out.push(`${dim(`${gutter} |`)} ${lineText}`);
      const pad = ' '.repeat(Math.max(0, d.loc.column - 1));
      const marks = '^'.repeat(Math.max(1, Math.min(d.length ?? 1, Math.max(1, lineText.length - d.loc.column + 1))));
      out.push(`${dim(`${' '.repeat(gutter.length)} |`)} ${pad}${red(marks)}`);
    }
  }
  if (d.includedFrom) out.push(`  included from ${relative(d.includedFrom.file, opts.cwd)}:${d.includedFrom.line}:${d.includedFrom.column}`);
  if (d.expected) out.push(`  expected: ${d.expected}`);
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}

function relative(file: string, cwd: string | undefined): string {
  if (cwd && file.startsWith(cwd + '/')) return file.slice(cwd.length + 1);
  return file;
}
