import type { Readable, Writable } from 'node:stream';

/** The streams and environment a run uses: the real process, or a test's fakes. */
export interface IO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** The clock of the progress line (a test gives its own); the process's by default. */
  now?: () => number;
}

/** The exit status, set by actions and read once the program has finished. */
export interface Outcome {
  code: number;
}

export const EXIT = { ok: 0, gate: 1, error: 2, interrupted: 130 } as const;
