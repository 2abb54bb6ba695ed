/**
 * Remembers the last value computed from each file's text, and gives it back
 * while the text is the same: a watch-mode rebuild re-reads every partial and
 * data file, but only the one that was saved needs parsing again. The value
 * is shared between builds, so it must not be changed by its users.
 */
export class SameText<T> {
  private readonly last = new Map<string, { text: string; value: T }>();

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
}
