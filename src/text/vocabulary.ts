import { grown } from './columns.js';
import { own } from './own.js';

/**
 * Every distinct word the process has read, numbered: the tokenizer gives each token the number
 * of its text and of its lowercase form, so that a word is made into a string once, not once per
 * time it is written, and word lists answer by number (lexicon/word-set.ts) without hashing it.
 *
 * A word is found from the characters of the text it is written in, with no string made unless
 * it is new. Most words are short and ASCII: up to 12 characters, seven bits each, are the key
 * itself, three numbers compared in one place of one table (one read from memory). Longer or
 * non-ASCII words are found by a hash of their characters and a comparison with the word of
 * that hash. The numbers are the process's own, never written out: the output is the same
 * whatever order documents come in.
 */
export class Vocabulary {
  private strings: string[] = [];
  /** Short ASCII words: (key, key, key, number + 1) in each place, 0 when empty. */
  private packed = new Int32Array(4 << 14);
  private packedMask = (1 << 14) - 1;
  private packedCount = 0;
  /** The short words met last: (key, key, key, number + 1) by the hash's top bits. */
  private readonly recent = new Int32Array(4 << RECENT_BITS);
  /** Other words: open addressing, a place holds a word's number plus one, 0 when empty. */
  private slots = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(1 << 12);
  private slotCount = 0;
  /** Words below this number stay when the vocabulary is cleared: the lexicons' own. */
  private pinned = 0;
  /** Raised each time the vocabulary is cleared: answers kept by number are then stale. */
  generation = 0;

  get size(): number {
    return this.strings.length;
  }

  string(id: number): string {
    return this.strings[id]!;
  }

  /** The number of text[s, e), lowercased in ASCII when `lower` is true; made when new. */
  range(text: string, s: number, e: number, lower: boolean): number {
    return this.lookup(text, s, e, lower, true);
  }

  /**
   * The numbers of many stretches of one text at once: text[starts[i], ends[i]) for each i of
   * `which`, lowercased in ASCII where `lower` says, into out[i]. The same numbers as range()
   * gives one by one; done in passes (the keys of all, then the tables), so that the processor
   * looks up many words in memory at a time instead of waiting for each in turn.
   */
  rangeAll(
    text: string,
    starts: Int32Array,
    ends: Int32Array,
    which: Int32Array,
    count: number,
    lower: boolean,
    out: Int32Array,
  ): void {
    if (this.k1s.length < count) this.scratch(count);
    const { k1s, k2s, k3s, hs } = this;
    // The keys of the short ASCII ones, with their hash; -1 for the others.
    for (let j = 0; j < count; j++) {
      const i = which[j]!;
      const s = starts[i]!;
      const e = ends[i]!;
      const n = e - s;
      let k1 = -1;
      let k2 = 0;
      let k3 = 0;
      if (n <= SHORT) {
        k1 = key(text, s, Math.min(e, s + 4), lower);
        if (n > 4) k2 = key(text, s + 4, Math.min(e, s + 8), lower);
        if (n > 8) k3 = key(text, s + 8, e, lower);
        if ((k1 | k2 | k3) < 0) k1 = -1;
        k3 |= n << 28;
      }
      k1s[j] = k1;
      k2s[j] = k2;
      k3s[j] = k3;
      hs[j] = k1 < 0 ? 0 : packedHash(k1, k2, k3);
    }
    // The recent words' table: most are found there.
    const recent = this.recent;
    for (let j = 0; j < count; j++) {
      const k1 = k1s[j]!;
      let id = -1;
      if (k1 >= 0) {
        const r = (hs[j]! >>> (32 - RECENT_BITS)) << 2;
        if (recent[r] === k1 && recent[r + 1] === k2s[j] && recent[r + 2] === k3s[j]) id = recent[r + 3]! - 1;
      }
      out[which[j]!] = id;
    }
    // The rest, in the large tables, and the words never seen, made.
    for (let j = 0; j < count; j++) {
      const i = which[j]!;
      if (out[i]! >= 0) continue;
      const k1 = k1s[j]!;
      out[i] =
        k1 >= 0
          ? this.packedId(k1, k2s[j]!, k3s[j]!, text, starts[i]!, ends[i]!, lower, true)
          : this.lookup(text, starts[i]!, ends[i]!, lower, true);
    }
  }

