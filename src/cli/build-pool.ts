import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache, buildDeckFile, type BuildOptions, type BuildResult } from '../build.js';

/**
 * Many decks at once (`samling build decks` over a whole programme): this
 * thread and worker threads (tinypool) build them together, and the builds
 * are handed back in the decks' order, so that what is printed and written
 * is the same as one by one.
 *
 * This thread builds from the front of the list as it reports, the workers
 * from the back, each deck claimed once in a shared array: neither side
 * waits for the other, or for a message, until they meet. A worker hands
 * back its decks when it runs out (a worker told of each next deck would
 * wait on this thread, which is busy building). One worker per further
 * core from four cores (`defaultWorkers`): this thread has the bundle loaded
 * and warm already, and a thread more than there are cores only takes turns.
 * Few decks, fewer than four cores, or
 * samling running from its unbundled files (the tests): built here alone — a
 * worker's start (loading the bundle, warming up) costs more than a few
 * decks. SAMLING_WORKERS=N sets the number of worker threads (0: none).
 */
export interface DeckBuilds {
  /** the build of `file`, one of the files given, asked for in their order */
  result(file: string): Promise<BuildResult>;
  close(): Promise<void>;
  /** worker threads building besides this one; 0: built here, one by one */
  threads: number;
}

/** Below this many decks a worker's start does not pay for itself. */
export const POOL_FROM = 6;

type Options = Omit<BuildOptions, 'cache'>;

export async function buildsAhead(files: string[], options: Options): Promise<DeckBuilds> {
  const bundle = fileURLToPath(import.meta.url);
  const asked = Number.parseInt(process.env.SAMLING_WORKERS ?? '', 10);
  const threads = Math.min(Number.isFinite(asked) && asked >= 0 ? asked : defaultWorkers(availableParallelism()), files.length - 1, 16);
  // each worker loads the bundle with the code cache of builds (bin/worker.cjs)
  const worker = join(dirname(bundle), '../bin/worker.cjs');
  const here = new BuildCache();
  const buildHere = (file: string) => buildDeckFile(file, { ...options, cache: here });
  if (files.length < POOL_FROM || threads < 1 || !bundle.endsWith('.cjs') || !existsSync(worker)) {
    return { result: buildHere, close: async () => {}, threads: 0 };
  }
  // tinypool loads only when a pool is started (a lazy part of the bundle)
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: worker, name: 'buildInWorker', minThreads: threads, maxThreads: threads });
  const claims = new Int32Array(new SharedArrayBuffer(4 * files.length));
  const task: WorkerTask = { files, options, claims };
  // every worker's decks, once all are done; a worker that failed leaves its decks to this thread
  const built = new Map<number, BuildResult | Error>();
  const shares = Array.from({ length: threads }, () =>
    (pool.run(task) as Promise<WorkerShare>).then((share) => {
      for (const { index, result, fault } of share) built.set(index, fault === undefined ? revive(result!) : new Error(fault));
    }),
  );
  // a worker thread that ends before its task does (process.exit in it) leaves tinypool's task unsettled for
  // good: this thread then builds what has not come back, rather than wait for nothing
  const ended = new Promise<void>((resolve) => {
    for (const thread of pool.threads) (thread as unknown as { once(event: 'exit', listener: () => void): void }).once('exit', () => resolve());
  });
  const fromWorkers = Promise.race([Promise.allSettled(shares), ended]).then(() => built);
  const index = new Map(files.map((file, i) => [file, i]));
  return {
    result: async (file) => {
      const i = index.get(file);
      if (i === undefined || claim(claims, i)) return buildHere(file);
      const back = (await fromWorkers).get(i);
      // a fault of samling's in a worker is this deck's, as it would be here (main.ts says which deck)
      if (back instanceof Error) throw back;
      return back ?? buildHere(file);
    },
    close: () => pool.destroy(),
    threads,
  };
}

/**
 * One build already keeps more than one core busy (V8 collects garbage and
 * compiles on threads of its own: 5.2 s of CPU in 4.0 s for 101 decks). On two
 * cores a worker therefore only took turns with this thread: 101 decks took
 * 4.4 s with one worker against 4.0 s without (bench/README.md). From four
 * cores, one worker per further core.
 */
export const defaultWorkers = (cores: number) => (cores >= 4 ? cores - 1 : 0);

/** Take deck `i` for this thread: false when another thread has it. */
const claim = (claims: Int32Array, i: number) => Atomics.compareExchange(claims, i, 0, 1) === 0;

interface WorkerTask {
  files: string[];
  options: Options;
  /** one cell per deck: 0 while no thread has taken it */
  claims: Int32Array;
}

/** each deck a worker built: its result, or the message of a fault of samling's that stopped it */
type WorkerShare = { index: number; result?: BuildResult; fault?: string }[];

/**
 * A thread's warm build context, lent from one deck to the next as a watch
 * session lends it from one save to the next: what two decks share — the
 * slides of the shared library, a programme's recurring slides — is parsed
 * and drawn once. Each cache is keyed by what makes its result (a slide's
 * text, its laid-out boxes) and starts afresh when the theme, language or
 * date differ, so a deck's bytes are the same as when built alone.
 */
const warm = new BuildCache();

/**
 * In a worker: the decks it takes from the back of the list, as what can
 * cross to the main thread (no laid-out slides).
 */
export async function buildInWorker({ files, options, claims }: WorkerTask): Promise<WorkerShare> {
  const share: WorkerShare = [];
  for (let i = files.length - 1; i >= 0; i--) {
    if (!claim(claims, i)) continue;
    const started = performance.now();
    try {
      const { placed: _placed, ...result } = await buildDeckFile(files[i]!, { ...options, cache: warm });
      share.push({ index: i, result: { ...result, elapsed: performance.now() - started } });
    } catch (e) {
      // one deck's fault stops that deck, not the worker's other decks
      share.push({ index: i, fault: (e as Error).message });
    }
  }
  return share;
}

/** A Buffer arrives as a plain Uint8Array. */
function revive(result: BuildResult): BuildResult {
  return result.pptx ? { ...result, pptx: Buffer.from(result.pptx.buffer, result.pptx.byteOffset, result.pptx.byteLength) } : result;
}
