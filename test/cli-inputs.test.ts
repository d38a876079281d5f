// Inputs: folders, globs, stdin, --files-from, jsonl records (golden CLI scenarios).
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, rel, tempDir } from './spawn.js';

const CORPUS = 'fixtures/corpus';
const paths = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l).document?.path ?? JSON.parse(l).path);

describe('folders', () => {
  it('are walked recursively, *.txt only, sorted by path, dot-folders skipped', () => {
    const r = cli([CORPUS, '--format', 'jsonl']);
    expect([r.code, r.stderr]).toEqual([0, 'extract: 3 documents, 3 quotes, 3 claims\n']);
    expect(paths(r.stdout)).toEqual([
      'fixtures/corpus/antara/blinken-jakarta.txt',
      'fixtures/corpus/kompas/retno-jenewa.txt',
      'fixtures/corpus/tempo/kosong.txt',
    ]);
  });

  it('--ext chooses the file endings', () => {
    const r = cli([CORPUS, '--format', 'jsonl', '--ext', '.md,.txt', '-q']);
    expect(paths(r.stdout)).toContain('fixtures/corpus/kompas/catatan.md');
    expect(paths(r.stdout)).toHaveLength(4);
  });

  it('skip node_modules, do not follow symlinks (a loop cannot trap them), sort in code-unit order', () => {
    const dir = tempDir('walk');
    cpSync(CORPUS, dir, { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'dep.txt'), '"x," kata Retno.');
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'tempo', 'kosong.txt'), join(dir, 'link.txt'));
    writeFileSync(join(dir, 'Z.txt'), 'Z.');
    writeFileSync(join(dir, 'a.txt'), 'a.');
    const r = cli([dir, '--format', 'jsonl', '-q']);
    expect(r.code).toBe(0);
    expect(paths(r.stdout).map((p) => p.slice(rel(dir).length + 1))).toEqual([
      'Z.txt',
      'a.txt',
      'antara/blinken-jakarta.txt',
      'kompas/retno-jenewa.txt',
      'tempo/kosong.txt',
    ]);
  });

  it('a folder with no matching files is an error naming it', () => {
    const dir = tempDir('empty');
    const r = cli([dir, 'fixtures/corpus/tempo/kosong.txt', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `extract: ${rel(dir)}: no *.txt files in this folder\nextract: 1 document, 0 quotes, 0 claims, 1 error\n`,
    );
  });
});

describe('globs (quoted, expanded by extract)', () => {
  it('** and * find the same files as the folder walk', () => {
    const r = cli(['fixtures/corpus/**/*.txt', '--format', 'jsonl', '-q']);
    expect(paths(r.stdout)).toEqual(paths(cli([CORPUS, '--format', 'jsonl', '-q']).stdout));
  });

  it('{a,b} alternatives and ? wildcards', () => {
    const r = cli(['fixtures/corpus/{kompas,tempo}/*.tx?', '--format', 'jsonl', '-q']);
    expect(paths(r.stdout)).toEqual(['fixtures/corpus/kompas/retno-jenewa.txt', 'fixtures/corpus/tempo/kosong.txt']);
  });

  it('nested alternatives {a,{b,c}}', () => {
    const r = cli(['fixtures/corpus/{antara,{kompas,tempo}}/*.txt', '--format', 'jsonl', '-q']);
    expect(paths(r.stdout)).toEqual(paths(cli([CORPUS, '--format', 'jsonl', '-q']).stdout));
  });

  it('dot-folders only where the pattern names them', () => {
    expect(cli(['fixtures/corpus/antara/*/*.txt', '-q']).stderr).toBe(
      'extract: fixtures/corpus/antara/*/*.txt: no files match this pattern\n',
    );
    expect(paths(cli(['fixtures/corpus/antara/.*/*.txt', '--format', 'jsonl', '-q']).stdout)).toEqual([
      'fixtures/corpus/antara/.draft/rahasia.txt',
    ]);
  });

  it('a glob that matches nothing is an error', () => {
    const r = cli(['fixtures/corpus/*.pdf']);
    expect([r.code, r.stderr]).toEqual([
      2,
      'extract: fixtures/corpus/*.pdf: no files match this pattern\nextract: 0 documents, 0 quotes, 0 claims, 1 error\n',
    ]);
  });
});

