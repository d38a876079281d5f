/**
 * A word's shape: 16 bits from its length and its first, middle and last characters. Sets of
 * words keep a bit per shape (lexicon/word-set.ts), so most lookups end before any string is
 * hashed; the tokenizer works out each word's shape once.
 */
export function shapeOf(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (
    ((n * 0x9e37) ^ (w.charCodeAt(0) * 0x3b1) ^ (w.charCodeAt(n - 1) * 0x1f3) ^ (w.charCodeAt(n >> 1) * 0x65)) & 0xffff
  );
}
