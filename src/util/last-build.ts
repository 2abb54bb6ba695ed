import { approxBytes } from './byte-budget.js';

/** what one LastBuild holds at most (per deck: the watcher keeps a few decks' caches) */
export const LAST_BUILD_BYTES = 64 * 1024 * 1024;

/**
 * Values by key, kept from one build to the next (watch mode): what a build
 * does not use is dropped when it ends, so at most two builds' worth is held —
 * and never more than `maxBytes` (`approxBytes` of key and value): past it,
 * the previous build's entries go first, then the current build's oldest.
 */
export class LastBuild<V> {
  private last = new Map<string, V>();
  private now = new Map<string, V>();
  private readonly sizes = new Map<string, number>();
  private total = 0;
  /** keys found during the current build */
  hits = 0;

  constructor(
    readonly maxBytes = LAST_BUILD_BYTES,
    private readonly sizeOf: (key: string, value: V) => number = (key, value) => 2 * key.length + approxBytes(value),
  ) {}

  /** Start a build; `forget`: nothing from before may be reused. */
  start(forget: boolean): void {
    if (forget) for (const key of [...this.last.keys()]) this.drop(this.last, key);
    // a build left unfinished (it failed): what it kept counts as before
    for (const [key, value] of this.now) this.last.set(key, value);
    this.now = new Map();
    this.hits = 0;
  }

  get(key: string): V | undefined {
    const old = this.last.get(key);
    const value = old ?? this.now.get(key);
    if (value !== undefined) {
      // moved, not copied: it is counted once
      if (old !== undefined) {
        this.last.delete(key);
        this.now.set(key, value);
      }
      this.hits++;
    }
    return value;
  }

  keep(key: string, value: V): void {
    if (this.last.has(key)) this.drop(this.last, key);
    if (this.now.has(key)) this.drop(this.now, key);
    const bytes = this.sizeOf(key, value);
    if (bytes > this.maxBytes) return;
    this.now.set(key, value);
    this.sizes.set(key, bytes);
    this.total += bytes;
    for (const from of [this.last, this.now]) {
      for (const old of from.keys()) {
        if (this.total <= this.maxBytes) return;
        this.drop(from, old);
      }
    }
  }

  finish(): void {
    for (const key of [...this.last.keys()]) this.drop(this.last, key);
    this.last = this.now;
    this.now = new Map();
  }

  /** the bytes held, as counted */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.last.size + this.now.size;
  }

  private drop(from: Map<string, V>, key: string): void {
    from.delete(key);
    this.total -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }
}
