import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { askMissing } from '../../src/cli/ask.js';

/** A terminal: streams that say they are TTYs, the answers typed in advance. */
function terminal(answers: string[]) {
  const input = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
  const output = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.WriteStream;
  let asked = '';
  (output as unknown as PassThrough).on('data', (c: Buffer) => {
    asked += c.toString();
    // answer each question as it is asked
    if (/: $/.test(asked)) (input as unknown as PassThrough).write(`${answers.shift() ?? ''}\n`);
  });
  return { input, output, asked: () => asked };
}

describe('samling new on a terminal', () => {
  it('asks for what the command line left out, and only that', async () => {
    const t = terminal(['Nettverk omdømme – tredje samling', '2014-04-29,2014-04-30', 'Gardermoen']);
    const answers = await askMissing(parseArgs(['new', 'x', '--network', 'omdomme-2-tovsen']), t.input, t.output);
    expect(answers).toEqual({ title: 'Nettverk omdømme – tredje samling', network: 'omdomme-2-tovsen', dates: ['2014-04-29', '2014-04-30'], venue: 'Gardermoen' });
    expect(t.asked()).toContain('Title');
    expect(t.asked()).not.toContain('Network id');
  });

  it('asks nothing without a terminal', async () => {
    const input = new PassThrough() as unknown as NodeJS.ReadStream;
    const output = new PassThrough() as unknown as NodeJS.WriteStream;
    expect(await askMissing(parseArgs(['new', 'x']), input, output)).toEqual({ title: undefined, network: undefined, dates: [], venue: undefined });
  });
});