  /**
   * The lowercase numbers of tokens with capitals (ASCII words), into out[i] for each i of
   * `which`: what rangeAll(…, true, out) gives, but a form read before answers from the memo of
   * its lowercase number (`lowers`), with none of its characters read again.
   */
  lowerAll(
    text: string,
    starts: Int32Array,
    ends: Int32Array,
    which: Int32Array,
    count: number,
    forms: Int32Array,
    out: Int32Array,
  ): void {
    if (this.missed.length < count) this.missed = new Int32Array(Math.max(count, 256));
    const { lowers, missed } = this;
    let misses = 0;
    for (let j = 0; j < count; j++) {
      const i = which[j]!;
      const f = forms[i]!;
      const known = f < lowers.length ? lowers[f]! : 0;
      if (known > 0) out[i] = known - 1;
      else missed[misses++] = i;
    }
    if (misses === 0) return;
    this.rangeAll(text, starts, ends, missed, misses, true, out);
    if (this.lowers.length < this.strings.length)
      this.lowers = grown(this.lowers, Math.max(this.strings.length, this.lowers.length * 2));
    for (let j = 0; j < misses; j++) {
      const i = missed[j]!;
      this.lowers[forms[i]!] = out[i]! + 1;
    }
  }

  /** By a form's number, its lowercase form's number plus one; 0 when not met yet. */
  private lowers = new Int32Array(1 << 12);
  private missed = new Int32Array(0);

  private k1s = new Int32Array(0);
  private k2s = new Int32Array(0);
  private k3s = new Int32Array(0);
  private hs = new Int32Array(0);

  private scratch(count: number): void {
    const n = Math.max(count, 1024);
    this.k1s = new Int32Array(n);
    this.k2s = new Int32Array(n);
    this.k3s = new Int32Array(n);
    this.hs = new Int32Array(n);
  }

  /** The number of a word; made when new. */
  intern(word: string): number {
    return this.lookup(word, 0, word.length, false, true);
  }

  /** The number of a word, or -1 when it was never read. */
  find(word: string): number {
    return this.lookup(word, 0, word.length, false, false);
  }

