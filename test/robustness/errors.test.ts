// A bug is not the user's error: one line asking for a report, the stack trace only with
// --debug; and a bug in one document costs that document only.
import { PassThrough, type Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/cli/config.js';
import { main } from '../../src/cli/main.js';
import { processSource } from '../../src/cli/process.js';
import type { Lexicon } from '../../src/lexicon/compile.js';
import { NO_FILTERS } from '../../src/report/filter.js';
import { lexicon } from '../helpers.js';

const cfg = (debug: boolean): RunConfig => ({
  format: 'jsonl',
  single: false,
  lexicon: {},
  date: null,
  maxBytes: 1e6,
  encoding: 'utf-8',
  lang: 'auto',
  filters: NO_FILTERS,
  outDir: null,
  color: 0,
  corpus: false,
  debug,
  documents: false,
  groupBy: null,
  stats: null,
  excerpt: false,
});

/** The built-in lexicon, broken the way a bug might break it: reading its language throws. */
const broken = new Proxy(lexicon, {
  get(target, key, receiver) {
    if (key === 'lang') throw new Error('the language tables are gone');
    return Reflect.get(target, key, receiver) as unknown;
  },
}) as Lexicon;

describe('a bug inside one document', () => {
  it("becomes that document's error record, asking for a report", () => {
    const p = processSource(
      { kind: 'text', display: 'a.txt', out: 'a.txt', text: '"Kami siap," kata Retno.' },
      cfg(false),
      broken,
    );
    expect(p.error).toEqual({
      code: 'internal',
      message:
        'internal error: the language tables are gone (this is a bug: please report it with the input that caused it)',
    });
    expect(JSON.parse(p.output)).toEqual({ path: 'a.txt', error: p.error });
    expect(p.trace).toBeNull();
  });

  it('keeps its stack trace under --debug', () => {
    const p = processSource({ kind: 'text', display: 'a.txt', out: 'a.txt', text: 'x' }, cfg(true), broken);
    expect(p.trace).toMatch(/^Error: the language tables are gone\n\s+at /);
  });

  it('leaves the next document whole', () => {
    const p = processSource(
      { kind: 'text', display: 'b.txt', out: 'b.txt', text: '"Kami siap," kata Retno.' },
      cfg(false),
      lexicon,
    );
    expect(p.error).toBeNull();
    expect(JSON.parse(p.output).quotes[0].speaker.entity).toBe('retno-marsudi');
  });
});

describe('a bug in the run itself', () => {
  /** A standard output that fails in a way no user could cause. */
  const failingNow = () =>
    Object.assign(new PassThrough(), {
      write: () => {
        throw new Error('the output stream broke');
      },
    });

  async function run(args: string[]) {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d));
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const code = await main(args, { stdin, stdout: failingNow() as unknown as Writable, stderr, env: {} });
    return { code, err };
  }

  it('one line asking for a report, exit 2, no stack trace', async () => {
    const { code, err } = await run(['fixtures/nato-rusia-korut.txt', '--format', 'json']);
    expect(code).toBe(2);
    expect(err).toBe(
      'extract: internal error: the output stream broke (this is a bug: please report it with the input that caused it)\n',
    );
  });

  it('the stack trace after it with --debug', async () => {
    const { code, err } = await run(['fixtures/nato-rusia-korut.txt', '--format', 'json', '--debug']);
    expect(code).toBe(2);
    const [first, ...rest] = err.trimEnd().split('\n');
    expect(first).toBe(
      'extract: internal error: the output stream broke (this is a bug: please report it with the input that caused it)',
    );
    expect(rest[0]).toBe('Error: the output stream broke');
    expect(rest[1]).toMatch(/^\s+at /);
  });
});
