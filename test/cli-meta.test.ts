// Article metadata on the command line (golden CLI scenarios): --meta FILE joined to the
// inputs, --format csv --documents, --group-by in the corpus view, jsonl records with a path.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, golden, rel, tempDir } from './spawn.js';

const CORPUS = 'fixtures/corpus';
const META = 'fixtures/meta/corpus.jsonl';
const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('--meta FILE', () => {
  it('jsonl: each file gets its record’s outlet (canonical), url, title, author, published and year', () => {
    const r = cli([CORPUS, '--meta', META, '--format', 'csv', '--documents']);
    expect([r.code, r.stderr]).toEqual([0, 'extract: 3 documents, 3 quotes, 3 claims\n']);
    golden('meta-documents.csv', r.stdout);
  });

  it('csv: the same records give the same documents', () => {
    const csv = cli([CORPUS, '--meta', 'fixtures/meta/corpus.csv', '--format', 'csv', '--documents', '-q']);
    expect(csv.stdout).toBe(cli([CORPUS, '--meta', META, '--format', 'csv', '--documents', '-q']).stdout);
  });

  it('the document object carries them; a file without a record keeps its own reading', () => {
    const docs = lines(cli([CORPUS, '--meta', META, '--format', 'jsonl', '-q']).stdout).map((l) => l.document);
    expect(docs[0]).toMatchObject({
      outlet: 'Kantor Berita Antara',
      url: 'https://berita.example/antara/blinken-retno-gaza',
      published: '2024-06-13T14:05:00+07:00',
      year: 2024,
    });
    expect(docs[2]).toMatchObject({ path: 'fixtures/corpus/tempo/kosong.txt', outlet: null, url: null, year: null });
  });

  it('each quote and claim row of the CSV carries its document’s title, outlet, published, url and year', () => {
    const rows = cli([CORPUS, '--meta', META, '--format', 'csv', '-q']).stdout.split('\r\n');
    expect(rows[1]).toMatch(
      /,Blinken dan Retno Bahas Gaza di Jakarta,Kantor Berita Antara,2024-06-13T14:05:00\+07:00,https:\/\/berita\.example\/antara\/blinken-retno-gaza,2024,/,
    );
  });

  it('the text and md reports of one document show its title, outlet, published and url', () => {
    const one = ['fixtures/corpus/kompas/retno-jenewa.txt', '--meta', META];
    expect(cli(one).stdout.split('\n').slice(0, 4)).toEqual([
      'fixtures/corpus/kompas/retno-jenewa.txt',
      '  Retno: Dunia Tidak Boleh Diam',
      '  Kompas, Jenewa · Tim Redaksi · 2024-02-24',
      '  https://berita.example/kompas/retno-jenewa',
    ]);
    expect(
      cli([...one, '--format', 'md'])
        .stdout.split('\n')
        .slice(0, 5),
    ).toEqual([
      '# Retno: Dunia Tidak Boleh Diam',
      '',
      '*fixtures/corpus/kompas/retno-jenewa.txt · Kompas · Jenewa · Tim Redaksi · 2024-02-24*',
      '',
      '<https://berita.example/kompas/retno-jenewa>',
    ]);
  });

  it('a malformed file: one error naming file:line, nothing processed, exit 2', () => {
    const bad = join(tempDir('meta'), 'bad.jsonl');
    writeFileSync(bad, '{"id": "a"}\n{"id": "b\n');
    const r = cli([CORPUS, '--meta', bad]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    // The JSON parser's own words after "not JSON:" vary with the Node version.
    expect(r.stderr).toMatch(new RegExp(`^extract: meta: ${bad}:2: not JSON: [^\\n]+\\n$`));
  });

  it('a file that is missing or of another kind is a usage error', () => {
    expect(cli([CORPUS, '--meta', 'fixtures/meta/nope.jsonl'])).toMatchObject({
      code: 2,
      stderr: 'extract: meta: fixtures/meta/nope.jsonl: no such file\n',
    });
    expect(cli([CORPUS, '--meta', 'fixtures/meta/articles/tanpa-sumber.txt']).stderr).toBe(
      'extract: meta: fixtures/meta/articles/tanpa-sumber.txt: a metadata file ends in .csv, .jsonl or .json\n',
    );
  });

  it('records that match no input file: a warning, since their paths are relative to the meta file', () => {
    const dir = tempDir('meta');
    writeFileSync(join(dir, 'm.jsonl'), '{"path": "fixtures/corpus/tempo/kosong.txt", "outlet": "Tempo"}\n');
    const r = cli([CORPUS, '--meta', join(dir, 'm.jsonl'), '--format', 'jsonl', '-q']);
    expect([r.code, r.stderr]).toEqual([
      0,
      'extract: warning: --meta: no input file has a record there (its paths are read relative to its own folder)\n',
    ]);
    expect(rel(dir)).not.toBe('');
  });
});

describe('--format csv --documents', () => {
  it('one row per document: its metadata and how many quotes and claims', () => {
    const r = cli([CORPUS, '--format', 'csv', '--documents', '-q']);
    golden('documents.csv', r.stdout);
  });

  it('is for csv only', () => {
    expect(cli([CORPUS, '--documents'])).toMatchObject({
      code: 2,
      stderr: 'extract: --documents works with --format csv\n',
    });
  });
});

describe('--group-by in the corpus view', () => {
  const inputs = [CORPUS, 'fixtures/meta/articles', '--meta', META, '-q'];

  it('text by outlet: an article without one is under "unknown", last', () => {
    golden('corpus-by-outlet.txt', cli([...inputs, '--group-by', 'outlet']).stdout);
  });

  it('md by month', () => {
    golden('corpus-by-month.md', cli([...inputs, '--format', 'md', '--group-by', 'month']).stdout);
  });

  it('json and yaml carry outlet and published on each item instead', () => {
    expect(cli([...inputs, '--format', 'json', '--group-by', 'month']).code).toBe(2);
    const view = JSON.parse(cli([...inputs, '--format', 'json']).stdout);
    const retno = view.entities.find((e: { id: string }) => e.id === 'retno-marsudi');
    expect(
      retno.quotes.map((q: { outlet: string | null; published: string | null }) => [q.outlet, q.published]),
    ).toEqual([
      ['Kantor Berita Antara', '2024-06-13T14:05:00+07:00'],
      ['Kompas', '2024-02-24'],
      [null, null],
    ]);
  });
});

describe('jsonl records with a path and metadata of their own', () => {
  it('a record with only a path is read from it, relative to the jsonl file; its fields echo into document', () => {
    const r = cli(['--input-format', 'jsonl', 'fixtures/meta/records.jsonl', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'extract: hilang-1: no such file or folder\nextract: 2 documents, 3 quotes, 3 claims, 1 error\n',
    );
    const [retno, blinken, missing] = lines(r.stdout);
    const direct = lines(cli(['fixtures/corpus/kompas/retno-jenewa.txt', '--format', 'jsonl']).stdout)[0];
    expect(retno).toEqual({ ...direct, document: { ...direct.document, path: 'retno-1' } });
    expect(blinken.document).toMatchObject({
      path: 'blinken-1',
      outlet: 'Reuters',
      published: '2024-06-13',
      year: 2024,
      url: 'https://berita.example/reuters/blinken',
    });
    expect(missing).toEqual({ path: 'hilang-1', error: { code: 'not-found', message: 'no such file or folder' } });
  });

  it('from stdin, a path is relative to the working folder; --meta joins a record by its id', () => {
    const meta = join(tempDir('meta'), 'm.jsonl');
    writeFileSync(meta, '{"id": "r", "outlet": "antaranews", "published": "2024-06-13"}\n');
    const input = '{"id": "r", "path": "fixtures/corpus/kompas/retno-jenewa.txt", "title": "Judul sendiri"}\n';
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '--meta', meta, '-q'], { input });
    expect(lines(r.stdout)[0].document).toMatchObject({
      path: 'r',
      title: 'Judul sendiri',
      outlet: 'Kantor Berita Antara',
      published: '2024-06-13',
    });
  });

  it('a record with a bad "published" is an error record named by its id', () => {
    const input = '{"id": "z", "text": "Ya.", "published": "13/06/2024"}\n';
    const r = cli(['--input-format', 'jsonl', '--format', 'jsonl', '-q'], { input });
    expect(JSON.parse(r.stdout)).toEqual({
      path: 'z',
      error: {
        code: 'bad-record',
        message: '"published" must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm (got "13/06/2024")',
      },
    });
  });
});
