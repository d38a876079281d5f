// Article metadata read from a publisher's file (--meta): every date form of the shared
// corpus's manifest, CSV quoting, malformed lines; and how known metadata meets the page's own.
import { describe, expect, it } from 'vitest';
import { MetaError, parseMeta } from '../src/input/meta.js';
import { parseDateFields } from '../src/text/dates.js';
import { type Known, withKnown } from '../src/text/known.js';
import { segment } from '../src/text/segment.js';
import { extract } from '../src/index.js';
import { lexicon } from './helpers.js';

const words = lexicon.page;
const where = { file: 'meta.jsonl', base: '/data' };

/** A record as the table expects it: where it is joined, and what it gives. */
interface Entry {
  path?: string;
  id?: string;
  known: Known;
  lang?: string;
}

describe('the date fields of a manifest record', () => {
  it.each([
    ['an ISO date (date_iso)', ['2019-10-09', '43747', '04:10 WIB'], '2019-10-09T04:10:00+07:00'],
    ['day, short month, year; then a zoned time', ['13 Sep 2019', '18:51 WIB'], '2019-09-13T18:51:00+07:00'],
    ['date and time in each other’s column', ['14:02 WIB', '13 Sep 2019'], '2019-09-13T14:02:00+07:00'],
    ['a time without a zone says no instant', ['14:02', '13 Sep 2019'], '2019-09-13'],
    ['day-month-two-digit year', ['13-Sep-19', '10:26'], '2019-09-13'],
    ['an Indonesian month name', ['16 Mei 2019', '06:02 WITA'], '2019-05-16T06:02:00+08:00'],
    ['a full Indonesian month', ['26 Oktober 2019', '06:02 WIT'], '2019-10-26T06:02:00+09:00'],
    ['dd/mm/yyyy, the day first', ['03/09/2019', '03:27 WIB'], '2019-09-03T03:27:00+07:00'],
    ['dd/mm/yyyy with a day over 12', ['25/09/2019'], '2019-09-25'],
    ['ISO in a raw column', ['2019-09-10', '08:00'], '2019-09-10'],
    ['English month, day, year', ['September 17, 2019', '-'], '2019-09-17'],
    ['short English month', ['Sep 21, 2019', '-'], '2019-09-21'],
    ['an Excel day number', ['43718', '0.65277777777777779'], '2019-09-10'],
    ['an Excel day number, the fraction in E notation', ['43718', '5.5555555555555558E-3'], '2019-09-10'],
    ['a date and an Excel day fraction', ['26 Agustus 2019', '0.86458333333333337'], '2019-08-26'],
    ['an ISO instant', ['2019-09-10T14:02:00Z'], '2019-09-10T14:02:00+00:00'],
    ['a weekday before the date', ['Senin, 16 Sep 2019'], '2019-09-16'],
    ['empty and placeholder fields', ['', '-'], null],
    ['a day that does not exist', ['31/02/2019'], null],
    ['a month nobody names', ['13 Foo 2019'], null],
    ['a time alone', ['18:51 WIB'], null],
  ])('%s', (_, fields, expected) => {
    expect(parseDateFields(fields, words)).toBe(expected);
  });
});

