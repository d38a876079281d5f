// One letter off a word of a set (lexicon/letter-trie.ts): how a misspelt common word opening a
// sentence ("Berutung pemilik anjing …") is told from a name.
import { describe, expect, it } from 'vitest';
import { LetterTrie } from '../src/lexicon/letter-trie.js';

const COMMON = ['beruntung', 'kemarin', 'sementara', 'seminar'];
const trie = new LetterTrie(COMMON);

/** The rule spelt out: every string one edit from w, looked up in the set. */
function bruteForce(words: readonly string[], w: string): boolean {
  const set = new Set(words);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && set.has(w.slice(0, i) + w.slice(i + 1))) return true;
    for (const c of letters) {
      if (set.has(w.slice(0, i) + c + w.slice(i))) return true;
      if (i < w.length && c !== w[i] && set.has(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
  }
  return false;
}

describe('one letter off a word of the set', () => {
  it.each([
    ['a letter dropped', 'berutung', true],
    ['a letter added', 'beruntungg', true],
    ['a letter added first', 'xkemarin', true],
    ['a letter changed', 'beruntang', true],
    ['the last letter changed', 'kemariz', true],
    ['the word itself', 'kemarin', false],
    ['two letters off', 'berutunk', false],
    ['a name near no common word', 'prabowo', false],
    ['a character other than a–z is never the one added', 'semin-ar', true],
  ])('%s: %s', (_, word, expected) => {
    expect(trie.oneLetterOff(word)).toBe(expected);
    expect(bruteForce(COMMON, word)).toBe(expected);
  });

  it('answers as the rule spelt out does on every one-edit variant of the words', () => {
    const variants = new Set<string>();
    for (const w of COMMON)
      for (let i = 0; i <= w.length; i++) {
        variants.add(w.slice(0, i) + w.slice(i + 1));
        for (const c of 'aeiouxz-') {
          variants.add(w.slice(0, i) + c + w.slice(i));
          variants.add(w.slice(0, i) + c + w.slice(i + 1));
        }
      }
    const differing = [...variants].filter((v) => trie.oneLetterOff(v) !== bruteForce(COMMON, v));
    expect(differing).toEqual([]);
    expect(variants.size).toBeGreaterThan(300);
  });
});
