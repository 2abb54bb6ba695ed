import type { MessageLang } from '../i18n/messages/index.js';
import { overview } from './help.js';

/** Parsed command line. */
export interface Args {
  command: 'build' | 'check' | 'components' | 'preview' | 'new' | 'init' | 'schema' | 'theme' | 'help' | 'version';
  paths: string[];
  out: string;
  watch: boolean;
  /** watch with the preview page */
  preview: boolean;
  port: number;
  /** `build --pdf`: also the deck as PDF and its notes pages, drawn by LibreOffice */
  pdf: boolean;
  /** `preview --png DIR`: write the slide pictures and stop */
  png?: string;
  /** `new`: the deck's network id, dates (every `--date`, and `--dates a,b`), language, gathering number, venue, title */
  network?: string;
  dates: string[];
  lang?: 'nb' | 'nn' | 'en';
  gathering?: number;
  venue?: string;
  title?: string;
  color: boolean;
  /** `-q`: only errors and warnings; `--verbose`: also the files each deck read */
  quiet: boolean;
  verbose: boolean;
  /** `--theme`: a theme name or a template's path (from this folder); wins over the front-matter and samling.yaml */
  theme?: string;
  /** `samling <command> --help`: the command whose help to print */
  helpFor?: string;
  /** settings given on the command line: they win over samling.yaml */
  given: Set<'out' | 'port' | 'paths' | 'pdf'>;
  /**
   * the language of samling's messages in this run (src/i18n/language.ts):
   * `words` for the command line's own lines (samling.yaml of the project it
   * runs in, else the locale), `decks` for a deck whose samling.yaml names
   * none (the locale)
   */
  messages: { words: MessageLang; decks: MessageLang };
}

export class UsageError extends Error {}



export function usage(): string {
  return overview();
}

/** The options of `samling new`; given twice, an option that takes one value is a usage error (never "the last wins"). */
function newOption(args: Args, flag: string, value: string): void {
  const once = <K extends 'network' | 'venue' | 'title'>(key: K) => {
    if (args[key] !== undefined) throw new UsageError(`${flag} is given twice (\`${args[key]}\` and \`${value}\`)`);
    args[key] = value;
  };
  if (flag === '--network') once('network');
  else if (flag === '--venue') once('venue');
  else if (flag === '--title') once('title');
  else if (flag === '--date') args.dates.push(value);
  else if (flag === '--dates') args.dates.push(...value.split(',').map((d) => d.trim()).filter(Boolean));
  else if (flag === '--lang') {
    if (value !== 'nb' && value !== 'nn' && value !== 'en') throw new UsageError('--lang needs nb (bokmål), nn (nynorsk) or en (English)');
    args.lang = value;
  } else if (flag === '--gathering') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--gathering needs a whole number from 1 (which gathering this is)');
    args.gathering = n;
  }
}

/** Colour on a terminal; FORCE_COLOR (not 0) forces it, NO_COLOR turns it off. */
function defaultColor(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: 'help', paths: [], out: 'out', watch: false, preview: false, port: 4010, pdf: false, dates: [], color: defaultColor(), quiet: false, verbose: false, given: new Set(), messages: { words: 'en', decks: 'en' } };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h') return args;
  if (first === 'help') return { ...args, helpFor: rest[0] };
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first === 'watch') {
    args.command = 'build';
    args.watch = true;
  } else if (first === 'preview') {
    args.command = 'preview';
    args.preview = true;
  } else if (first === 'build' || first === 'check' || first === 'components' || first === 'new' || first === 'init' || first === 'schema' || first === 'theme') args.command = first;
  else throw new UsageError(`unknown command \`${first}\` (commands: init, new, build, watch, preview, check, components, schema, theme)`);
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
    else if (a === '--pdf') {
      args.pdf = true;
      args.given.add('pdf');
    }
    else if (['--network', '--date', '--dates', '--lang', '--gathering', '--venue', '--title'].includes(a)) {
      const value = rest.shift();
      if (value === undefined || value === '') throw new UsageError(`${a} needs a value`);
      newOption(args, a, value);
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
    else if (a === '--theme' || a.startsWith('--theme=')) {
      const value = a === '--theme' ? rest.shift() : a.slice('--theme='.length);
      if (!value) throw new UsageError('--theme needs a theme name or a template, like `--theme krd` or `--theme maler/DEPMAL.potx`');
      if (args.theme !== undefined) throw new UsageError(`--theme is given twice (\`${args.theme}\` and \`${value}\`)`);
      args.theme = value;
    }
    else if (a === '--no-color') args.color = false;
    else if (a === '--color') args.color = true;
    else if (a === '-q' || a === '--quiet') args.quiet = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--help' || a === '-h') return { ...args, command: 'help', helpFor: args.watch ? 'watch' : args.command };
    else if (a.startsWith('-')) throw new UsageError(`unknown option \`${a}\``);
    else {
      args.paths.push(a);
      args.given.add('paths');
    }
  }
  if (args.theme !== undefined && !['build', 'check', 'preview'].includes(args.command)) throw new UsageError(`--theme is for build, watch, preview and check, not \`samling ${args.command}\``);
  if (args.command === 'init') {
    if (args.paths.length > 1) throw new UsageError('samling init takes one folder (default: this folder)');
    return args;
  }
  if (args.command === 'new') {
    if (args.paths.length !== 1) throw new UsageError('samling new needs one deck name, like `samling new 2014-04-omdomme-samling-3`');
    return args;
  }
  if (args.command === 'theme') {
    if (args.paths[0] !== 'check' || args.paths.length !== 2) throw new UsageError('samling theme check needs one template: `samling theme check maler/DEPMAL.potx`');
    return args;
  }
  if (args.command === 'components') {
    if (args.paths.length > 1) throw new UsageError('samling components takes one name at most, like `samling components network-map`');
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
