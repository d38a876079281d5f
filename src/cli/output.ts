import type { IO } from './io.js';

/** How much output is gathered before it is written. */
export const WRITE_SIZE = 64 * 1024;

/**
 * The output stream, written as it is made; when the reader falls behind, the run waits for it
 * (a pipe to a slow consumer must not fill memory with pending output). Pieces are gathered
 * into writes of about 64 KB (one call per document costs more than the writing), as UTF-8
 * bytes: a worker's output arrives encoded and is copied in as it is, a string made in this
 * thread is encoded straight into the gathered bytes. A piece is never split between two
 * writes, so that every write is whole UTF-8.
 */
export class Output {
  private backlog = false;
  private chunk: Buffer | null = null;
  private size = 0;

  constructor(private readonly stream: IO['stdout']) {}

  write(piece: string | Uint8Array): void {
    if (typeof piece === 'string') this.text(piece);
    else this.bytes(piece);
  }

  flush(): void {
    if (this.size === 0) return;
    // A new chunk after each write: the stream may still hold this one.
    this.send(this.chunk!.subarray(0, this.size));
    this.chunk = null;
    this.size = 0;
  }

  /** A promise to wait on when the stream asked the run to wait, else null. */
  drained(): Promise<void> | null {
    if (!this.backlog) return null;
    this.backlog = false;
    return drain(this.stream);
  }

  private text(s: string): void {
    if (s === '') return;
    // Three bytes per UTF-16 unit at most: the exact count only when that might not fit.
    const n = s.length * 3 <= WRITE_SIZE - this.size ? s.length * 3 : Buffer.byteLength(s);
    const chunk = this.room(n);
    this.size += chunk.write(s, this.size);
    if (this.size >= WRITE_SIZE) this.flush();
  }

  private bytes(b: Uint8Array): void {
    if (b.length === 0) return;
    if (b.length >= WRITE_SIZE && this.size === 0) {
      this.send(b); // a worker's batch, large enough to go as it came
      return;
    }
    const chunk = this.room(b.length);
    chunk.set(b, this.size);
    this.size += b.length;
    if (this.size >= WRITE_SIZE) this.flush();
  }

  /** The chunk to write n more bytes into: the current one if they fit, else a new one. */
  private room(n: number): Buffer {
    if (this.size + n > WRITE_SIZE) this.flush();
    this.chunk ??= Buffer.allocUnsafeSlow(Math.max(WRITE_SIZE, n));
    return this.chunk;
  }

  private send(b: Uint8Array): void {
    if (!this.stream.write(b)) this.backlog = true;
  }
}

/** Resolves when a stream has written what it holds, or can no longer write. */
function drain(stream: IO['stdout']): Promise<void> {
  // Emptied already (its 'drain' came while nobody waited): nothing to wait for.
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
