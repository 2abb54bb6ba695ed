import { say, type CliKey, type CliParams, type MessageLang } from '../i18n/messages/index.js';
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

/** Wrong use of the command line (exit status 2): said in the run's language (`words`), English as its message. */
export class UsageError extends Error {
  constructor(readonly words: (lang: MessageLang) => string) {
    super(words('en'));
  }
}

/** A usage error from the catalogues' `cli` section: `usageError('usage-port')`. */
export const usageError = <K extends CliKey>(key: K, ...params: CliParams<K>): UsageError => new UsageError((lang) => say(lang, key, ...params));

export function usage(lang: MessageLang = 'en'): string {
  return overview(lang);
}

/** The options of `samling new`; given twice, an option that takes one value is a usage error (never "the last wins"). */
function newOption(args: Args, flag: string, value: string): void {
  const once = <K extends 'network' | 'venue' | 'title'>(key: K) => {
    if (args[key] !== undefined) throw usageError('usage-twice', { option: flag, first: args[key]!, second: value });
    args[key] = value;
  };
  if (flag === '--network') once('network');
  else if (flag === '--venue') once('venue');
  else if (flag === '--title') once('title');
  else if (flag === '--date') args.dates.push(value);
  else if (flag === '--dates') args.dates.push(...value.split(',').map((d) => d.trim()).filter(Boolean));
  else if (flag === '--lang') {
    if (value !== 'nb' && value !== 'nn' && value !== 'en') throw usageError('usage-lang');
    args.lang = value;
  } else if (flag === '--gathering') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw usageError('usage-gathering');
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
  else throw usageError('usage-unknown-command', { command: first });
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--out' || a === '-o') {
      const dir = rest.shift();
      if (!dir) throw usageError('usage-needs-folder', { option: '--out' });
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
      if (value === undefined || value === '') throw usageError('usage-needs-value', { option: a });
      newOption(args, a, value);
    }
    else if (a === '--port') {
      const port = Number(rest.shift());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('usage-port');
      args.port = port;
      args.given.add('port');
    } else if (a === '--png') {
      const dir = rest.shift();
      if (!dir) throw usageError('usage-needs-folder', { option: '--png' });
      args.png = dir;
    }
    else if (a === '--theme' || a.startsWith('--theme=')) {
      const value = a === '--theme' ? rest.shift() : a.slice('--theme='.length);
      if (!value) throw usageError('usage-theme');
      if (args.theme !== undefined) throw usageError('usage-twice', { option: '--theme', first: args.theme, second: value });
      args.theme = value;
    }
    else if (a === '--no-color') args.color = false;
    else if (a === '--color') args.color = true;
    else if (a === '-q' || a === '--quiet') args.quiet = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--help' || a === '-h') return { ...args, command: 'help', helpFor: args.watch ? 'watch' : args.command };
    else if (a.startsWith('-')) throw usageError('usage-unknown-option', { option: a });
    else {
      args.paths.push(a);
      args.given.add('paths');
    }
  }
  if (args.theme !== undefined && !['build', 'check', 'preview'].includes(args.command)) throw usageError('usage-theme-command', { command: args.command });
  if (args.command === 'init') {
    if (args.paths.length > 1) throw usageError('usage-init');
    return args;
  }
  if (args.command === 'new') {
    if (args.paths.length !== 1) throw usageError('usage-new');
    return args;
  }
  if (args.command === 'theme') {
    if (args.paths[0] !== 'check' || args.paths.length !== 2) throw usageError('usage-theme-check');
    return args;
  }
  if (args.command === 'components') {
    if (args.paths.length > 1) throw usageError('usage-components');
    return args;
  }
  if (args.command === 'schema') {
    if (args.paths.length) throw usageError('usage-schema');
    if (!args.given.has('out')) args.out = 'schemas';
    return args;
  }
  if (!args.paths.length) args.paths.push('decks');
  return args;
}
