/**
 * A progress bar for many decks on a terminal (`samling build decks` over a
 * whole programme): one line, redrawn as each deck is done, cleared before
 * anything else is printed. Off a terminal (CI, a log file) each deck keeps
 * its own line instead.
 */
export class ProgressBar {
  private shown = false;

  constructor(
    private readonly total: number,
    /** «37/100 decks», in the run's language */
    private readonly label: (done: number, total: number) => string,
    private readonly out: NodeJS.WriteStream = process.stdout,
  ) {}

  /** Clear the bar, so that a message can be printed on its line. */
  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }

  /** Draw the bar after `done` decks. */
  draw(done: number): void {
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    this.out.write(`\r\x1b[K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.label(done, this.total)}`);
    this.shown = true;
  }
}
