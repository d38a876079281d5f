/**
 * Every distinct word the process has read, numbered: the tokenizer gives each token the number
 * of its text and of its lowercase form, so that a word is made into a string once, not once per
 * time it is written, and word lists answer by number (lexicon/word-set.ts) without hashing it.
 *
 * A word is found from the characters of the text it is written in: a hash of them (lowercased
 * in ASCII when asked), then a comparison with the word of that hash, so that a word seen before
 * costs no new string. The numbers are the process's own, never written out: the output is the
 * same whatever order documents come in.
 */
export class Vocabulary {
  private strings: string[] = [];
  private hashes = new Int32Array(1 << 12);
  /** Open addressing: a slot holds a word's number plus one, 0 when empty. */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;
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
    let h = 0x811c9dc5 | 0;
    if (lower) {
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      }
    } else {
      for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    const n = e - s;
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const w = this.strings[id]!;
        if (w.length === n && sameChars(w, text, s, n, lower)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const w = own(lower ? text.slice(s, e).toLowerCase() : text.slice(s, e));
    return this.add(w, h, slot);
  }

  /** The number of a word; made when new. */
  intern(word: string): number {
    return this.range(word, 0, word.length, false);
  }

  /** The number of a word, or -1 when it was never read. */
  find(word: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === h && this.strings[id] === word) return id;
      slot = (slot + 1) & this.mask;
    }
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
    this.slots.fill(0);
    for (let id = 0; id < this.pinned; id++) this.place(id);
    this.generation++;
  }

  private add(word: string, h: number, slot: number): number {
    const id = this.strings.length;
    this.strings.push(word);
    if (id >= this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) this.place(id);
  }

  private place(id: number): void {
    let slot = this.hashes[id]! & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id + 1;
  }
}

/**
 * A word of its own: V8 keeps a long slice as a view of the text it was cut from, and a
 * vocabulary of views would keep every document it met. Short slices are copies already.
 */
function own(w: string): string {
  return w.length < 13 ? w : ` ${w}`.slice(1);
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
