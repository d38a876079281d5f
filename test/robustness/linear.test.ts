// No input makes the work grow faster than the input: pathological texts at size n and 4n, and
// the work of the larger within 8× of the smaller (linear work gives 4×; work that grows with the
// square gives 16×). Work is counted, never timed: V8's block coverage counts how many times each
// block of code ran (a loop's body once per pass), and the counts of one extraction are summed
// over all the code it ran. The count is the same on a loaded machine as on an idle one.
import { blocksRun } from './work.js'; // first: it counts the code loaded after it
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { lexicon } from '../helpers.js';

const pathological: [string, (n: number) => string][] = [
  ['quote marks only', (n) => '"'.repeat(n)],
  [
    'unbalanced and stray quote marks around cues',
    (n) => Array.from({ length: n / 2 }, (_, i) => (i % 3 ? 'kata "' : '” ujar')).join(' '),
  ],
  ['deeply nested quote marks', (n) => `${'“'.repeat(n / 2)}Kami siap${'”'.repeat(n / 2)}`],
  [
    'one sentence of many tokens, no full stop',
    (n) => Array.from({ length: n }, (_, i) => (i % 7 ? 'kata' : 'Budi')).join(' '),
  ],
  ['one speaker on many lines', (n) => 'Budi Santoso mengatakan rapat ditunda\n'.repeat(n / 5)],
  ['menurut again and again, no comma', (n) => `${'menurut '.repeat(n)}x`],
  ['a name repeated before one cue', (n) => `${'Joko Widodo '.repeat(n / 2)}mengatakan bahwa rapat ditunda.`],
  ['initials without end', (n) => 'A. '.repeat(n / 2)],
  ['commas in a speaker phrase', (n) => `Menurut ${'Budi, '.repeat(n / 2)}rapat ditunda.`],
  ['relative cues chained', (n) => `Hal itu diungkapkan Budi ${'yang menyatakan '.repeat(n / 2)}`],
  ['a title repeated, each a speaker', (n) => '"Siap," kata Menlu. '.repeat(n / 5)],
  ['one paragraph of quoted sentences with no cue', (n) => '"Kami siap." '.repeat(n / 3)],
  // English goes through compromise, some 20 times slower a token: a quarter of the size.
  ['English: one sentence of many tokens', (n) => `The minister said ${'that the plan '.repeat(n / 12)}.`],
  ['English: quotes, each with its cue', (n) => '"We are ready," he said. '.repeat(n / 28)],
];

/** The blocks run by one extraction, after a first run that fills the caches made on first use. */
function work(text: string): number {
  extract(text, { lexicon });
  return blocksRun(() => extract(text, { lexicon }));
}

describe('work stays linear in the input', () => {
  it.each(pathological)('%s', (_, make) => {
    const small = make(5_000);
    const large = make(20_000);
    expect(large.length).toBeGreaterThan(3 * small.length);
    const ratio = work(large) / work(small);
    expect(ratio).toBeLessThan(8);
  });

  it('the count sees work that grows with the square', () => {
    // A check of the measure itself: a pairwise loop over the input counts 16× at 4×.
    const pairs = (n: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) k += j & 1;
      return k;
    };
    expect(blocksRun(() => pairs(400)) / blocksRun(() => pairs(100))).toBeGreaterThan(12);
  });
});
