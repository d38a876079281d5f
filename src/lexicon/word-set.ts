import { shapeOf } from '../text/shape.js';

/**
 * A set of lowercased words with a first test that needs no hashing: a bit per shape (length,
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
    this.bits[shapeOf(word)] = 1;
  }

  has(word: string): boolean {
    return this.bits[shapeOf(word)] === 1 && this.words.has(word);
  }

  /** The same, for a token whose shape the tokenizer has worked out. */
  hasToken(t: { lower: string; shape: number }): boolean {
    return this.bits[t.shape] === 1 && this.words.has(t.lower);
  }

  get size(): number {
    return this.words.size;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words.values();
  }
}
