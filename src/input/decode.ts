import { isUtf8 } from 'node:buffer';

/** The encodings a run may be told its files are in (--encoding); UTF-16 is told by its BOM. */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A decoded document, or why it could not be read as text. */
export type Decoded = { ok: true; text: string } | { ok: false; code: 'binary' | 'encoding'; message: string };

/**
 * Bytes to text: UTF-8 (a BOM is dropped, so offsets count from the first real character),
 * or UTF-16 when a BOM says so. A NUL byte means a binary file; invalid UTF-8 is an error
 * that names the byte offset.
 */
export function decode(bytes: Uint8Array, encoding: Encoding = 'utf-8'): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, code: 'binary', message: `binary file (NUL byte at byte ${nul})` };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // A single-byte encoding was asked for (--encoding): every byte is a character. A UTF-8 BOM
  // still says UTF-8.
  if (encoding !== 'utf-8' && !bom) return { ok: true, text: windows1252(bytes) };
  const body = bom ? bytes.subarray(3) : bytes;
  // Checked, then decoded, by Node's own UTF-8 routines (the fastest there are here).
  if (isUtf8(body))
    return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  const at = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
  return {
    ok: false,
    code: 'encoding',
    message: `invalid UTF-8 at byte ${at} (if the file is Latin-1 or Windows-1252, say so with --encoding)`,
  };
}

/**
 * Windows-1252, which is also what "latin1" means on the web: bytes 0x80–0x9F are typographic
 * quotes, dashes and the euro sign, not control characters. (Written out here: Node's own
 * decoder for this label reads those bytes as Latin-1's controls.)
 */
function windows1252(bytes: Uint8Array): string {
  const chars = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chars[i] = b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : b;
  }
  let out = '';
  for (let i = 0; i < chars.length; i += 8192) out += String.fromCharCode(...chars.subarray(i, i + 8192));
  return out;
}

// 0x80–0x9F in Windows-1252; the five bytes it leaves undefined keep their own value.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

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