describe('a metadata file', () => {
  it.each([
    [
      'a manifest record: file relative to the meta file, raw dates swapped, year',
      '{"file": "articles/a.txt", "outlet": "detik.com", "url": "https://x.example/a", "date_raw": "14:02", "time_raw": "13 Sep 2019", "date_iso": null, "year": 2019, "bytes": 10}',
      {
        path: '/data/articles/a.txt',
        known: { outlet: 'detik.com', url: 'https://x.example/a', published: '2019-09-13', year: 2019 },
      },
    ],
    [
      'an explicit published date wins over raw columns, in any form',
      '{"path": "b.txt", "published": "16 Mei 2019", "date_iso": "2020-01-01", "title": " Judul "}',
      { path: '/data/b.txt', known: { published: '2019-05-16', title: 'Judul' } },
    ],
    [
      'an id, a year as text, a language',
      '{"id": "rec-7", "year": "2017", "lang": "en"}',
      { id: 'rec-7', known: { year: 2017 }, lang: 'en' },
    ],
  ] as [string, string, Entry][])('jsonl: %s', (_, line, expected) => {
    const t = parseMeta(`${line}\n`, 'jsonl', where, words);
    const entry = expected.path ? t.byPath.get(expected.path) : t.byId.get(expected.id!);
    expect(entry).toEqual({ known: expected.known, ...(expected.lang && { lang: expected.lang }) });
  });

  it('csv: a header, quoted fields with commas, doubled quotes and line breaks, CRLF', () => {
    const text =
      '\uFEFFpath,title,outlet,date_raw,time_raw\r\n' +
      'a.txt,"Retno: ""Kami siap"", katanya",Kompas.com,13-Sep-19,18:51 WIB\r\n' +
      '\r\n' +
      'b.txt,"Dua\nbaris",,43718,\r\n';
    const t = parseMeta(text, 'csv', { file: 'm.csv', base: '/data' }, words);
    expect(t.byPath.get('/data/a.txt')).toEqual({
      known: { title: 'Retno: "Kami siap", katanya', outlet: 'Kompas.com', published: '2019-09-13T18:51:00+07:00' },
    });
    expect(t.byPath.get('/data/b.txt')).toEqual({ known: { title: 'Dua\nbaris', published: '2019-09-10' } });
  });

  it.each([
    ['jsonl', '{"path": "a.txt"}\nnot json\n', 'meta.jsonl:2: not JSON: '],
    ['jsonl', '[1, 2]\n', 'meta.jsonl:1: a record must be a JSON object'],
    ['jsonl', '{"outlet": "Kompas"}\n', 'meta.jsonl:1: a record needs a "path", "file" or "id"'],
    ['jsonl', '{"id": "a"}\n\n{"id": "a"}\n', 'meta.jsonl:3: the same document as line 1'],
    ['jsonl', '{"id": "a", "year": "dua ribu"}\n', 'meta.jsonl:1: "year" must be a whole number (got "dua ribu")'],
    ['jsonl', '{"id": "a", "published": "kemarin"}\n', 'meta.jsonl:1: "published" is not a date (got "kemarin")'],
    ['jsonl', '{"id": "a", "title": 7}\n', 'meta.jsonl:1: "title" must be a string (got 7)'],
    ['jsonl', '{"id": "a", "lang": "fr"}\n', 'meta.jsonl:1: "lang" must be one of auto, id, en (got "fr")'],
    ['csv', 'path,title\na.txt,x,y\n', 'meta.jsonl:2: 3 fields, but the header names 2'],
    ['csv', 'path,title\na.txt,"never closed\n\n', 'meta.jsonl:2: a quoted field is never closed'],
    ['csv', 'path,title\na.txt,"x"y\n', 'meta.jsonl:2: text after a closing quote'],
  ] as const)('a malformed %s line names file:line: %j', (format, text, message) => {
    expect(() => parseMeta(text, format, where, words)).toThrow(MetaError);
    expect(() => parseMeta(text, format, where, words)).toThrow(message);
  });
});

describe('known metadata over the page’s own reading', () => {
  const page = segment('Judul Berita\n\noleh Ani diperbarui 19 Jun 2024, 17:23 WIB\n\nJakarta - Isi berita.', words);

  it.each([
    ['nothing known: the page', {}, { published: '2024-06-19T17:23:00+07:00', year: 2024, url: null }],
    [
      'a year alone does not erase the page’s date',
      { year: 2019 },
      { published: '2024-06-19T17:23:00+07:00', year: 2019 },
    ],
    ['a known date wins', { published: '2024-06-18' }, { published: '2024-06-18', year: 2024 }],
    ['the same day keeps the page’s time', { published: '2024-06-19' }, { published: '2024-06-19T17:23:00+07:00' }],
    ['a known title and author win', { title: 'Lain', author: 'Budi' }, { title: 'Lain', author: 'Budi' }],
    ['an outlet by its alias: the canonical name', { outlet: 'antaranews' }, { outlet: 'Kantor Berita Antara' }],
    ['a bare outlet name as its .com domain', { outlet: 'merdeka' }, { outlet: 'Merdeka.com' }],
    ['an outlet the lexicon does not know: as given', { outlet: 'Warta Desa' }, { outlet: 'Warta Desa' }],
    ['a url', { url: 'https://x.example/a' }, { url: 'https://x.example/a' }],
  ])('%s', (_, known, expected) => {
    expect(withKnown(page, known, words.outlets)).toMatchObject(expected);
  });

  it('the library takes it as an option, and refuses a date the contract cannot carry', () => {
    const r = extract('"Kami siap," kata Retno.', {
      known: { outlet: 'Kompas.com', published: '2024-02-24', url: 'u' },
    });
    expect(r.document).toMatchObject({ outlet: 'Kompas', published: '2024-02-24', year: 2024, url: 'u' });
    expect(() => extract('Ya.', { known: { published: '24/02/2024' } })).toThrow(/known.published/);
    expect(extract('Ya.').document).toMatchObject({ url: null, year: null });
  });
});
