// Progress on stderr: only on a terminal, only for several inputs, never in CI or with --quiet.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

async function run(args: string[], opts: { tty: boolean; env?: Record<string, string> }) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.tty });
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let err = '';
  stderr.on('data', (d) => (err += d));
  stdout.resume();
  const code = await main([...args, '--jobs', '1'], { stdin, stdout, stderr, env: opts.env ?? {} });
  return { code, err };
}

describe('progress', () => {
  it('a counter on a terminal for several inputs, cleared before the summary', async () => {
    const { code, err } = await run(['fixtures/corpus', '--format', 'jsonl'], { tty: true });
    expect(code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's clear-line code
    expect(err).toMatch(/^\r\u001b\[K1\/3 fixtures\/corpus\/antara\/blinken-jakarta\.txt/);
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
