import type { Writable } from 'node:stream';

/** A one-line progress counter on a terminal's stderr, redrawn at most ten times a second. */
export class Progress {
  private done = 0;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly total: number | null,
  ) {}

  tick(path: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const of = this.total === null ? '' : `/${this.total}`;
    this.stream.write(`\r\u001b[K${this.done}${of} ${path.length > 60 ? `…${path.slice(-59)}` : path}`);
    this.shown = true;
  }

  /** Clears the line before anything else is written to the stream. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
