// Formats and the per-entity corpus view (golden CLI scenarios).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extract } from '../src/index.js';
import { idFromName } from '../src/report/ids.js';
import { cli, golden, rel, tempDir } from './spawn.js';

const CORPUS = 'fixtures/corpus';
const SEED = 'fixtures/nato-rusia-korut.txt';

describe('the per-entity corpus view', () => {
  it('text: grouped by entity, with counts', () => {
    const r = cli([CORPUS]);
    expect([r.code, r.stderr]).toEqual([0, 'extract: 3 documents, 3 quotes, 3 claims\n']);
    golden('corpus.txt', r.stdout);
  });

  it('json: { schema, documents, entities, unattributed, errors }, printed as JSON.stringify(…, null, 2) would', () => {
    const r = cli([CORPUS, '--format', 'json', '-q']);
    golden('corpus.json', r.stdout);
    const value = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(Object.keys(value)).toEqual(['schema', 'documents', 'entities', 'unattributed', 'errors']);
    const retno = value.entities.find((e: { id: string }) => e.id === 'retno-marsudi');
    expect(retno).toMatchObject({
      documents: 2,
      quotes: [
        { path: 'fixtures/corpus/antara/blinken-jakarta.txt' },
        { path: 'fixtures/corpus/kompas/retno-jenewa.txt' },
      ],
    });
    expect(retno.claims).toHaveLength(2);
  });

  it('json: each document is the library result for that file', () => {
    const value = JSON.parse(cli([CORPUS, '--format', 'json', '-q']).stdout);
    const path = 'fixtures/corpus/kompas/retno-jenewa.txt';
    expect(value.documents[1]).toEqual(extract(readFileSync(path, 'utf8'), { path }));
  });

  it('yaml: the same object as json', () => {
    const json = JSON.parse(cli([CORPUS, '--format', 'json', '-q']).stdout);
    expect(parseYaml(cli([CORPUS, '--format', 'yaml', '-q']).stdout)).toEqual(json);
  });

  it('yaml and json of one file: the document object alone', () => {
    expect(parseYaml(cli([SEED, '--format', 'yaml']).stdout)).toEqual(
      JSON.parse(cli([SEED, '--format', 'json']).stdout),
    );
  });

  it('md: the per-entity view as Markdown tables', () => {
    golden('corpus.md', cli([CORPUS, '--format', 'md', '-q']).stdout);
  });

  it('md of one file', () => {
    golden('seed.md', cli([SEED, '--format', 'md']).stdout);
  });

  it('people known by one word stay apart across documents; the same full name is one person', () => {
    const dir = tempDir('identity');
    writeFileSync(join(dir, 'a.txt'), '"Kami siap," kata Agus. Ketua RT Budi Santoso mengatakan warga siap.');
    writeFileSync(join(dir, 'b.txt'), '"Kami menunggu," kata Agus. Budi Santoso menambahkan rapat ditunda.');
    const view = JSON.parse(cli([dir, '--format', 'json']).stdout) as {
      entities: { id: string; documents: number }[];
    };
    const a = idFromName(rel(join(dir, 'a.txt')));
    const b = idFromName(rel(join(dir, 'b.txt')));
    expect(view.entities.map((e) => [e.id, e.documents])).toEqual(
      expect.arrayContaining([
        ['budi-santoso', 2],
        [`agus-in-${a}`, 1],
        [`agus-in-${b}`, 1],
      ]),
    );
  });

  it('unattributed quotes and claims: a group of their own, counted, in text and json', () => {
    const dir = tempDir('unattributed');
    writeFileSync(join(dir, 'a.txt'), 'Warga berkumpul di balai desa. "Kami menolak tambang itu."');
    writeFileSync(join(dir, 'b.txt'), '"Kami siap," kata Agus. Hujan turun. Mereka mengatakan jalan itu rusak.');
    writeFileSync(join(dir, 'c.txt'), '"Belum tahu," kata Wahyu Wibowo.');
    const a = rel(join(dir, 'a.txt'));
    const b = rel(join(dir, 'b.txt'));
    const text = cli([dir, '-q']).stdout.split('\n');
    expect(text[0]).toBe('3 documents · 3 quotes · 1 claim · 2 entities · 2 unattributed');
    const at = text.indexOf('Unattributed (2 documents · 1 quote · 1 claim)');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 8)).toEqual([
      `  ${a}`,
      '    q1  “Kami menolak tambang itu.”',
      '        1:33 · direct · 0.3',
      `  ${b}`,
      '    c1  statement: jalan itu rusak',
      '        1:56 · mengatakan · 0.3',
      '        in: Mereka mengatakan jalan itu rusak.',
    ]);
    const value = JSON.parse(cli([dir, '--format', 'json', '-q']).stdout);
    expect(value.unattributed).toMatchObject({
      documents: 2,
      quotes: [{ path: a, id: 'q1', text: 'Kami menolak tambang itu.', via: null, written: null, line: 1, column: 33 }],
      claims: [{ path: b, id: 'c1', text: 'jalan itu rusak', via: null, role: null }],
    });
    expect(value.entities.flatMap((e: { quotes: { text: string }[] }) => e.quotes.map((q) => q.text))).not.toContain(
      'Kami menolak tambang itu.',
    );
    expect(parseYaml(cli([dir, '--format', 'yaml', '-q']).stdout)).toEqual(value);
    const md = cli([dir, '--format', 'md', '-q']).stdout;
    expect(md).toContain('\n## Unattributed\n\n2 documents · 1 quote · 1 claim\n');
  });

  it('no unattributed items: the group is there, empty, and nothing is counted', () => {
    const value = JSON.parse(cli([CORPUS, '--format', 'json', '-q']).stdout);
    expect(value.unattributed).toEqual({ documents: 0, quotes: [], claims: [] });
    expect(cli([CORPUS, '-q']).stdout).not.toContain('Unattributed');
  });

  it('one document: the text and md reports count the unattributed', () => {
    const input = 'Warga berkumpul di balai desa. "Kami menolak tambang itu." Hujan turun.';
    expect(cli([], { input }).stdout.split('\n')[1]).toBe('  1 quote · 0 claims · 0 entities · 1 unattributed');
    const md = cli(['--format', 'md'], { input }).stdout;
    expect(md).toContain('1 quote · 0 claims · 0 entities · 1 unattributed');
    expect(md).toContain('## Unattributed');
  });

  it('a failed input is listed under errors', () => {
    const value = JSON.parse(cli([CORPUS, 'nope.txt', '--format', 'json', '-q']).stdout);
    expect(value.errors).toEqual([
      { path: 'nope.txt', error: { code: 'not-found', message: 'no such file or folder' } },
    ]);
    expect(value.documents).toHaveLength(3);
  });
});