describe('lists and records', () => {
  it('--files-from FILE', () => {
    const list = join(tempDir('list'), 'list.txt');
    writeFileSync(list, 'fixtures/corpus/tempo/kosong.txt\n\nfixtures/nato-rusia-korut.txt\n');
    expect(paths(cli(['--files-from', list, '--format', 'jsonl', '-q']).stdout)).toEqual([
      'fixtures/corpus/tempo/kosong.txt',
      'fixtures/nato-rusia-korut.txt',
    ]);
  });

  it('--files-from - reads the list from stdin', () => {
    const r = cli(['--files-from', '-', '--format', 'jsonl', '-q'], { input: 'fixtures/nato-rusia-korut.txt\n' });
    expect(paths(r.stdout)).toEqual(['fixtures/nato-rusia-korut.txt']);
  });

  it('--input-format jsonl: one result line per record, in order, id or path as the path', () => {
    const input = `${[
      JSON.stringify({ id: 'berita-2', text: '"Kami siap," kata Retno.' }),
      JSON.stringify({ path: 'a/berita-1.txt', text: 'Stoltenberg mengatakan NATO siap.' }),
    ].join('\n')}\n`;
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '-q'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.document.path, l.quotes.length, l.claims.length])).toEqual([
      ['berita-2', 1, 0],
      ['a/berita-1.txt', 0, 1],
    ]);
  });

  it('a record gives its own "lang" and "date" over the run\'s', () => {
    const input = `${[
      JSON.stringify({ id: 'read-as-id', text: '"We are ready," Stoltenberg said.', lang: 'id' }),
      JSON.stringify({ id: 'told', text: '"We are ready," Stoltenberg said.' }),
      JSON.stringify({ id: 'dated', text: '"Kami siap," kata Sekjen NATO.', date: '2025-03-01' }),
      JSON.stringify({ id: 'run-date', text: '"Kami siap," kata Sekjen NATO.' }),
    ].join('\n')}\n`;
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '-q', '--date', '2024-06-19'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.document.path, l.document.language, l.quotes[0]?.speaker?.entity ?? null])).toEqual([
      ['read-as-id', 'id', null],
      ['told', 'en', 'jens-stoltenberg'],
      ['dated', 'id', 'mark-rutte'],
      ['run-date', 'id', 'jens-stoltenberg'],
    ]);
  });

  it.each([
    ['{"id": "x", "text": "Ya.", "lang": "fr"}', '"lang" must be one of auto, id, en (got "fr")'],
    ['{"id": "x", "text": "Ya.", "date": "2024-02-30"}', '"date" must be a date YYYY-MM-DD (got "2024-02-30")'],
    ['{"id": "x", "text": "Ya.", "date": 20240619}', '"date" must be a date YYYY-MM-DD (got 20240619)'],
  ])('a record with a bad lang or date is an error record named by its id: %s', (line, message) => {
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '-q'], { input: `${line}\n` });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ path: 'x', error: { code: 'bad-record', message } });
    expect(r.stderr).toBe(`extract: x: ${message}\n`);
  });

  it('a bad record gets an error record in its place, named by its id or else its line, and exit 2', () => {
    const input = '{"id": "ok", "text": "Ya."}\nnot json\n{"id": "no-text"}\n';
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '-q'], { input });
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path ?? l.document.path)).toEqual(['ok', '-:2', 'no-text']);
    expect(lines[2].error).toEqual({ code: 'bad-record', message: 'a record needs a "text", or a "path" to read' });
    expect(r.stderr).toMatch(/^extract: -:2: not JSON: /);
  });
});
