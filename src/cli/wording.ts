import { say, type MessageLang } from '../i18n/messages/index.js';

/** Status-line wording shared by `build`, `check` and `watch`. */

/** The last line of a run over several decks: `check` builds nothing, so it says so. */
export function summaryLine(lang: MessageLang, command: string, decks: number, failed: number): string {
  if (failed) return say(lang, 'some-failed', { failed, decks });
  return say(lang, 'all-built', { decks, check: command === 'check' });
}
