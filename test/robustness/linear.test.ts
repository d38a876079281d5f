// No input makes the work grow faster than the input: pathological texts at size n and 4n,
// and the time of the larger within 8× of the smaller (linear work gives about 4×; work that
// grows with the square gives 16×). A ratio between sizes, not a wall-clock limit: the best of
// five runs each, so that a pause of the machine does not decide.
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
];

/** Time of one extraction in milliseconds: the least of five runs. */
function cost(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    extract(text, { lexicon });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('work stays linear in the input', () => {
  it.each(pathological)('%s', (_, make) => {
    const small = make(25_000);
    const large = make(100_000);
    expect(large.length).toBeGreaterThan(3 * small.length);
    cost(make(2_000)); // warm the code first
    const ratio = cost(large) / Math.max(cost(small), 1);
    expect(ratio).toBeLessThan(8);
  });
});
