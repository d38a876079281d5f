// The README's examples cannot go stale: each command shown with its output is run here, and
// the output must be what the README shows (UPDATE_GOLDEN=1 writes the new output into the
// README after a reviewed change, never in CI). The list of claim kinds is the code's, and
// each kind's example sentence gives that kind.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../src/report/types.js';
import { run } from './helpers.js';
import { examples, fits, runExample } from './readme-examples.js';

const README = readFileSync('README.md', 'utf8');

describe('README examples', () => {
  const all = examples(README);
  it('there are examples with output to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it.each(all.map((e) => [e.line, e] as const))(
    'README.md:%i',
    (_, example) => {
      // CSV rows end in \r\n; the README shows lines.
      const actual = runExample(example.commands, '.')
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''));
      if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI && !example.output.some((l) => l.trim() === '…')) {
        const lines = readFileSync('README.md', 'utf8').split('\n');
        const now = examples(lines.join('\n')).find((e) => e.line === example.line)!;
        lines.splice(now.from, now.to - now.from, ...actual.map((l) => (l === '' ? '' : `    ${l}`)));
        writeFileSync('README.md', lines.join('\n'));
        return;
      }
      expect(
        fits(example.output, actual),
        `shown:\n${example.output.join('\n')}\n\nprinted:\n${actual.join('\n')}`,
      ).toBe(true);
    },
    300_000,
  );
});

describe('the README’s claim kinds', () => {
  const listed = [...README.matchAll(/^ {2}- `(\w+)`: "([^"]+)"$/gm)].map((m) => ({ kind: m[1]!, example: m[2]! }));
  it('are the contract’s kinds, each once', () => {
    expect(listed.map((l) => l.kind).sort()).toEqual([...CLAIM_KINDS].sort());
  });
  it.each(listed)('$kind: "$example"', ({ kind, example }) => {
    expect(run(`${example}.`).claims.map((c) => c.kind)).toContain(kind);
  });
});

describe('the matcher of shortened output', () => {
  it.each([
    [['a', '…', 'd'], ['a', 'b', 'c', 'd'], true],
    [['a', '…'], ['a'], true],
    [['a', 'b'], ['a', 'c'], false],
    [['a'], ['a', 'b'], false],
    [['a', '…', 'c'], ['a', 'b', 'c', 'd'], true],
  ])('%j fits %j: %s', (shown, actual, fit) => {
    expect(fits(shown, actual)).toBe(fit);
  });
});
