import { createInterface } from 'node:readline/promises';
import type { Args } from './args.js';

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
  const rl = createInterface({ input, output });
  try {
    const ask = async (q: string) => (await rl.question(q)).trim() || undefined;
    answers.title ??= await ask('Title (the deck\'s title, e.g. Nettverk omdømme – tredje samling): ');
    answers.network ??= await ask('Network id (from decks/_data/networks.yaml, empty for none): ');
    if (!answers.dates.length) answers.dates = ((await ask('Dates (YYYY-MM-DD, comma between days): ')) ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    answers.venue ??= await ask('Venue: ');
  } finally {
    rl.close();
  }
  return answers;
}
