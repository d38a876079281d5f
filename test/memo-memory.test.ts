// Memos kept from one document to the next hold copies of what they keep, never views of the
// document's text (text/own.ts): else every document a name was read from stays in memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nameWords } from '../src/extract/identity.js';
import { idFromName } from '../src/report/ids.js';
import { own } from '../src/text/own.js';
import { VOCABULARY } from '../src/text/vocabulary.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const DOCUMENTS = 40;
const SIZE = 1 << 20;

/** The heap kept after each of DOCUMENTS one-megabyte texts gave `keep` a name cut from it. */
function keptBy(keep: (slice: string) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < DOCUMENTS; i++) {
    const text = `${'x'.repeat(SIZE)} Hendrawan Supratikno${i} ${i}`;
    const at = text.indexOf('Hendrawan');
    keep(text.slice(at, at + 'Hendrawan Supratikno'.length + String(i).length));
  }
  gc();
  return process.memoryUsage().heapUsed - before;
}

describe('a memo keeps no document alive', () => {
  it.each([
    ['the words of a name', (s: string) => nameWords(s)],
    ['the id made from a name', (s: string) => idFromName(s)],
    ['a word of the vocabulary', (s: string) => VOCABULARY.range(s, 0, s.length, false)],
  ])('%s', (_, keep) => {
    // 40 documents of 1 MB (2 bytes a character or 1): kept, they would be 40 MB or more.
    expect(keptBy(keep)).toBeLessThan(8 * SIZE);
  });

  it('the measure sees a slice that is kept as it is', () => {
    const kept: string[] = [];
    expect(keptBy((s) => kept.push(s))).toBeGreaterThan(DOCUMENTS * SIZE);
  });

  it('own() gives back the same characters', () => {
    const s = `${'y'.repeat(100)}Supratikno`.slice(100);
    expect(own(s)).toBe('Supratikno');
    expect(own('Hendrawan Supratikno')).toBe('Hendrawan Supratikno');
  });
});
