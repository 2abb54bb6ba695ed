/**
 * Values by key, kept from one build to the next (watch mode): what a build
 * does not use is dropped when it ends, so at most two builds' worth is held.
 */
export class LastBuild<V> {
  private last = new Map<string, V>();
  private now = new Map<string, V>();
  /** keys found during the current build */
  hits = 0;

  /** Start a build; `forget`: nothing from before may be reused. */
  start(forget: boolean): void {
    if (forget) this.last.clear();
    this.now = new Map();
    this.hits = 0;
  }

  get(key: string): V | undefined {
    const value = this.last.get(key) ?? this.now.get(key);
    if (value !== undefined) {
      this.now.set(key, value);
      this.hits++;
    }
    return value;
  }

  keep(key: string, value: V): void {
    this.now.set(key, value);
  }

  finish(): void {
    this.last = this.now;
    this.now = new Map();
  }
}
