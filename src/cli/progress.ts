import type { Writable } from 'node:stream';

/** Milliseconds since some fixed moment: the progress line's only clock. */
export type Clock = () => number;

/**
 * A one-line progress line on a terminal's stderr, redrawn at most ten times a second: the
 * count, and when the total is known the share done, the rate and the time left
 * ("1,204/28,846  4% · 1,850 docs/s · 0:15 left  path").
 */
export class Progress {
  private done = 0;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;
  private readonly start: number;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly total: number | null,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.start = enabled ? now() : 0;
  }

  tick(path: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.last < 100) return;
    this.last = now;
    const shortPath = path.length > 50 ? `…${path.slice(-49)}` : path;
    this.stream.write(`\r\u001b[K${progressLine(this.done, this.total, now - this.start)}  ${shortPath}`);
    this.shown = true;
  }

  /** Clears the line before anything else is written to the stream. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/** "1,204/28,846  4% · 1,850 docs/s · 0:15 left"; without a total, the count and the rate. */
export function progressLine(done: number, total: number | null, elapsedMs: number): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const perSecond = rate > 0 ? ` · ${rate < 10 ? rate.toFixed(1) : n(rate)} docs/s` : '';
  if (total === null || total === 0) return `${n(done)}${perSecond}`;
  const share = `${Math.floor((100 * done) / total)}%`.padStart(4);
  const left = rate > 0 ? ` · ${clock((total - done) / rate)} left` : '';
  return `${n(done)}/${n(total)} ${share}${perSecond}${left}`;
}

/** Seconds as m:ss, or h:mm:ss past the hour. */
function clock(seconds: number): string {
  const s = Math.ceil(seconds);
  const two = (x: number) => String(x).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
