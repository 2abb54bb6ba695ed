/** Parsed command line. */
export interface Args {
  command: 'build' | 'check' | 'components' | 'preview' | 'new' | 'schema' | 'help' | 'version';
  paths: string[];
  out: string;
  watch: boolean;
  /** watch with the preview page */
  preview: boolean;
  port: number;
  /** `preview --png DIR`: write the slide pictures and stop */
  png?: string;
  /** `new`: the deck's network id and first date */
  network?: string;
  date?: string;
  color: boolean;
  /** settings given on the command line: they win over samling.yaml */
  given: Set<'out' | 'port' | 'paths'>;
}

export class UsageError extends Error {}

const USAGE = `samling — Markdown decks → KRD-branded, editable PowerPoint

Usage:
  samling build [paths…] [--out DIR]   build decks (files or folders; default: decks) to DIR (default: out)
  samling watch [paths…] [--out DIR]   build, then rebuild the decks a change touches (= build --watch)
  samling watch --preview [--port N]   … and serve a page with the slides as LibreOffice draws them
  samling preview [paths…] [--png DIR] the preview page (= watch --preview); --png: write PNGs to DIR and stop
  samling check [paths…]               validate and lint only; writes nothing
  samling new <slug> [--network id] [--date YYYY-MM-DD]   start decks/<slug>.md from the library
  samling components                   list layouts and components, with their syntax
  samling schema [--out DIR]           write JSON Schemas of samling.yaml and _data/networks.yaml to DIR (default: schemas)
  samling --help | --version

Settings in samling.yaml at the project root (decks, out, theme, lang, preview.port …)
apply unless a flag or the deck's front-matter says otherwise.

Exit status: 0 success, 1 a deck has errors, 2 wrong usage.`;

export function usage(): string {
  return USAGE;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: 'help', paths: [], out: 'out', watch: false, preview: false, port: 4010, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, given: new Set() };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first === 'watch') {
    args.command = 'build';
    args.watch = true;
  } else if (first === 'preview') {
    args.command = 'preview';
    args.preview = true;
  } else if (first === 'build' || first === 'check' || first === 'components' || first === 'new' || first === 'schema') args.command = first;
  else throw new UsageError(`unknown command \`${first}\` (commands: build, watch, preview, check, new, components, schema)`);
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--out' || a === '-o') {
      const dir = rest.shift();
      if (!dir) throw new UsageError('--out needs a folder');
      args.out = dir;
      args.given.add('out');
    } else if (a.startsWith('--out=')) {
      args.out = a.slice(6);
      args.given.add('out');
    }
    else if (a === '--watch' || a === '-w') args.watch = true;
    else if (a === '--preview') args.preview = true;
    else if (a === '--network' || a === '--date') {
      const value = rest.shift();
      if (!value) throw new UsageError(`${a} needs a value`);
      if (a === '--network') args.network = value;
      else args.date = value;
    }
    else if (a === '--port') {
      const port = Number(rest.shift());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port needs a port number (0 picks a free one)');
      args.port = port;
      args.given.add('port');
    } else if (a === '--png') {
      const dir = rest.shift();
      if (!dir) throw new UsageError('--png needs a folder');
      args.png = dir;
    }
    else if (a === '--no-color') args.color = false;
    else if (a === '--color') args.color = true;
    else if (a === '--help' || a === '-h') return { ...args, command: 'help' };
    else if (a.startsWith('-')) throw new UsageError(`unknown option \`${a}\``);
    else {
      args.paths.push(a);
      args.given.add('paths');
    }
  }
  if (args.command === 'new') {
    if (args.paths.length !== 1) throw new UsageError('samling new needs one deck name, like `samling new 2014-04-omdomme-samling-3`');
    return args;
  }
  if (args.command === 'schema') {
    if (args.paths.length) throw new UsageError('samling schema takes no paths: `samling schema --out schemas`');
    if (!args.given.has('out')) args.out = 'schemas';
    return args;
  }
  if (!args.paths.length) args.paths.push('decks');
  return args;
}
