import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache, buildDeckFile, type BuildOptions, type BuildResult } from '../build.js';

/**
 * Many decks at once (`samling build decks` over a whole programme): built
 * ahead in worker threads, one per core (tinypool), and handed back in the
 * decks' order, so that what is printed and written is the same as one by
 * one. Few decks, one core, or samling running from its unbundled files (the
 * tests): built here, one after the other — a worker's start (compiling the
 * bundle) costs more than a few decks. SAMLING_WORKERS=N sets the number of
 * threads (0: none).
 */
export interface DeckBuilds {
  /** the build of `file`, one of the files given, asked for in their order */
  result(file: string): Promise<BuildResult>;
  close(): Promise<void>;
  /** worker threads building ahead; 0: built here, one by one */
  threads: number;
}

/** Below this many decks a worker's start does not pay for itself. */
export const POOL_FROM = 6;

type Options = Omit<BuildOptions, 'cache'>;

export async function buildsAhead(files: string[], options: Options): Promise<DeckBuilds> {
  const bundle = fileURLToPath(import.meta.url);
  const asked = Number.parseInt(process.env.SAMLING_WORKERS ?? '', 10);
  const threads = Math.min(Number.isFinite(asked) && asked >= 0 ? asked : availableParallelism(), files.length, 16);
  // each worker loads the bundle with the code cache of builds (bin/worker.cjs)
  const worker = join(dirname(bundle), '../bin/worker.cjs');
  if (files.length < POOL_FROM || threads < 1 || (threads < 2 && !(asked >= 1)) || !bundle.endsWith('.cjs') || !existsSync(worker)) {
    const warm = new BuildCache();
    return { result: (file) => buildDeckFile(file, { ...options, cache: warm }), close: async () => {}, threads: 0 };
  }
  // tinypool loads only when a pool is started (a lazy part of the bundle)
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: worker, name: 'buildInWorker', minThreads: threads, maxThreads: threads });
  const pending = new Map(files.map((file) => [file, pool.run({ file, options } satisfies WorkerTask).then(revive)]));
  // a deck that is never asked for (skipped) must not leave an unhandled rejection behind
  for (const p of pending.values()) p.catch(() => {});
  return {
    result: (file) => pending.get(file) ?? buildDeckFile(file, options),
    close: () => pool.destroy(),
    threads,
  };
}

interface WorkerTask {
  file: string;
  options: Options;
}

/**
 * A thread's warm build context, lent from one deck to the next as a watch
 * session lends it from one save to the next: what two decks share — the
 * slides of the shared library, a programme's recurring slides — is parsed
 * and drawn once. Each cache is keyed by what makes its result (a slide's
 * text, its laid-out boxes) and starts afresh when the theme, language or
 * date differ, so a deck's bytes are the same as when built alone.
 */
const warm = new BuildCache();

/** In a worker: one deck's build, as what can cross to the main thread (no laid-out slides). */
export async function buildInWorker({ file, options }: WorkerTask): Promise<BuildResult> {
  const started = performance.now();
  const { placed: _placed, ...result } = await buildDeckFile(file, { ...options, cache: warm });
  return { ...result, elapsed: performance.now() - started };
}

/** A Buffer arrives as a plain Uint8Array. */
function revive(result: BuildResult): BuildResult {
  return result.pptx ? { ...result, pptx: Buffer.from(result.pptx.buffer, result.pptx.byteOffset, result.pptx.byteLength) } : result;
}
