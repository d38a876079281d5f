/**
 * A set of lowercased words with a first test that needs no hashing: a bit per (length,
 * first, middle and last letter). In the hot loops most words fail it and never reach the
 * string-keyed set; those that pass are looked up as usual.
 */
export class WordSet {
  private readonly bits = new Uint8Array(1 << 16);
  private readonly words = new Set<string>();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    this.words.add(word);
    this.bits[key(word)] = 1;
  }

  has(word: string): boolean {
    return this.bits[key(word)] === 1 && this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words.values();
  }
}

function key(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return ((n * 0x9e37) ^ (w.charCodeAt(0) * 0x3b1) ^ (w.charCodeAt(n - 1) * 0x1f3) ^ (w.charCodeAt(n >> 1) * 0x65)) & 0xffff;
}
