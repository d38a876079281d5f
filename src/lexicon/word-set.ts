import type { Tokens, TokenTest } from '../text/tokenize.js';
import { VOCABULARY, WordAnswers } from '../text/vocabulary.js';

/**
 * A set of lowercased words that also answers by the vocabulary's number of a word
 * (text/vocabulary.ts): a bit per number, so a token is looked up with no string hashed.
 */
export class WordSet implements ReadonlySet<string> {
  private bits = new Uint32Array(0);
  private readonly words = new Set<string>();
  private generation = VOCABULARY.generation;

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): this {
    this.words.add(word);
    this.mark(VOCABULARY.intern(word));
    return this;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Is the word of this vocabulary number in the set? */
  hasWord(id: number): boolean {
    if (this.generation !== VOCABULARY.generation) this.renumber();
    const k = id >>> 5;
    return k < this.bits.length && (this.bits[k]! & (1 << (id & 31))) !== 0;
  }

  /** Is token i's lowercase form in the set? */
  at(tokens: Tokens, i: number): boolean {
    return this.hasWord(tokens.word(i));
  }

  get size(): number {
    return this.words.size;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.words.values();
  }

  entries(): SetIterator<[string, string]> {
    return this.words.entries();
  }

  keys(): SetIterator<string> {
    return this.words.keys();
  }

  values(): SetIterator<string> {
    return this.words.values();
  }

  forEach(f: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const w of this.words) f(w, w, this);
  }

  private mark(id: number): void {
    const k = id >>> 5;
    if (k >= this.bits.length) {
      const bigger = new Uint32Array(Math.max(k + 1, this.bits.length * 2));
      bigger.set(this.bits);
      this.bits = bigger;
    }
    this.bits[k]! |= 1 << (id & 31);
  }

  /** The vocabulary was cleared since the words were numbered: they are numbered again. */
  private renumber(): void {
    this.generation = VOCABULARY.generation;
    this.bits = new Uint32Array(0);
    for (const w of this.words) this.mark(VOCABULARY.intern(w));
  }
}

/**
 * What each lowercased word is, as bits, by the word and by the vocabulary's number of it: a
 * number's answer is looked up by its word the first time it is asked, then kept by number (until
 * the vocabulary is cleared), so that nothing is numbered ahead of need.
 */
export class WordKinds extends Map<string, number> {
  /** The kind bits plus ASKED, by vocabulary number. */
  private readonly answers = new WordAnswers();

  /** The bits of the word of this vocabulary number (0 for -1, past the tokens). */
  of(id: number): number {
    if (id < 0) return 0;
    const known = this.answers.get(id) || this.answers.set(id, (this.get(VOCABULARY.string(id)) ?? 0) | ASKED);
    return known & ~ASKED;
  }

  /** A view of one bit as a word set. */
  test(bit: number): WordTest {
    return {
      has: (word) => ((this.get(word) ?? 0) & bit) !== 0,
      hasWord: (id) => (this.of(id) & bit) !== 0,
      at: (tokens, i) => (this.of(tokens.word(i)) & bit) !== 0,
    };
  }
}

/** The bit WordKinds.of marks an answered number with: the kinds use the six below it. */
const ASKED = 0x80;

/** Whether a lowercased word is of a class: by the word, its vocabulary number, or token i's. */
export interface WordTest extends TokenTest {
  has(word: string): boolean;
  hasWord(id: number): boolean;
}
