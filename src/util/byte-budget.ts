/**
 * Caches held across watch-mode rebuilds are bounded by bytes, not entries:
 * one entry of a 6 MB deck weighs what thousands of a small one do, and a
 * count-bounded cache of whole deck texts ran a watcher out of memory.
 */

import { createHash } from 'node:crypto';

/**
 * A short key for a long text. V8 hashes a string longer than 16 383
 * characters by its length alone, so a Map keyed by whole slide or deck texts
 * compares texts of the same length character by character; and the key
 * itself would be held as long as the entry.
 */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8
 * keeps a substring of 13 characters or more as a view of its parent, so a
 * cached value holding a slice of one build's 6 MB Markdown keeps all of it
 * alive, a copy per build it came from, beyond what its cache counts.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * Roughly what a value holds in memory: 2 bytes per string character (V8
 * stores some strings in 1, never more than 2), the bytes of a binary, 16 per
 * number or property. A rough count is enough for a bound; it walks the
 * value, so it costs about what copying it would.
 */
export function approxBytes(value: unknown, seen = new Set<object>()): number {
  if (typeof value === 'string') return 2 * value.length;
  if (value === null || typeof value !== 'object') return 16;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  let bytes = 16;
  if (value instanceof Map) for (const [k, v] of value) bytes += approxBytes(k, seen) + approxBytes(v, seen);
  else if (Array.isArray(value)) for (const v of value) bytes += approxBytes(v, seen);
  else for (const [k, v] of Object.entries(value)) bytes += 2 * k.length + approxBytes(v, seen);
  return bytes;
}

/**
 * Least recently used entries go first once the bytes of all entries pass
 * `maxBytes`. An entry bigger than the whole budget is not kept at all.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    readonly sizeOf: (key: string, value: V) => number = (key, value) => 2 * key.length + approxBytes(value),
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  /** `bytes`: what the entry holds, when the caller knows better than `sizeOf` */
  set(key: string, value: V, bytes = this.sizeOf(key, value)): void {
    this.delete(key);
    if (!this.makeRoom(bytes)) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
  }

  /**
   * Drop entries, least recently used first, until `bytes` more fit; entries
   * `spare` names are passed over. False (and nothing dropped) when even
   * dropping every other entry would not make room.
   */
  makeRoom(bytes: number, spare?: (key: string) => boolean): boolean {
    if (bytes > this.maxBytes) return false;
    if (this.total + bytes <= this.maxBytes) return true;
    if (spare) {
      let spared = 0;
      for (const [key, entry] of this.entries) if (spare(key)) spared += entry.bytes;
      if (spared + bytes > this.maxBytes) return false;
    }
    for (const [key, entry] of this.entries) {
      if (this.total + bytes <= this.maxBytes) break;
      if (spare?.(key)) continue;
      this.entries.delete(key);
      this.total -= entry.bytes;
    }
    return true;
  }


  delete(key: string): void {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.entries.delete(key);
    this.total -= hit.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** the bytes of all entries, as counted by `sizeOf` */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}