describe('csv', () => {
  it('one row per quote or claim, with the columns users pivot on', () => {
    const r = cli([CORPUS, '--format', 'csv', '-q']);
    golden('corpus.csv', r.stdout);
    const [header, first] = r.stdout.split('\r\n');
    expect(header).toBe(
      'path,entity_id,entity_name,type,kind,speaker,via,cue,text,start,end,category,confidence,source,about,id,listed,title,outlet,published,url,year,sentence,line,column,speaker_written,speaker_role',
    );
    expect(first).toBe(
      'fixtures/corpus/antara/blinken-jakarta.txt,antony-blinken,Antony Blinken,person,quote,Antony Blinken,name,kata,"Kami sepakat bahwa bantuan kemanusiaan harus segera masuk ke Gaza,",164,230,direct,0.95,,,q1,true,Blinken dan Retno Bahas Gaza di Jakarta,Reuters,,,,' +
        '"""Kami sepakat bahwa bantuan kemanusiaan harus segera masuk ke Gaza,"" kata Blinken kepada wartawan.",5,2,Blinken,Menteri Luar Negeri AS',
    );
  });

  it('quotes fields as RFC 4180 says: commas, double quotes, line breaks', () => {
    const r = cli([SEED, '--format', 'csv']);
    const claim = r.stdout.split('\r\n').find((l) => l.includes('perlu ada'))!;
    expect(claim).toContain('"perlu ada ""konsekuensi"" pada tahap tertentu bagi China"');
    const text = 'Retno hadir.\n\n"Kami sudah bekerja.\n\n"Hasilnya terlihat," kata Retno.';
    const multi = cli(['--format', 'csv'], { input: text }).stdout.split('\r\n')[1]!;
    expect(multi).toContain('"Kami sudah bekerja.\n\n""Hasilnya terlihat,"');
  });
});
