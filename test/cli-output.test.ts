// The output stream's gathering: pieces (strings made here, a worker's bytes) go out in writes of
// about 64 KB, each whole UTF-8, in order, nothing lost or split.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output, WRITE_SIZE } from '../src/cli/output.js';

/** A stream that keeps each write it is given. */
function recorder(): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, writes };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const kata = 'Stoltenberg berkata “Rusia ancaman” — kata Blinken. ';
const many = (n: number, s: string) => Array.from({ length: n }, (_, i) => `${i}: ${s}\n`);

const cases: { name: string; pieces: (string | Uint8Array)[] }[] = [
  { name: 'short strings with curly quotes and dashes', pieces: many(3000, kata) },
  { name: "a worker's bytes between strings", pieces: many(2000, kata).map((s, i) => (i % 3 ? s : utf8(s))) },
  { name: 'a piece larger than one write', pieces: ['awal\n', utf8(kata.repeat(3000)), 'akhir\n'] },
  { name: 'empty pieces among the others', pieces: ['', 'a\n', new Uint8Array(0), 'é\n', ''] },
];

describe('the output stream', () => {
  it.each(cases)('$name: every write whole UTF-8, all of it in order', ({ pieces }) => {
    const { stream, writes } = recorder();
    const out = new Output(stream);
    for (const p of pieces) out.write(p);
    out.flush();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const w of writes) expect(() => decoder.decode(w)).not.toThrow();
    const expected = pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    expect(Buffer.concat(writes).toString('utf8')).toBe(expected);
  });

  it('gathers small pieces: writes of at most 64 KB, far fewer than pieces', () => {
    const { stream, writes } = recorder();
    const out = new Output(stream);
    const pieces = many(5000, kata);
    for (const p of pieces) out.write(p);
    out.flush();
    const total = Buffer.byteLength(pieces.join(''));
    expect(writes.every((w) => w.length <= WRITE_SIZE)).toBe(true);
    expect(writes.length).toBeLessThan(Math.ceil(total / (WRITE_SIZE / 2)) + 1);
  });
});
