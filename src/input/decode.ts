import { isUtf8 } from 'node:buffer';

/** The encodings a run may be told its files are in (--encoding); UTF-16 is told by its BOM. */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A decoded document, or why it could not be read as text. */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; code: 'binary' | 'encoding'; message: string };

/**
 * Bytes to text: UTF-8 (a BOM is dropped, so offsets count from the first real character),
 * or UTF-16 when a BOM says so. A NUL byte means a binary file; invalid UTF-8 is an error
 * that names the byte offset.
 */
export function decode(bytes: Uint8Array, encoding: Encoding = 'utf-8'): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, code: 'binary', message: `binary file (NUL byte at byte ${nul})` };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // A single-byte encoding was asked for (--encoding): every byte is a character. A UTF-8 BOM
  // still says UTF-8.
  if (encoding !== 'utf-8' && !bom) return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  const body = bom ? bytes.subarray(3) : bytes;
  // Checked, then decoded, by Node's own UTF-8 routines (the fastest there are here).
  if (isUtf8(body)) return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  const at = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
  return { ok: false, code: 'encoding', message: `invalid UTF-8 at byte ${at} (if the file is Latin-1 or Windows-1252, say so with --encoding)` };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
