import { readFileSync, statSync } from 'node:fs';
import { decode } from './decode.js';

/** One input as read: its text, or the error that stands in its place. */
export type Loaded =
  | { path: string; text: string }
  | { path: string; error: { code: string; message: string } };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads and decodes one file; every failure becomes an error record naming the file. */
export function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Loaded {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return failed(path, 'is-directory', 'is a folder');
    if (st.size > maxBytes) return failed(path, 'too-large', `file is ${mb(st.size)}, over the ${mb(maxBytes)} limit (--max-file-size)`);
    return fromBytes(path, readFileSync(path));
  } catch (e) {
    return failed(path, ...describe(e as NodeJS.ErrnoException));
  }
}

export function fromBytes(path: string, bytes: Uint8Array): Loaded {
  const d = decode(bytes);
  return d.ok ? { path, text: d.text } : failed(path, d.code, d.message);
}

function failed(path: string, code: string, message: string): Loaded {
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
