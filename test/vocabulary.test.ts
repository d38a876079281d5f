// The vocabulary numbers words from the characters of the text (text/vocabulary.ts); the
// tokenizer asks it the lowercase number of each word with capitals through a memo by form.
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../src/text/vocabulary.js';

/** Starts and ends of the space-separated words of a text, with all their indices. */
function spans(text: string) {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = starts.length;
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    all: Int32Array.from({ length: n }, (_, i) => i),
    n,
  };
}

/** The numbers as written, then the lowercase ones through the memo (lowerAll), as words. */
function lowered(v: Vocabulary, text: string): string[] {
  const { starts, ends, all, n } = spans(text);
  const forms = new Int32Array(n);
  const out = new Int32Array(n);
  v.rangeAll(text, starts, ends, all, n, false, forms);
  v.lowerAll(text, starts, ends, all, n, forms, out);
  return Array.from(out, (id) => v.string(id));
}

describe('lowercase numbers through the memo by form', () => {
  it.each([
    ['capitalized words', 'Jakarta Prabowo NATO', ['jakarta', 'prabowo', 'nato']],
    ['a form met twice in one text', 'Rusia dan Rusia', ['rusia', 'dan', 'rusia']],
    [
      'long words, past the packed keys',
      'KEMENTERIANKOORDINATOR Kesejahteraan',
      ['kementeriankoordinator', 'kesejahteraan'],
    ],
  ])('%s: the same numbers as lowercasing each word', (_, text, words) => {
    const v = new Vocabulary();
    expect(lowered(v, text)).toEqual(words);
    const { starts, ends, all, n } = spans(text);
    const direct = new Int32Array(n);
    v.rangeAll(text, starts, ends, all, n, true, direct);
    expect(lowered(v, text).map((w) => v.find(w))).toEqual(Array.from(direct));
  });

  it('a form read before is answered from the memo, not from the characters', () => {
    const v = new Vocabulary();
    lowered(v, 'Stoltenberg');
    const form = v.find('Stoltenberg');
    // The characters given are another word's: the memo of the form answers all the same.
    const out = new Int32Array(1);
    v.lowerAll('Zzzzzzzzzzz', Int32Array.of(0), Int32Array.of(11), Int32Array.of(0), 1, Int32Array.of(form), out);
    expect(v.string(out[0]!)).toBe('stoltenberg');
  });

  it('after the vocabulary is cleared, the memo answers by the new numbers', () => {
    const v = new Vocabulary();
    v.intern('kept');
    v.pin();
    lowered(v, 'Blinken Austin');
    v.trim(0);
    // Numbered the other way round now: a stale memo would answer "austin" for Blinken.
    expect(lowered(v, 'Austin Blinken')).toEqual(['austin', 'blinken']);
    expect(lowered(v, 'Blinken')).toEqual(['blinken']);
  });
});

describe('the tables growing', () => {
  // Enough words of each sort for both tables to double several times from their first size.
  const words = Array.from({ length: 40_000 }, (_, i) =>
    i % 3 === 0 ? `w${i}` : i % 3 === 1 ? `panjangsekalikata${i}` : `é${i}`,
  );

  it('every word keeps its number and is found by its characters', () => {
    const v = new Vocabulary();
    const ids = words.map((w) => v.intern(w));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w) => v.find(w))).toEqual(ids);
    expect(ids.map((id) => v.string(id))).toEqual(words);
    // Read from a text, as the tokenizer reads: the same numbers.
    const text = words.join(' ');
    const { starts, ends, all, n } = spans(text);
    const out = new Int32Array(n);
    v.rangeAll(text, starts, ends, all, n, false, out);
    expect(Array.from(out)).toEqual(ids);
  });
});
