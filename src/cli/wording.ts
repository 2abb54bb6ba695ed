/** Status-line wording shared by `build`, `check` and `watch`. */

/** `1 slide`, `2 slides`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The last line of a run over several decks: `check` builds nothing, so it says so. */
export function summaryLine(command: string, decks: number, failed: number): string {
  if (failed) return `${failed} of ${decks} decks failed`;
  return `${decks} decks ${command === 'check' ? 'checked' : 'built'}`;
}
