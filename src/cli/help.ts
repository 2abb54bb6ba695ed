/**
 * What `samling <command> --help` prints: each command's usage, its options
 * and examples a facilitator can copy. `samling --help` lists the commands.
 * Help and status lines are in English (the deck messages' language setting
 * does not apply to them).
 */
export interface CommandHelp {
  name: string;
  summary: string;
  usage: string;
  options: [string, string][];
  examples: [string, string][];
}

const COMMON: [string, string][] = [
  ['-q, --quiet', 'print only errors and warnings'],
  ['--verbose', 'also print the files each deck read'],
  ['--color, --no-color', 'colour in messages (default: on a terminal; FORCE_COLOR and NO_COLOR are honoured)'],
  ['-h, --help', 'this help'],
];

export const commandHelp: CommandHelp[] = [
  {
    name: 'init',
    summary: 'start a project: decks/ with an example deck, the shared library, network data, samling.yaml',
    usage: 'samling init [folder]',
    options: [],
    examples: [
      ['npx samling init', 'make this folder a samling project (never overwrites a file)'],
      ['npx samling init nettverk-kompetanse', 'make a new folder for the project'],
    ],
  },
  {
    name: 'new',
    summary: 'start decks/<slug>.md from the library (asks for what is missing on a terminal)',
    usage: 'samling new <slug> [options]',
    options: [
      ['--network ID', 'the network, an id in decks/_data/networks.yaml'],
      ['--dates D1,D2', 'the days of the gathering, YYYY-MM-DD (or --date D, once per day)'],
      ['--lang nb|nn|en', 'the deck\'s language (default nb)'],
      ['--gathering N', 'which gathering this is: 1, 2, 3 …'],
      ['--venue TEXT', 'where the gathering is'],
      ['--title TEXT', 'the deck\'s title'],
    ],
    examples: [
      ['npx samling new 2014-03-kompetanse-samling-4 --network kompetanse-1-nord --dates 2014-03-12,2014-03-13 --gathering 4 --venue "Scandic Bodø" --title "Nettverk kompetanse nord – fjerde samling"', ''],
    ],
  },
  {
    name: 'build',
    summary: 'build decks to .pptx (and PDF)',
    usage: 'samling build [decks or folders…] [options]',
    options: [
      ['-o, --out DIR', 'where the .pptx files go (default out); a name ending in .pptx writes that file (one deck)'],
      ['--pdf', 'also <deck>.pdf and <deck>-notater.pdf (one notes page per slide), drawn by LibreOffice'],
      ['-w, --watch', 'rebuild on every save (= samling watch)'],
      ['--theme NAME|FILE', 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say'],
    ],
    examples: [
      ['npx samling build', 'every deck in decks/ to out/'],
      ['npx samling build decks/2013-10-omdomme-samling-2.md --pdf', 'one deck, with its PDF files'],
      ['npx samling build decks/a.md -o ~/Skrivebord/a.pptx', 'one deck to a file of your choice'],
      ['npx samling build --theme maler/DEPMAL.potx -o out-depmal', 'every deck on the organisation\'s template, to try it'],
    ],
  },
  {
    name: 'watch',
    summary: 'build, then rebuild the decks a change touches',
    usage: 'samling watch [decks or folders…] [options]',
    options: [
      ['-o, --out DIR', 'where the .pptx files go (default out)'],
      ['--preview', 'serve a page with the slides as LibreOffice draws them'],
      ['--port N', 'the preview page\'s port (default 4010; 0 picks a free one)'],
      ['--theme NAME|FILE', 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say'],
    ],
    examples: [
      ['npx samling watch --preview', 'open the address it prints; every save redraws the slides'],
    ],
  },
  {
    name: 'preview',
    summary: 'the preview page (= watch --preview), or the slides as PNG files',
    usage: 'samling preview [decks or folders…] [options]',
    options: [
      ['--port N', 'the page\'s port (default 4010)'],
      ['--png DIR', 'write each deck\'s slides as PNG files to DIR and stop'],
      ['--theme NAME|FILE', 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say'],
    ],
    examples: [
      ['npx samling preview', 'the page, for every deck'],
      ['npx samling preview decks/a.md --png bilder', 'bilder/a/1.png, 2.png …'],
    ],
  },
  {
    name: 'check',
    summary: 'check decks and report every problem; writes nothing',
    usage: 'samling check [decks or folders…] [options]',
    options: [
      ['--theme NAME|FILE', 'build on this theme or template (like maler/DEPMAL.potx), whatever the decks and samling.yaml say'],
    ],
    examples: [['npx samling check', 'every deck in decks/']],
  },
  {
    name: 'components',
    summary: 'list the layouts, components and library partials, with their syntax, options and parameters',
    usage: 'samling components [name]',
    options: [],
    examples: [
      ['npx samling components', 'every layout and component with an example and its options, then the library partials'],
      ['npx samling components evaluation-results', 'one of them'],
      ['npx samling components nettverkskart', 'a library partial and its parameters'],
    ],
  },
  {
    name: 'theme',
    summary: "check an organisation's PowerPoint template before decks use it",
    usage: 'samling theme check <template.potx>',
    options: [],
    examples: [
      ['npx samling theme check maler/DEPMAL.potx', 'which layout serves each role, the colours, fonts and sizes found, what is missing'],
      ['theme: maler/DEPMAL.potx', 'then, in samling.yaml or a deck\'s front-matter: build on it'],
    ],
  },
];

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** `samling <command> --help`. */
export function helpFor(name: string): string | undefined {
  const c = commandHelp.find((h) => h.name === name);
  if (!c) return undefined;
  const options = [...c.options, ...COMMON];
  const width = Math.max(...options.map(([o]) => o.length)) + 2;
  const lines = [`samling ${c.name} — ${c.summary}`, '', `Usage: ${c.usage}`, '', 'Options:', ...options.map(([o, d]) => `  ${pad(o, width)}${d}`), '', 'Examples:'];
  for (const [cmd, what] of c.examples) lines.push(`  ${cmd}`, ...(what ? [`      ${what}`] : []));
  return lines.join('\n');
}

/** `samling --help`: the commands, one line each. */
export function overview(): string {
  const width = Math.max(...commandHelp.map((c) => c.name.length)) + 3;
  return [
    'samling — Markdown decks → branded, editable PowerPoint',
    '',
    'Usage: samling <command> [options]   (in a project folder: npx samling …)',
    '',
    'Commands:',
    ...commandHelp.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    '',
    'samling <command> --help shows a command\'s options and examples.',
    'samling --version prints the version.',
    '',
    'Exit status: 0 success, 1 a deck has errors, 2 wrong usage.',
  ].join('\n');
}
