// Golden CLI scenarios: the real bin/extract, exact stdout, stderr and exit code.
// Set UPDATE_GOLDEN=1 to rewrite the files in test/golden/ after a reviewed change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { cli, golden, rel, tempDir } from './spawn.js';

const SEED = 'fixtures/nato-rusia-korut.txt';
const tmp = tempDir('cli');

describe('extract FILE', () => {
  it('prints the report grouped by entity', () => {
    const r = cli([SEED]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    golden('seed.txt', r.stdout);
  });

  it('--format json prints the contract object, the same as the library', () => {
    const r = cli([SEED, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    golden('seed.json', r.stdout);
    expect(JSON.parse(r.stdout)).toEqual(extract(readFileSync(SEED, 'utf8'), { path: SEED }));
  });

  it('is deterministic: the same bytes on every run', () => {
    expect(cli([SEED, '--format', 'json']).stdout).toBe(cli([SEED, '--format', 'json']).stdout);
  });

  it('--format jsonl prints one line per input', () => {
    const other = join(tmp, 'other.txt');
    writeFileSync(other, '"Kami siap," kata Retno.');
    const r = cli([SEED, other, '--format', 'jsonl']);
    expect([r.code, r.stderr]).toEqual([0, 'extract: 2 documents, 7 quotes, 13 claims\n']);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.document.path, l.quotes.length])).toEqual(
      [
        [rel(other), 1],
        [SEED, 6],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });

  it('writes output larger than a pipe buffer (64 KiB) whole', () => {
    const many = Array.from({ length: 40 }, (_, i) => {
      const p = join(tmp, `seed-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(p, readFileSync(SEED));
      return p;
    });
    const r = cli([...many, '--format', 'jsonl', '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).quotes.length),
    ).toEqual(Array(40).fill(6));
  });
});

describe('standard input', () => {
  it('a piped stdin is read when no file is given, labelled with --stdin-filepath', () => {
    const r = cli(['--format', 'json', '--stdin-filepath', 'berita.txt'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document.path).toBe('berita.txt');
    expect(JSON.parse(r.stdout).quotes).toHaveLength(6);
  });

  it('- reads stdin among files', () => {
    const r = cli(['-', '--format', 'jsonl'], { input: '"Kami siap," kata Retno.' });
    expect(JSON.parse(r.stdout)).toMatchObject({
      document: { path: '-' },
      quotes: [{ speaker: { entity: 'retno-marsudi' } }],
    });
  });
});

describe('errors and exit codes', () => {
  it('a missing file among good ones: the good results, an error record, one line on stderr, exit 2', () => {
    const r = cli([SEED, 'nope.txt', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'extract: nope.txt: no such file or folder\nextract: 1 document, 6 quotes, 13 claims, 1 error\n',
    );
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].quotes).toHaveLength(6);
    expect(lines[1]).toEqual({ path: 'nope.txt', error: { code: 'not-found', message: 'no such file or folder' } });
  });

  it('a binary file', () => {
    const bin = join(tmp, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = cli([bin]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `extract: ${rel(bin)}: binary file (NUL byte at byte 4)\nextract: 0 documents, 0 quotes, 0 claims, 1 error\n`,
    ]);
  });

  it('invalid UTF-8 names the byte offset', () => {
    const bad = join(tmp, 'latin1.txt');
    writeFileSync(bad, Buffer.from('Kata Pak Ma\xefruf', 'latin1'));
    expect(cli([bad, '--quiet']).stderr).toBe(
      `extract: ${rel(bad)}: invalid UTF-8 at byte 11 (if the file is Latin-1 or Windows-1252, say so with --encoding)\n`,
    );
  });

  it('a bad lexicon: file:line:col, nothing on stdout, exit 2', () => {
    const lex = join(tmp, 'bad.yaml');
    writeFileSync(lex, '- id: x\n  type: planet\n  name: X\n');
    const r = cli([SEED, '--lexicon', lex]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `extract: lexicon: ${lex}:2:9: entry 1.type must be one of person, state, organization (found "planet")\n`,
    ]);
  });

  it('a bad --date is a usage error', () => {
    expect(cli([SEED, '--date', '19/06/2024'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'extract: --date must be a date YYYY-MM-DD (got "19/06/2024")\n',
    });
  });

  it('--help and --version exit 0 on stdout', () => {
    const help = cli(['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: extract \[options\] \[command\] \[inputs\.\.\.\]/);
    const version = cli(['--version']);
    expect([version.code, version.stdout]).toEqual([
      0,
      `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`,
    ]);
  });
});

describe('help and errors, the same for every command', () => {
  it('extract help COMMAND is extract COMMAND --help', () => {
    const help = cli(['help', 'eval']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: extract eval \[options\] <folders\.\.\.>/);
    expect(help.stdout).toBe(cli(['eval', '--help']).stdout);
    expect(cli(['lexicon', 'help', 'list']).stdout).toMatch(/^Usage: extract lexicon list/);
  });

  it('the main help gives examples, exit codes and the environment, and no empty defaults', () => {
    const help = cli(['help']).stdout;
    expect(help).toBe(cli(['--help']).stdout);
    for (const part of ['Examples:', 'Exit codes:', '  130  interrupted', 'NO_COLOR', 'FORCE_COLOR', '  CI  '])
      expect(help).toContain(part);
    expect(help).not.toContain('(default: [])');
  });

  it.each([
    [['--bogus'], "extract: unknown option '--bogus'\n"],
    [['eval'], "extract: missing required argument 'folders'\n"],
    [['lexicon', 'show'], "extract: missing required argument 'id'\n"],
    [
      [SEED, '--format', 'xml'],
      "extract: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, jsonl, yaml, csv, md, html.\n",
    ],
  ])('%j: one line, prefixed as every error is, exit 2', (args, stderr) => {
    expect(cli(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('colour', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a colour code
  const ansi = /\u001b\[/;
  it('none when piped or with NO_COLOR', () => {
    expect(cli([SEED]).stdout).not.toMatch(ansi);
  });
  it('FORCE_COLOR turns it on when NO_COLOR is unset', () => {
    expect(cli([SEED], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
  });
  it('--color wins over NO_COLOR, --no-color over FORCE_COLOR', () => {
    expect(cli([SEED, '--color']).stdout).toMatch(ansi);
    expect(cli([SEED, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).not.toMatch(ansi);
  });
  it('never in machine formats', () => {
    expect(cli([SEED, '--format', 'json', '--color']).stdout).not.toMatch(ansi);
  });
});
