import { ByteLru } from './byte-budget.js';

/** what one SameText holds at most: the texts and what was made of them */
export const SAME_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * Remembers the last value computed from each file's text, and gives it back
 * while the text is the same: a watch-mode rebuild re-reads every partial and
 * data file, but only the one that was saved needs parsing again. The value
 * is shared between builds, so it must not be changed by its users.
 *
 * Bounded by bytes (the least recently used file goes first): an entry is
 * counted as four times its text — the text, and a parsed value about as big
 * as it again in objects.
 */
export class SameText<T> {
  private readonly last: ByteLru<{ text: string; value: T }>;

  constructor(maxBytes = SAME_TEXT_BYTES) {
    this.last = new ByteLru(maxBytes, (file, entry) => 2 * file.length + 4 * 2 * entry.text.length);
  }

  get(file: string, text: string, compute: () => T): T {
    const hit = this.last.get(file);
    if (hit && hit.text === text) return hit.value;
    const value = compute();
    this.last.set(file, { text, value });
    return value;
  }

  forget(file: string): void {
    this.last.delete(file);
  }

  /** the bytes held, as counted */
  get bytes(): number {
    return this.last.bytes;
  }

  /** how many files it holds a value for */
  get size(): number {
    return this.last.size;
  }
}
