import { helpText, type MessageLang } from '../i18n/messages/index.js';

/**
 * What `samling <command> --help` prints: each command's usage, its options
 * and examples a facilitator can copy. `samling --help` lists the commands.
 * The shape is here (commands, flags, the example command lines); the words
 * are the message catalogues' `help` section, in the run's language.
 */
export type CommandName = 'init' | 'new' | 'build' | 'watch' | 'preview' | 'check' | 'components' | 'theme';

export interface CommandShape {
  name: CommandName;
  /** the flags, in the order they are listed (each described in the catalogues' `help[name].options`) */
  options: string[];
  /** command lines to copy (each explained by `help[name].examples`, in order) */
  examples: string[];
}

const COMMON = ['-q, --quiet', '--verbose', '--color, --no-color', '-h, --help'] as const;
const THEME = '--theme NAME|FILE';

export const commandShapes: CommandShape[] = [
  { name: 'init', options: [], examples: ['npx samling init', 'npx samling init nettverk-kompetanse'] },
  {
    name: 'new',
    options: ['--network ID', '--dates D1,D2', '--lang nb|nn|en', '--gathering N', '--venue TEXT', '--title TEXT'],
    examples: ['npx samling new 2014-03-kompetanse-samling-4 --network kompetanse-1-nord --dates 2014-03-12,2014-03-13 --gathering 4 --venue "Scandic Bodø" --title "Nettverk kompetanse nord – fjerde samling"'],
  },
  {
    name: 'build',
    options: ['-o, --out DIR', '--pdf', '-w, --watch', THEME],
    examples: ['npx samling build', 'npx samling build decks/2013-10-omdomme-samling-2.md --pdf', 'npx samling build decks/a.md -o ~/Skrivebord/a.pptx', 'npx samling build --theme maler/DEPMAL.potx -o out-depmal'],
  },
  { name: 'watch', options: ['-o, --out DIR', '--preview', '--port N', THEME], examples: ['npx samling watch --preview'] },
  { name: 'preview', options: ['--port N', '--png DIR', THEME], examples: ['npx samling preview', 'npx samling preview decks/a.md --png bilder'] },
  { name: 'check', options: [THEME], examples: ['npx samling check'] },
  { name: 'components', options: [], examples: ['npx samling components', 'npx samling components evaluation-results', 'npx samling components nettverkskart'] },
  { name: 'theme', options: [], examples: ['npx samling theme check maler/DEPMAL.potx', 'theme: maler/DEPMAL.potx'] },
];

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** `samling <command> --help`. */
export function helpFor(name: string, lang: MessageLang = 'en'): string | undefined {
  const c = commandShapes.find((h) => h.name === name);
  if (!c) return undefined;
  const words = helpText(lang);
  const own = words[c.name];
  const options: [string, string][] = [...c.options.map((o): [string, string] => [o, (own.options as Record<string, string>)[o]!]), ...COMMON.map((o): [string, string] => [o, words.common[o]])];
  const width = Math.max(...options.map(([o]) => o.length)) + 2;
  const lines = [`samling ${c.name} — ${own.summary}`, '', `${words.usage}: ${own.usage}`, '', `${words.options}:`, ...options.map(([o, d]) => `  ${pad(o, width)}${d}`), '', `${words.examples}:`];
  c.examples.forEach((cmd, i) => {
    const what = own.examples[i];
    lines.push(`  ${cmd}`, ...(what ? [`      ${what}`] : []));
  });
  return lines.join('\n');
}

/** `samling --help`: the commands, one line each. */
export function overview(lang: MessageLang = 'en'): string {
  const words = helpText(lang);
  const width = Math.max(...commandShapes.map((c) => c.name.length)) + 3;
  return [
    words.title,
    '',
    `${words.usage}: ${words.overviewUsage}`,
    '',
    `${words.commands}:`,
    ...commandShapes.map((c) => `  ${pad(c.name, width)}${words[c.name].summary}`),
    '',
    words.more,
    words.version,
    '',
    words.exit,
  ].join('\n');
}
