import type { Args } from './args.js';
import { say } from '../i18n/messages/index.js';
import { readline } from '../util/builtin.js';

export interface NewDeckAnswers {
  title?: string;
  network?: string;
  dates: string[];
  venue?: string;
}

/**
 * `samling new` on a terminal asks for what the command line left out (an
 * empty answer leaves the placeholder, which `samling check` then points at).
 * Without a terminal (scripts, CI) nothing is asked.
 */
export async function askMissing(args: Args, input = process.stdin, output = process.stdout): Promise<NewDeckAnswers> {
  const answers: NewDeckAnswers = { title: args.title, network: args.network, dates: [...args.dates], venue: args.venue };
  if (!input.isTTY || !output.isTTY) return answers;
  const rl = readline().createInterface({ input, output });
  try {
    const ask = async (q: string) => (await rl.question(q)).trim() || undefined;
    const lang = args.messages.words;
    answers.title ??= await ask(say(lang, 'ask-title'));
    answers.network ??= await ask(say(lang, 'ask-network'));
    if (!answers.dates.length) answers.dates = ((await ask(say(lang, 'ask-dates'))) ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    answers.venue ??= await ask(say(lang, 'ask-venue'));
  } finally {
    rl.close();
  }
  return answers;
}