  private lookup(text: string, s: number, e: number, lower: boolean, make: boolean): number {
    const n = e - s;
    if (n <= SHORT) {
      // The characters as three keys of four; the length in the last one's top bits.
      const k1 = key(text, s, Math.min(e, s + 4), lower);
      const k2 = n > 4 ? key(text, s + 4, Math.min(e, s + 8), lower) : 0;
      const k3 = n > 8 ? key(text, s + 8, e, lower) : 0;
      if ((k1 | k2 | k3) >= 0) return this.packedId(k1, k2, k3 | (n << 28), text, s, e, lower, make);
    }
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ (lower && c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
    }
    h = mix(h);
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id < 0) break;
      if (this.hashes[slot] === h) {
        const w = this.strings[id]!;
        if (w.length === n && sameChars(w, text, s, n, lower)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    if (!make) return -1;
    const id = this.push(own(lower ? text.slice(s, e).toLowerCase() : text.slice(s, e)));
    this.slots[slot] = id + 1;
    this.hashes[slot] = h;
    if (++this.slotCount * 2 > this.slots.length) this.growSlots();
    return id;
  }

  /** Is the word of this number kept for good (pinned)? */
  pinnedWord(id: number): boolean {
    return id >= 0 && id < this.pinned;
  }

  /** Words read so far stay for good: the lexicon's, numbered once when it is compiled. */
  pin(): void {
    this.pinned = this.strings.length;
  }

  /**
   * Forgets the words read since the last pin when there are more than `limit` of them, so that
   * a stream of any length (numbers, addresses, junk) keeps a bounded vocabulary. Called between
   * documents only: a document's tokens keep their numbers while it is read.
   */
  trim(limit: number): void {
    if (this.strings.length - this.pinned <= limit) return;
    this.strings.length = this.pinned;
    this.lowers.fill(0);
    this.rebuild();
    this.generation++;
  }

  private packedId(
    k1: number,
    k2: number,
    k3: number,
    text: string,
    s: number,
    e: number,
    lower: boolean,
    make: boolean,
  ): number {
    const h = packedHash(k1, k2, k3);
    // The common words are met again soon: a small table in the processor's cache holds the
    // last word of each hash, before the large one (which words of all sorts share) is read.
    const recent = this.recent;
    const r = (h >>> (32 - RECENT_BITS)) << 2;
    if (recent[r] === k1 && recent[r + 1] === k2 && recent[r + 2] === k3 && recent[r + 3]! > 0)
      return recent[r + 3]! - 1;
    const m = this.packedMask;
    let p = h & m;
    const t = this.packed;
    for (;;) {
      const q = p << 2;
      const id = t[q + 3]! - 1;
      if (id < 0) break;
      if (t[q] === k1 && t[q + 1] === k2 && t[q + 2] === k3) {
        recent[r] = k1;
        recent[r + 1] = k2;
        recent[r + 2] = k3;
        recent[r + 3] = id + 1;
        return id;
      }
      p = (p + 1) & m;
    }
    if (!make) return -1;
    const id = this.push(lower ? text.slice(s, e).toLowerCase() : text.slice(s, e));
    const q = p << 2;
    t[q] = k1;
    t[q + 1] = k2;
    t[q + 2] = k3;
    t[q + 3] = id + 1;
    if (++this.packedCount * 2 > this.packedMask + 1) this.growPacked();
    return id;
  }

  private push(word: string): number {
    this.strings.push(word);
    return this.strings.length - 1;
  }

  /** Twice the places for short words: each entry moves by its keys, no word read again. */
  private growPacked(): void {
    const old = this.packed;
    const t = new Int32Array(old.length * 2);
    const m = (this.packedMask << 1) | 1;
    for (let q = 0; q < old.length; q += 4) {
      if (old[q + 3] === 0) continue;
      let p = packedHash(old[q]!, old[q + 1]!, old[q + 2]!) & m;
      while (t[(p << 2) + 3] !== 0) p = (p + 1) & m;
      t.set(old.subarray(q, q + 4), p << 2);
    }
    this.packed = t;
    this.packedMask = m;
  }

  /** Twice the places for other words: each moves by the hash it keeps. */
  private growSlots(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(this.slots.length);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === 0) continue;
      let slot = hashes[i]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = slots[i]!;
      this.hashes[slot] = hashes[i]!;
    }
  }

  /** Places every word again, after a clearing. */
  private rebuild(): void {
    const words = this.strings;
    this.strings = [];
    this.packed.fill(0);
    this.recent.fill(0);
    this.slots.fill(0);
    this.hashes.fill(0);
    this.packedCount = 0;
    this.slotCount = 0;
    for (const w of words) this.intern(w);
  }
}

/** The table of recent short words has 2^12 places (64 KB). */
const RECENT_BITS = 12;

/** The longest word kept by its characters as the key itself. */
const SHORT = 12;

/** Up to four ASCII characters, seven bits each (lowercased when asked); -1 past ASCII. */
function key(text: string, s: number, e: number, lower: boolean): number {
  let k = 0;
  for (let i = e - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    k = (k << 7) | (lower && c >= 65 && c <= 90 ? c + 32 : c);
  }
  return k;
}

function packedHash(k1: number, k2: number, k3: number): number {
  return mix(Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2, 0x85ebca77) ^ Math.imul(k3, 0xc2b2ae3d));
}

/** The hash's high bits brought down into the low ones the tables are indexed by. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function sameChars(w: string, text: string, s: number, n: number, lower: boolean): boolean {
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(s + k);
    if (lower && c >= 65 && c <= 90) c += 32;
    if (w.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** The process's one vocabulary: lexicons and documents number their words in it. */
export const VOCABULARY = new Vocabulary();

/**
 * Answers about words kept by vocabulary number, for questions whose answer depends on the word
 * alone (and the lexicon that owns the answers): asked once per word, not once per token.
 * 0 stands for not asked yet; the answers are small numbers of the asker's choosing.
 */
export class WordAnswers {
  private answers = new Uint8Array(1 << 12);
  private generation = VOCABULARY.generation;

  get(id: number): number {
    if (this.generation !== VOCABULARY.generation) {
      this.answers.fill(0);
      this.generation = VOCABULARY.generation;
    }
    return id >= 0 && id < this.answers.length ? this.answers[id]! : 0;
  }

  set(id: number, answer: number): number {
    if (id < 0) return answer;
    if (id >= this.answers.length) {
      const bigger = new Uint8Array(Math.max(id + 1, this.answers.length * 2));
      bigger.set(this.answers);
      this.answers = bigger;
    }
    this.answers[id] = answer;
    return answer;
  }
}
