// The tokenizer and sentence splitter (DESIGN.md §3, last point).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';
import { tokensOf } from '../src/text/tokenize.js';
import { codePointMapper } from '../src/text/codepoints.js';
import { sortInPlace } from '../src/text/order.js';
import { lexicon } from './helpers.js';

const tokens = (s: string) =>
  tokensOf(s)
    .list()
    .map((t) => t.text);
const sentences = (s: string) => {
  const ts = tokensOf(s);
  return splitSentences(ts, lexicon.lang.abbreviations).map((x) => s.slice(ts.start(x.first), ts.end(x.last - 1)));
};

describe('tokenizer', () => {
  it.each([
    [
      'numbers keep their separators',
      'lebih dari 11.000 kontainer, 2,5 persen',
      ['lebih', 'dari', '11.000', 'kontainer', ',', '2,5', 'persen'],
    ],
    [
      'times and dates',
      'pukul 17:23 WIB, Rabu (20/6/2024)',
      ['pukul', '17:23', 'WIB', ',', 'Rabu', '(', '20/6/2024', ')'],
    ],
    ['domains stay whole', 'dilansir Liputan6.com, Jumat', ['dilansir', 'Liputan6.com', ',', 'Jumat']],
    ['apostrophes inside names', "Ma'ruf Amin, Jum'at", ["Ma'ruf", 'Amin', ',', "Jum'at"]],
    ['hyphens split pairs', 'Rusia-Korut', ['Rusia', '-', 'Korut']],
    ['a glued sentence end splits before a capital', 'kecil.Ia datang', ['kecil', '.', 'Ia', 'datang']],
    ['quote marks are tokens', '”Ya,” katanya', ['”', 'Ya', ',', '”', 'katanya']],
    ['an ellipsis is one token', 'dan ... lalu', ['dan', '...', 'lalu']],
    [
      'a lowercase word glued to a name comes apart',
      'mengundang perhatianMeutya mengungkapkan',
      ['mengundang', 'perhatian', 'Meutya', 'mengungkapkan'],
    ],
    [
      'page furniture glued to a name comes apart',
      'AdvertisementDudi mengatakan',
      ['Advertisement', 'Dudi', 'mengatakan'],
    ],
    [
      'brands in camel case stay whole',
      'lewat iPhone, WhatsApp dan YouTube',
      ['lewat', 'iPhone', ',', 'WhatsApp', 'dan', 'YouTube'],
    ],
  ])('%s', (_, input, expected) => {
    expect(tokens(input)).toEqual(expected);
  });
});

describe('sentence splitter', () => {
  it.each([
    [
      'numbers, times and dates never end a sentence',
      'Ada 11.000 kontainer pada 17:23 WIB, Rabu (20/6/2024). Lalu selesai.',
      ['Ada 11.000 kontainer pada 17:23 WIB, Rabu (20/6/2024).', 'Lalu selesai.'],
    ],
    [
      'Dok. and No. do not end a sentence',
      'Foto (Dok. Pixabay) dan Perpres No. 5 Tahun 2024 berlaku. Itu saja.',
      ['Foto (Dok. Pixabay) dan Perpres No. 5 Tahun 2024 berlaku.', 'Itu saja.'],
    ],
    [
      'dkk. does not end a sentence',
      'Purnomo dkk. Menulis makalah. Selesai.',
      ['Purnomo dkk. Menulis makalah.', 'Selesai.'],
    ],
    [
      'Liputan6.com does not end a sentence',
      'Dilansir Liputan6.com Jumat lalu. Benar.',
      ['Dilansir Liputan6.com Jumat lalu.', 'Benar.'],
    ],
    ['an initial does not end a sentence', 'Kata M. Nuh kemarin. Benar.', ['Kata M. Nuh kemarin.', 'Benar.']],
    [
      '? and ! end sentences, a closing quote goes with them',
      'Apa itu? "Ya!" Lalu pergi.',
      ['Apa itu?', '"Ya!"', 'Lalu pergi.'],
    ],
    [
      'a lowercase word after ?" keeps the sentence',
      '"Apa itu?" tanya dia. Lalu pergi.',
      ['"Apa itu?" tanya dia.', 'Lalu pergi.'],
    ],
    [
      'degrees with inner dots do not end a sentence',
      'Dr. Luluk Elyana, S.Pd.I., M.Si., dan Kacung, Ph.D., hadir. Selesai.',
      ['Dr. Luluk Elyana, S.Pd.I., M.Si., dan Kacung, Ph.D., hadir.', 'Selesai.'],
    ],
    [
      'a title written short with a dot does not end a sentence',
      'Menurut Pj. Gubernur Samsudin, tema itu baik. Selesai.',
      ['Menurut Pj. Gubernur Samsudin, tema itu baik.', 'Selesai.'],
    ],
    [
      'an abbreviation closing a compound ends a sentence',
      'Status dari BAN-PT. Sementara itu rektor hadir.',
      ['Status dari BAN-PT.', 'Sementara itu rektor hadir.'],
    ],
    [
      'a lowercase dr. opens a sentence',
      'Acara di Medan. dr. Ina Agustina hadir.',
      ['Acara di Medan.', 'dr. Ina Agustina hadir.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});

describe('code point offsets', () => {
  it('count a character outside the BMP as one', () => {
    const text = 'a😀b';
    const cp = codePointMapper(text);
    expect([cp(0), cp(1), cp(3)]).toEqual([0, 1, 2]);
  });
});

describe('lists put in order in place', () => {
  // [keys, expected order of the items' labels]: items with equal keys keep their order.
  const cases: [string, number[], string][] = [
    ['empty', [], ''],
    ['one', [3], 'a'],
    ['sorted already', [1, 2, 3], 'abc'],
    ['reversed', [3, 2, 1], 'cba'],
    ['ties keep their order', [2, 1, 2, 1], 'bdac'],
    ['longer than insertion takes, ties and all', [...Array(40)].map((_, i) => (i * 7) % 5), ''],
  ];
  it.each(cases)('%s', (_, keys, expected) => {
    const items = keys.map((k, i) => ({ k, label: String.fromCharCode(97 + i) }));
    const engine = [...items].sort((a, b) => a.k - b.k);
    const same = sortInPlace(items, (a, b) => a.k - b.k);
    expect(same).toBe(items);
    expect(same).toEqual(engine);
    if (expected) expect(same.map((x) => x.label).join('')).toBe(expected);
  });
});
