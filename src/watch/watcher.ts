import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { told } from '../errors/said-error.js';
import { BuildCache, buildDeckFile, type BuildOptions, type BuildResult } from '../build.js';
import { projectOf } from '../project.js';
import { digest } from '../util/byte-budget.js';
import { isUnder } from '../util/inside.js';
import { invalidateThemes } from '../theme/load-theme.js';
import { writeOutput, type Written } from './write-output.js';

/** What the watcher reports, one event per deck rebuild (and a few others). */
export type WatchEvent =
  | { type: 'ready'; decks: string[] }
  | { type: 'built'; deck: string; result: BuildResult; written?: Written; ms: number; recovered: boolean }
  | { type: 'failed'; deck: string; result: BuildResult; ms: number }
  | { type: 'deleted'; deck: string; output: string }
  | { type: 'error'; error: Error };

export interface WatchOptions {
  /** deck files and folders, as on the command line */
  paths: string[];
  out: string;
  /** quiet period after the last change before rebuilding: editors save in bursts */
  debounceMs?: number;
  /** words for the fallback name of a locked output: "ny" / "new" */
  newSuffix?: (deck: string) => string;
  onEvent: (e: WatchEvent) => void;
  /** `--theme`, for every build */
  theme?: BuildOptions['theme'];
  /** the language of the messages when a deck's samling.yaml names none */
  messages?: BuildOptions['messages'];
}

export interface Watcher {
  close(): Promise<void>;
  /** resolves when the first builds are done */
  ready: Promise<void>;
}

/** Files that are never inputs: editors' swap and backup files, our own temp files. */
const IGNORED = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|#[^/\\]*#|4913|[^/\\]*\.(swp|swx|tmp|crswap))$/;
/** how many decks keep their slides between rebuilds (BuildCache) */
const KEPT_CACHES = 4;
// .potx/.pptx: an organisation's template a deck names (a built deck is no deck's input, so out/ never triggers a build)
const INPUT = new Set(['.md', '.yaml', '.yml', '.csv', '.png', '.jpg', '.jpeg', '.gif', '.json', '.potx', '.pptx']);

/**
 * `samling watch`: build every deck, then rebuild exactly the decks a change
 * touches — the deck itself, or a partial, data file, theme file or image it
 * used last time (the dependency map). Bursts of writes are coalesced into one
 * rebuild per deck; builds run one at a time; errors are reported and
 * watching goes on, with the last good .pptx left in place.
 */
