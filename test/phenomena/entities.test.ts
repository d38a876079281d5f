// Entity forms and the matcher's near misses (DESIGN.md §3; CONVENTIONS.md on the trie).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, loadLexicon } from '../../src/index.js';
import { run } from '../helpers.js';

const mentions = (text: string) =>
  run(text)
    .entities.filter((e) => e.listed)
    .flatMap((e) => e.mentions.map((m) => `${e.id}:${m.text}`));

const table: { name: string; text: string; found: string[] }[] = [
  {
    name: 'abbreviations: AS, Korut, PBB, RI',
    text: 'AS, Korut, PBB dan RI bertemu.',
    found: ['amerika-serikat:AS', 'korea-utara:Korut', 'pbb:PBB', 'indonesia:RI'],
  },
  { name: 'an acronym matches only as written', text: 'Dia datang as usual dengan pbb.', found: [] },
  {
    name: 'a name also in capitals (headlines)',
    text: 'RUSIA DAN KOREA UTARA BERSEKUTU.',
    found: ['rusia:RUSIA', 'korea-utara:KOREA UTARA'],
  },
  { name: 'a name never in lowercase', text: 'rusia dan korea utara.', found: [] },
  {
    name: 'capitals standing for governments',
    text: 'Washington, Moskow, Pyongyang dan Beijing saling mengecam.',
    found: ['amerika-serikat:Washington', 'rusia:Moskow', 'korea-utara:Pyongyang', 'china:Beijing'],
  },
  {
    name: 'a capital as a place is not its government',
    text: 'Pertemuan digelar di Washington dan ke Beijing.',
    found: [],
  },
  {
    name: 'epithets, in any case',
    text: 'Negeri Paman Sam dan negeri Tirai Bambu bersaing.',
    found: ['amerika-serikat:Negeri Paman Sam', 'china:negeri Tirai Bambu'],
  },
  {
    name: 'a parenthesised expansion is one mention',
    text: 'Organisasi Pakta Pertahanan Atlantik Utara (NATO) bersiap.',
    found: ['nato:Organisasi Pakta Pertahanan Atlantik Utara (NATO)'],
  },
  {
    name: 'a name with its abbreviation in parentheses',
    text: 'Mereka melawan Amerika Serikat (AS).',
    found: ['amerika-serikat:Amerika Serikat (AS)'],
  },
  {
    name: 'hyphenated pairs: Rusia-Korut',
    text: 'Hubungan Rusia-Korut makin erat.',
    found: ['rusia:Rusia', 'korea-utara:Korut'],
  },
  { name: 'an enclitic after a hyphen: AS-nya', text: 'Sekutu AS-nya diam.', found: ['amerika-serikat:AS'] },
  {
    name: 'longest match: Korea Utara, not Korea',
    text: 'Korea Utara menembakkan rudal.',
    found: ['korea-utara:Korea Utara'],
  },
  { name: 'no sub-match: Korea alone is nobody', text: 'Semenanjung Korea memanas.', found: [] },
  { name: 'left miss: a longer word is not the name', text: 'Prorusia dan AntiNATO berdemo.', found: [] },
  { name: 'right miss: Rusiawan is not Rusia', text: 'Rusiawan tiba.', found: [] },
  {
    name: 'sentence miss: a name never spans two sentences',
    text: 'Dia tinggal di Korea. Utara adalah arah mata angin.',
    found: [],
  },
  { name: 'paragraph miss: nor two paragraphs', text: 'Dia tinggal di Korea\n\nUtara adalah arah.', found: [] },
  {
    name: 'a person by surname',
    text: 'Stoltenberg dan Blinken bertemu.',
    found: ['jens-stoltenberg:Stoltenberg', 'antony-blinken:Blinken'],
  },
];

describe('entity forms', () => {
  it.each(table)('$name', ({ text, found }) => {
    expect(mentions(text)).toEqual(found);
  });
});

describe('matching folds diacritics and apostrophes, and skips names inside longer names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-fold-'));
  const file = join(dir, 'people.yaml');
  writeFileSync(
    file,
    `${[
      '- id: ayse-ozdemir',
      '  type: person',
      '  name: Ayşe Özdemir',
      '  aliases: [Özdemir]',
      '- id: marifah-zahra',
      '  type: person',
      '  name: "Ma\'rifah Zahra"',
    ].join('\n')}\n`,
  );
  const lexicon = loadLexicon({ paths: [file] });
  const found = (text: string) =>
    extract(text, { lexicon })
      .entities.filter((e) => e.listed)
      .flatMap((e) => e.mentions.map((m) => `${e.id}:${m.text}`));

  it.each([
    ['diacritics: Ozdemir for Özdemir', 'Ozdemir tiba di Ankara.', ['ayse-ozdemir:Ozdemir']],
    ['diacritics in capitals: AYŞE ÖZDEMIR', 'AYŞE ÖZDEMIR TIBA.', ['ayse-ozdemir:AYŞE ÖZDEMIR']],
    ['a typographic apostrophe: Ma’rifah Zahra', 'Peneliti Ma’rifah Zahra hadir.', ['marifah-zahra:Ma’rifah Zahra']],
    ['a name inside a longer capitalized name: Jenkins Institute', 'Laporan Jenkins Institute terbit.', []],
    ['a name before a title is still the name', 'Jenkins Sekjen itu hadir.', ['bonnie-jenkins:Jenkins']],
    ["a state inside an institution's name: Universitas Indonesia", 'Universitas Indonesia menerima mahasiswa.', []],
    [
      'the longer name when the lexicon has it: Bank Indonesia',
      'Bank Indonesia menaikkan suku bunga.',
      ['bank-indonesia:Bank Indonesia'],
    ],
    [
      'a headline capitalizes every word: Blinken Bahas Gaza',
      'Blinken Bahas Gaza\n\nIsi berita di sini.',
      ['antony-blinken:Blinken'],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
