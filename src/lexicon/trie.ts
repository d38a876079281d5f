import type { Tokens } from '../text/tokenize.js';
import { VOCABULARY } from '../text/vocabulary.js';
import { WordSet } from './word-set.js';

interface Node<P> {
  next: Map<number, Node<P>> | null;
  payloads: P[] | null;
}

/** Inserts one key of a fill of TokenTrie.later. */
export type Insert<P> = (keys: readonly string[], payload: P) => void;

export interface TrieMatch<P> {
  /** Token index one past the match. */
  end: number;
  payload: P;
}

/**
 * A trie over lowercased tokens, keyed by the vocabulary's numbers of the words, built once per
 * lexicon and shared by every document. Matching walks tokens from a start index and keeps the
 * longest accepted match.
 */
export class TokenTrie<P> {
  private readonly root: Node<P> = { next: null, payloads: null };
  /** Every lowercased token that starts some key: a cheap first test in the hot loop. */
  readonly firsts = new WordSet();
  /** Keys not yet inserted, by the number of their first word: see later(). */
  private readonly waiting = new Map<number, ((insert: Insert<P>) => void)[]>();

  insert(keys: readonly string[], payload: P): void {
    this.place(keys, payload);
    // The keys' numbers must outlive any clearing of the vocabulary.
    VOCABULARY.pin();
  }

  /**
   * Keys that start with the word `first`, inserted by `fill` only when a match first reads that
   * word: a run of one short article builds the few branches it reads, not the thousands of the
   * lexicon. The keys of one first word go in together and in the order given, so the trie
   * answers as if all had been inserted at once. Their words must be in the vocabulary for good
   * already (pinned): a fill runs in the middle of a document, whose own words are not to be kept.
   */
  later(first: string, fill: (insert: Insert<P>) => void): void {
    this.firsts.add(first);
    const k = VOCABULARY.intern(first);
    const fills = this.waiting.get(k);
    if (fills) fills.push(fill);
    else this.waiting.set(k, [fill]);
    VOCABULARY.pin();
  }

  private place(keys: readonly string[], payload: P, waited = false): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      const k = VOCABULARY.intern(key);
      if (waited && !VOCABULARY.pinnedWord(k)) throw new Error(`a name's word "${key}" was not numbered for good`);
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, payloads: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.payloads ??= []).push(payload);
    this.firsts.add(keys[0]!);
  }

  private readonly placeWaited: Insert<P> = (keys, payload) => this.place(keys, payload, true);

  /** The root's branch for a first word, its keys inserted first when they wait. */
  private first(k: number): Node<P> | undefined {
    const fills = this.waiting.size > 0 ? this.waiting.get(k) : undefined;
    if (fills) {
      this.waiting.delete(k);
      for (const fill of fills) fill(this.placeWaited);
    }
    return this.root.next?.get(k);
  }

  /**
   * The longest key starting at tokens[i] that ends at or before `limit` and that `accept`
   * takes (it checks case rules against the actual tokens, handed to it: a rule needs no
   * closure over them).
   */
  longest(
    tokens: Tokens,
    i: number,
    limit: number,
    accept: (payload: P, first: number, end: number, tokens: Tokens) => boolean,
  ): TrieMatch<P> | null {
    let node: Node<P> | undefined = this.root;
    let best: TrieMatch<P> | null = null;
    for (let j = i; j < limit; j++) {
      node = j === i ? this.first(tokens.words[j]!) : node.next?.get(tokens.words[j]!);
      if (!node) break;
      if (node.payloads) {
        for (const p of node.payloads) {
          if (accept(p, i, j + 1, tokens)) {
            best = { end: j + 1, payload: p };
            break;
          }
        }
      }
    }
    return best;
  }

  /**
   * The keys that go on past the tokens from tokens[i], as far as they follow a key (before
   * `limit`): `end` is one past the last token followed, `longer` the payloads of the keys that
   * are longer than that ("Korea" → Korea Utara, Korea Selatan). Null when no key starts there.
   */
  longer(tokens: Tokens, i: number, limit: number): { end: number; longer: P[] } | null {
    let node: Node<P> = this.root;
    let j = i;
    for (; j < limit; j++) {
      const next = j === i ? this.first(tokens.words[j]!) : node.next?.get(tokens.words[j]!);
      if (!next) break;
      node = next;
    }
    if (j === i) return null;
    const longer: P[] = [];
    const walk = (n: Node<P>) => {
      for (const child of n.next?.values() ?? []) {
        if (child.payloads) longer.push(...child.payloads);
        walk(child);
      }
    };
    walk(node);
    return { end: j, longer };
  }
}
