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

  it('json: { schema, documents, entities, errors }, printed as JSON.stringify(…, null, 2) would', () => {
    const r = cli([CORPUS, '--format', 'json', '-q']);
    golden('corpus.json', r.stdout);
    const value = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(Object.keys(value)).toEqual(['schema', 'documents', 'entities', 'errors']);
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
      'path,entity_id,entity_name,type,kind,speaker,via,cue,text,start,end,category,confidence,source,about,id,listed,title,outlet,published,url,year',
    );
    expect(first).toBe(
      'fixtures/corpus/antara/blinken-jakarta.txt,antony-blinken,Antony Blinken,person,quote,Antony Blinken,name,kata,"Kami sepakat bahwa bantuan kemanusiaan harus segera masuk ke Gaza,",164,230,direct,0.95,,,q1,true,Blinken dan Retno Bahas Gaza di Jakarta,Reuters,,,',
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
