import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decode, type Encoding } from './decode.js';

/** One input as read: its text, or the error that stands in its place. */
export type Loaded = { path: string; text: string } | { path: string; error: { code: string; message: string } };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads and decodes one file; every failure becomes an error record naming the file. */
export function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES, encoding: Encoding = 'utf-8'): Loaded {
  const read = readBytes(path, maxBytes);
  return read instanceof Uint8Array ? fromBytes(path, read, encoding) : read;
}

/** An input that could not be read. */
export type Unreadable = Extract<Loaded, { error: unknown }>;

/** A file's bytes, undecoded, or the error that stands in their place. */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array | Unreadable {
  let fd = -1;
  try {
    // One open, one stat of the open file, one read: the fewest calls a file can take.
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return failed(path, 'is-directory', 'is a folder');
    if (st.size > maxBytes)
      return failed(path, 'too-large', `file is ${mb(st.size)}, over the ${mb(maxBytes)} limit (--max-file-size)`);
    return readAll(fd, st.size);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') return failed(path, 'is-directory', 'is a folder');
    return failed(path, ...describe(err));
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** The whole file, however its size was reported (a file may grow or be a pipe). */
function readAll(fd: number, size: number): Uint8Array {
  let buf = Buffer.allocUnsafe(Math.max(size, 4096));
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) return buf.subarray(0, n);
    n += got;
  }
}

export function fromBytes(path: string, bytes: Uint8Array, encoding: Encoding = 'utf-8'): Loaded {
  const d = decode(bytes, encoding);
  return d.ok ? { path, text: d.text } : failed(path, d.code, d.message);
}

function failed(path: string, code: string, message: string): Unreadable {
  return { path, error: { code, message } };
}

function describe(e: NodeJS.ErrnoException): [string, string] {
  switch (e.code) {
    case 'ENOENT':
      return ['not-found', 'no such file or folder'];
    case 'EACCES':
    case 'EPERM':
      return ['unreadable', 'permission denied'];
    case 'ELOOP':
      return ['unreadable', 'too many symbolic links'];
    default:
      return ['unreadable', e.code ?? e.message];
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