export function startWatch(options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? 40;
  const roots = options.paths.map((p) => resolve(p));
  const isDeck = (file: string) =>
    file.endsWith('.md') && !relative(dirOf(file), file).split(sep).some((part) => part.startsWith('_') || part.startsWith('.')) && roots.some((r) => file === r || file.startsWith(r + sep));
  const dirOf = (file: string) => roots.find((r) => file.startsWith(r + sep)) ?? dirname(file);
  const dependencies = new Map<string, Set<string>>();
  /** each deck's slides from its last build: a save that changes one slide renders one */
  const caches = new Map<string, BuildCache>();
  /** a digest of the text each deck was last built from, by file, and the size and time of its other files (pictures): see `verify` */
  const builtFrom = new Map<string, Map<string, Seen>>();
  const stamped = new Map<string, Map<string, string>>();
  let building = false;
  const failing = new Set<string>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const watched = new Set<string>(roots);
  for (const r of roots) {
    const decksDir = existsSync(r) && statSync(r).isDirectory() ? r : dirname(r);
    const project = projectOf(join(decksDir, 'deck.md'));
    for (const d of [join(decksDir, '_library'), join(decksDir, '_data'), join(project.root, 'themes'), join(project.root, 'assets')]) watched.add(d);
  }
  const watcher: FSWatcher = watch([...watched].filter(existsSync), { ignoreInitial: true, ignored: (p: string) => IGNORED.test(p) });

  const rebuild = async (deck: string) => {
    const started = performance.now();
    building = true;
    const cache = caches.get(deck) ?? new BuildCache();
    // the decks edited last keep theirs: a folder of decks with pictures would otherwise hold them all
    caches.delete(deck);
    caches.set(deck, cache);
    for (const old of [...caches.keys()].slice(0, -KEPT_CACHES)) caches.delete(old);
    const result = await buildDeckFile(deck, { cache, theme: options.theme, messages: options.messages })
      .catch((e: unknown) => {
        // remember what was built from, or the quarter-second check below would rebuild this deck 4× a second forever
        builtFrom.set(deck, new Map([[deck, { text: fingerprint(textNow(deck)) }]]));
        stamped.delete(deck);
        failing.add(deck);
        throw e;
      })
      .finally(() => (building = false));
    const deps = new Set([...result.dependencies].map((d) => resolve(d)));
    dependencies.set(deck, deps);
    // samling.yaml at the project root, images from folders it allows: watch them too
    const outside = [...deps].filter((d) => !watched.has(d) && ![...watched].some((w) => isUnder(d, w)) && existsSync(d));
    for (const d of outside) watched.add(d);
    if (outside.length) watcher.add(outside);
    builtFrom.set(deck, new Map([...result.sources].map(([file, text]) => [file, { text: fingerprint(text) }])));
    stamped.set(deck, new Map([...deps].filter((d) => !result.sources.has(d)).map((d) => [d, stampOf(d)])));
    const ms = Math.round(performance.now() - started);
    if (!result.pptx) {
      failing.add(deck);
      options.onEvent({ type: 'failed', deck, result, ms });
      return;
    }
    const recovered = failing.delete(deck);
    const target = join(options.out, `${result.deck!.name}.pptx`);
    try {
      const written = await writeOutput(target, result.pptx, options.newSuffix?.(deck) ?? 'ny');
      options.onEvent({ type: 'built', deck, result, written, ms: Math.round(performance.now() - started), recovered });
    } catch (e) {
      options.onEvent({ type: 'error', error: e as Error });
    }
  };

  /** Decks a changed file affects. */
  const affected = (file: string): string[] => {
    if (isDeck(file)) return [file];
    const hit = [...dependencies].filter(([, deps]) => deps.has(file)).map(([deck]) => deck);
    // a new partial or data file may mend a deck that failed for want of it
    return [...new Set([...hit, ...failing])];
  };

  const flush = () => {
    timer = undefined;
    const decks = [...pending].sort();
    pending.clear();
    running = running.then(async () => {
      for (const deck of decks) if (!closed) await rebuild(deck).catch((e: Error) => options.onEvent({ type: 'error', error: e }));
    });
  };

  const changed = (file: string, kind: 'add' | 'change' | 'unlink') => {
    const abs = resolve(file);
    if (!INPUT.has(extname(abs).toLowerCase())) return;
    if (abs.includes(`${sep}themes${sep}`)) invalidateThemes();
    if (kind === 'unlink' && isDeck(abs)) {
      dependencies.delete(abs);
      caches.delete(abs);
      builtFrom.delete(abs);
      stamped.delete(abs);
      failing.delete(abs);
      options.onEvent({ type: 'deleted', deck: abs, output: join(options.out, `${basename(abs, '.md')}.pptx`) });
      return;
    }
    for (const deck of affected(abs)) if (existsSync(deck)) pending.add(deck);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  watcher.on('add', (f) => changed(f, 'add'));
  watcher.on('change', (f) => changed(f, 'change'));
  watcher.on('unlink', (f) => changed(f, 'unlink'));
  watcher.on('error', (e) => options.onEvent({ type: 'error', error: e as Error }));

  /**
   * inotify (and so chokidar) can miss a save that lands in the same clock tick
   * as our build's read of the file: seen in the suite as a fix saved right
   * after a failed build that never rebuilt. And a folder added to the watch
   * after a build (a picture folder samling.yaml allows) is watched only a
   * moment later. So, every quarter second, compare the text each deck was
   * built from, and the size and time of its other files, with the files
   * now, and rebuild on a difference the events did not report. A text file
   * is read again only while its size, time or inode differ from when it was
   * last found unchanged, or that time is within two seconds (a save in the
   * same tick as the one before leaves the time as it was): an idle watch of
   * a 6 MB deck does not read it four times a second.
   */
  const verify = setInterval(() => {
    if (building || timer || closed) return;
    checkRoots();
    for (const deck of builtFrom.keys()) {
      const file = [...builtFrom.get(deck)!].find(([file, seen]) => textChanged(file, seen))?.[0] ?? [...(stamped.get(deck) ?? new Map<string, string>())].find(([file, was]) => stampOf(file) !== was)?.[0];
      if (file) changed(file, 'change');
    }
  }, 250);
  verify.unref();

  /**
   * A folder on the command line deleted and made again (`git checkout`, a
   * restore from backup): inotify's watch died with the old folder, so say it
   * is gone, and when it is back, watch it again and build all its decks.
   */
  const gone = new Set<string>();
  function checkRoots() {
    for (const r of roots) {
      const there = existsSync(r);
      if (!there && !gone.has(r)) {
        gone.add(r);
        options.onEvent({ type: 'error', error: told('watch-gone', { root: r }) });
      } else if (there && gone.has(r)) {
        gone.delete(r);
        const again = [...watched].filter((w) => (w === r || isUnder(w, r)) && existsSync(w));
        watcher.unwatch(again);
        watcher.add(again);
        for (const deck of findDeckFiles(r, isDeck)) pending.add(deck);
        if (pending.size) timer = setTimeout(flush, debounceMs);
      }
    }
  }

  const ready = new Promise<void>((resolveReady) => {
    watcher.on('ready', () => {
      running = running.then(async () => {
        // the first builds are reported like any other: one deck's exception must not end the watch (or the preview's process)
        let decks: string[] = [];
        try {
          decks = roots.flatMap((r) => findDeckFiles(r, isDeck));
        } catch (e) {
          options.onEvent({ type: 'error', error: e as Error });
        }
        for (const deck of decks) if (!closed) await rebuild(deck).catch((e: Error) => options.onEvent({ type: 'error', error: e }));
        options.onEvent({ type: 'ready', decks });
        resolveReady();
      });
    });
  });

  return {
    ready,
    async close() {
      closed = true;
      clearInterval(verify);
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

/** A file that is not read as text (a picture): its size and time, or `gone`. */
function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** A file a build read as text: a digest of that text, and its size, time and inode once they were seen with that text and settled. */
interface Seen {
  text: string;
  stamp?: string;
}

const fingerprint = (text: string | undefined) => (text === undefined ? 'gone' : digest(text));

/** Whether `file`'s text now differs from what was built (see `verify`); remembers its stamp once it is settled. */
function textChanged(file: string, seen: Seen): boolean {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return seen.text !== 'gone';
  }
  const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  if (stamp === seen.stamp) return false;
  if (fingerprint(textNow(file)) !== seen.text) return true;
  if (stat.mtimeMs < Date.now() - 2000) seen.stamp = stamp;
  return false;
}

/** A file's text as the build reads it (BOM dropped, `\n` line ends); undefined when it is gone. */
function textNow(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

/** A deck whose stat fails (a link to nothing, a loop) is listed: its build reports it. A folder reached twice through links is walked once. */
function findDeckFiles(root: string, isDeck: (f: string) => boolean): string[] {
  if (!existsSync(root)) return [];
  const isFolder = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (!isFolder(root)) return isDeck(root) ? [root] : [];
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (entry.startsWith('_') || entry.startsWith('.')) continue;
      if (isFolder(p)) walk(p);
      else if (isDeck(p)) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}
