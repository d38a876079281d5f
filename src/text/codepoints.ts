/**
 * Converts UTF-16 indices (what JavaScript strings use) to Unicode code point indices
 * (what the output contract promises). Text without surrogate pairs maps to itself.
 */
export type ToCodePoint = (utf16: number) => number;

const SURROGATE = /[\ud800-\udbff][\udc00-\udfff]/;

export function codePointMapper(text: string): ToCodePoint {
  // Most texts have no pair at all, which the regular expression engine tells at once.
  if (!SURROGATE.test(text)) return (i) => i;
  let firstPair = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        firstPair = i;
        break;
      }
    }
  }
  if (firstPair < 0) return (i) => i;
  // prefix[i] = number of low surrogates (second halves of pairs) before index i.
  const prefix = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = count;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) count++;
    }
  }
  prefix[text.length] = count;
  return (i) => i - prefix[i]!;
}
