import { grown } from '../text/columns.js';

/**
 * A set of words as a trie of their letters, in columns (a node is a number: its letter, first
 * child, next sibling, whether a word ends there), to answer "is some word of the set one letter
 * off this one?" by walking the set's own branches, with no candidate string made or hashed.
 */
export class LetterTrie {
  private letter = new Uint16Array(1024);
  private child = new Int32Array(1024);
  private sibling = new Int32Array(1024);
  private ends = new Uint8Array(1024);
  private size = 1;

  constructor(words: Iterable<string>) {
    this.child[0] = -1;
    this.sibling[0] = -1;
    for (const w of words) this.add(w);
  }

  private add(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = this.find(node, c);
      if (next < 0) {
        next = this.node(c);
        this.sibling[next] = this.child[node]!;
        this.child[node] = next;
      }
      node = next;
    }
    this.ends[node] = 1;
  }

  private node(c: number): number {
    if (this.size === this.letter.length) this.grow();
    const n = this.size++;
    this.letter[n] = c;
    this.child[n] = -1;
    this.sibling[n] = -1;
    return n;
  }

  private grow(): void {
    const size = this.letter.length * 2;
    this.letter = grown(this.letter, size);
    this.child = grown(this.child, size);
    this.sibling = grown(this.sibling, size);
    this.ends = grown(this.ends, size);
  }

  private find(node: number, c: number): number {
    for (let k = this.child[node]!; k >= 0; k = this.sibling[k]!) if (this.letter[k] === c) return k;
    return -1;
  }

  /**
   * Is a word of the set `w` with one character dropped, or with one letter a–z added or put in
   * place of another? (`w` itself being in the set does not count.)
   */
  oneLetterOff(w: string): boolean {
    return this.walk(w, 0, 0, true);
  }

  private walk(w: string, node: number, i: number, edit: boolean): boolean {
    for (;;) {
      if (edit) {
        if (i < w.length && this.walk(w, node, i + 1, false)) return true; // w[i] dropped
        const here = i < w.length ? w.charCodeAt(i) : -1;
        for (let k = this.child[node]!; k >= 0; k = this.sibling[k]!) {
          const c = this.letter[k]!;
          if (c < 97 || c > 122) continue;
          if (this.walk(w, k, i, false)) return true; // c added before w[i]
          if (here >= 0 && c !== here && this.walk(w, k, i + 1, false)) return true; // w[i] made c
        }
      }
      if (i === w.length) return !edit && this.ends[node] === 1;
      node = this.find(node, w.charCodeAt(i));
      if (node < 0) return false;
      i++;
    }
  }
}
