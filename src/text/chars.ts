// Character classes for the tokenizer, as char-code tests: ASCII takes the fast path,
// everything else falls back to Unicode property tests.

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is a space on its own, the joiner too
const SPACE = /[\s\u200b\u200c\u200d\u2060\ufeff]/u;

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = String.fromCharCode(c);
  return LETTER.test(ch) || MARK.test(ch) || DIGIT.test(ch);
}

export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCharCode(c));
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return LETTER.test(ch) && ch !== ch.toUpperCase();
}

/** Double quotation marks; which side each one opens is decided by pairing. “ opens, except
 * where it closes a „ (German-style „…“), which the spaces around it show. */
export const OPEN_ONLY = new Set(['„', '«']);
export const OPEN_MOSTLY = new Set(['“']);
export const CLOSE_ONLY = new Set(['»']);
export const EITHER = new Set(['"', '”', '‟', '＂']);

export function isDoubleQuote(c: number): boolean {
  return (
    c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0xff02
  );
}

/** Apostrophes that join the parts of a word: Ma'ruf, Jum'at. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}
