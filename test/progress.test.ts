// Progress on stderr: only on a terminal, only for several inputs, never in CI or with --quiet.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { progressLine } from '../src/cli/progress.js';

async function run(args: string[], opts: { tty: boolean; env?: Record<string, string> }) {
  // A clock that moves a second each time it is read: the rate and the time left are fixed.
  let t = 0;
  const now = () => (t += 1000);
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.tty });
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let err = '';
  stderr.on('data', (d) => (err += d));
  stdout.resume();
  const code = await main([...args, '--jobs', '1'], { stdin, stdout, stderr, env: opts.env ?? {}, now });
  return { code, err };
}

describe('progress', () => {
  it.each([
    // done, total, elapsed ms → the line
    [1204, 28846, 650, '1,204/28,846   4% · 1,852 docs/s · 0:15 left'],
    [28846, 28846, 15_000, '28,846/28,846 100% · 1,923 docs/s · 0:00 left'],
    [10, 10_000, 60_000, '10/10,000   0% · 0.2 docs/s · 16:39:00 left'],
    [500, null, 2000, '500 · 250 docs/s'],
    [0, 3, 0, '0/3   0%'],
  ] as const)('%i of %s after %i ms: %s', (done, total, ms, line) => {
    expect(progressLine(done, total, ms)).toBe(line);
  });

  it('a counter on a terminal for several inputs, with the share, the rate and the time left, cleared before the summary', async () => {
    const { code, err } = await run(['fixtures/corpus', '--format', 'jsonl'], { tty: true });
    expect(code).toBe(0);
    // Started at 1 s, the first document done at 2 s: one a second, two left.
    expect(
      err.startsWith('\r\u001b[K1/3  33% · 1.0 docs/s · 0:02 left  fixtures/corpus/antara/blinken-jakarta.txt'),
    ).toBe(true);
    expect(err.endsWith('\r\u001b[Kextract: 3 documents, 3 quotes, 3 claims\n')).toBe(true);
  });

  it.each([
    ['not a terminal', { tty: false }, ['fixtures/corpus']],
    ['in CI', { tty: true, env: { CI: 'true' } }, ['fixtures/corpus']],
    ['with --quiet', { tty: true }, ['fixtures/corpus', '--quiet']],
    ['one input', { tty: true }, ['fixtures/nato-rusia-korut.txt']],
  ] as const)('none %s', async (_, opts, args) => {
    const { err } = await run([...args, '--format', 'jsonl'], opts);
    expect(err).not.toContain('\r');
  });

  it('no input on a terminal is a usage error', async () => {
    const { code, err } = await run([], { tty: true });
    expect([code, err]).toEqual([
      2,
      'extract: no input: give files or folders, or pipe text to standard input (extract --help)\n',
    ]);
  });
});
