import { approxBytes, ByteLru } from './byte-budget.js';

/**
 * Values by key, kept from one build to the next (watch mode): what a build
 * does not use is dropped when it ends, and never more than `maxBytes` is
 * held (a ByteLru: `sizeOf` key and value). Past the bound, entries the
 * current build has not used go first, least recently used first; when only
 * the current build's are left, a new entry is not kept. A build reads its
 * slides in order, so a deck bigger than the bound keeps its first slides
 * from build to build instead of each build pushing out what the next one
 * needs first.
 */
export class LastBuild<V> {
  private readonly entries: ByteLru<V>;
  /** keys used or kept during the current build */
  private used = new Set<string>();
  /** keys found during the current build */
  hits = 0;

  constructor(
    readonly maxBytes: number,
    sizeOf: (key: string, value: V) => number = (key, value) => 2 * key.length + approxBytes(value),
  ) {
    this.entries = new ByteLru(maxBytes, sizeOf);
  }

  /** Start a build; `forget`: nothing from before may be reused. */
  start(forget: boolean): void {
    // a build left unfinished (it failed): what it kept counts as before
    if (forget) this.entries.clear();
    this.used = new Set();
    this.hits = 0;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.used.add(key);
      this.hits++;
    }
    return value;
  }

  keep(key: string, value: V, bytes?: number): void {
    this.entries.delete(key);
    const size = bytes ?? this.entries.sizeOf(key, value);
    if (!this.entries.makeRoom(size, (k) => this.used.has(k))) return;
    this.entries.set(key, value, size);
    this.used.add(key);
  }

  finish(): void {
    for (const key of [...this.entries.keys()]) if (!this.used.has(key)) this.entries.delete(key);
    this.used = new Set();
  }

  /** the bytes held, as counted */
  get bytes(): number {
    return this.entries.bytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
