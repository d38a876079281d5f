// Cues: after the quote, pronoun cues, and before the quote (DESIGN.md §3).
import { describe, expect, it } from 'vitest';
import { rows, run, type Row } from '../helpers.js';

const AFTER = [
  'kata',
  'ujar',
  'ucap',
  'ungkap',
  'tutur',
  'jelas',
  'tegas',
  'imbuh',
  'tambah',
  'lanjut',
  'sebut',
  'tukas',
  'pungkas',
  'terang',
  'papar',
  'kilah',
  'tutup',
  'jawab',
  'balas',
  'sahut',
  'seloroh',
  'sindir',
  'puji',
  'imbau',
  'dalih',
];

describe('cue after the quote: "…," CUE Speaker', () => {
  it.each(AFTER)('%s', (cue) => {
    const r = run(`"Kami akan terus mendukung perundingan damai," ${cue} Stoltenberg di Brussel.`);
    expect(rows(r.quotes)).toMatchObject([
      { text: 'Kami akan terus mendukung perundingan damai,', speaker: 'Jens Stoltenberg', cue, via: 'name' },
    ]);
  });

  it('a speaker with a title and an affiliation: the person, not the state', () => {
    const r = run('"Kami prihatin," kata Wakil Menteri Luar Negeri AS Kurt Campbell.');
    expect(rows(r.quotes)).toMatchObject([{ speaker: 'Kurt Campbell', cue: 'kata' }]);
  });

  it('the speaker before the verb: "…," Stoltenberg menambahkan.', () => {
    const r = run('"Kami tidak akan mundur," Stoltenberg menambahkan.');
    expect(rows(r.quotes)).toMatchObject([{ speaker: 'Jens Stoltenberg', cue: 'menambahkan' }]);
  });

  it('an apposition between the speaker and the verb: "…," X, juru bicara Y, mengatakan', () => {
    const r = run('"Kami siap," Budi Santoso, juru bicara Polda Bali, mengatakan kepada wartawan.');
    expect(rows(r.quotes)).toMatchObject([{ speaker: 'Budi Santoso', cue: 'mengatakan' }]);
    expect(r.claims).toEqual([]);
  });
});

const pronouns: { name: string; text: string; quotes: Row[] }[] = [
  {
    name: 'ujarnya: the last speaker',
    text: 'Retno Marsudi tiba di Jakarta. Blinken mengatakan bahwa perundingan berjalan baik.\n\n"Kami optimistis," ujarnya.',
    quotes: [{ text: 'Kami optimistis,', speaker: 'Antony Blinken', cue: 'ujarnya', via: 'pronoun' }],
  },
  {
    name: 'imbuhnya after two speakers: the nearer one',
    text: '"Kami siap," kata Retno.\n\nSementara itu, Blinken menegaskan bahwa AS mendukung.\n\n"Itu harus dihentikan," imbuhnya.',
    quotes: [
      { text: 'Kami siap,', speaker: 'Retno Marsudi', via: 'name' },
      { text: 'Itu harus dihentikan,', speaker: 'Antony Blinken', cue: 'imbuhnya', via: 'pronoun' },
    ],
  },
  {
    name: 'katanya',
    text: 'Menlu Retno Marsudi hadir di Jenewa.\n\n"Kami akan bersuara," katanya.',
    quotes: [{ speaker: 'Retno Marsudi', cue: 'katanya', via: 'pronoun', text: 'Kami akan bersuara,' }],
  },
  {
    name: 'kata dia',
    text: 'Stoltenberg berbicara di Brussel. "Rusia harus mundur," kata dia.',
    quotes: [{ speaker: 'Jens Stoltenberg', cue: 'kata', via: 'pronoun', text: 'Rusia harus mundur,' }],
  },
  {
    name: 'kata beliau',
    text: 'Presiden Joko Widodo meninjau lokasi. "Semua harus bergerak," kata beliau.',
    quotes: [{ speaker: 'Joko Widodo', cue: 'kata', via: 'pronoun', text: 'Semua harus bergerak,' }],
  },
  {
    name: 'a person named as subject, not as speaker, is the one a pronoun takes',
    text: '"Kami siap," kata Retno.\n\nAntony Blinken kemudian tiba di Jakarta. "Perundingan akan panjang," ujarnya.',
    quotes: [
      { speaker: 'Retno Marsudi', text: 'Kami siap,' },
      { speaker: 'Antony Blinken', via: 'pronoun', text: 'Perundingan akan panjang,' },
    ],
  },
];

describe('pronoun cues resolve to the right earlier speaker', () => {
  it.each(pronouns)('$name', ({ text, quotes }) => {
    expect(rows(run(text).quotes)).toMatchObject(quotes);
  });

  it('Ia mengatakan / Dia menambahkan: a claim by the last speaker', () => {
    const r = run(
      'Blinken tiba di Seoul. Ia mengatakan bahwa aliansi tetap kuat. Dia menambahkan bahwa Korut harus berhenti.',
    );
    expect(rows(r.claims)).toMatchObject([
      { text: 'aliansi tetap kuat', speaker: 'Antony Blinken', cue: 'mengatakan', via: 'pronoun' },
      { text: 'Korut harus berhenti', speaker: 'Antony Blinken', cue: 'menambahkan', via: 'pronoun' },
    ]);
  });

  it('menurutnya', () => {
    const r = run('Retno Marsudi bertemu Blinken. Menurutnya, kerja sama kedua negara makin erat.');
    expect(rows(r.claims)).toMatchObject([
      { text: 'kerja sama kedua negara makin erat', speaker: 'Retno Marsudi', cue: 'Menurutnya', via: 'pronoun' },
    ]);
  });

  it('no earlier speaker: the pronoun stays unattributed', () => {
    const r = run('"Kami siap," ujarnya.');
    expect(rows(r.quotes)).toMatchObject([{ speaker: null, cue: 'ujarnya' }]);
  });
});

describe('cue before the quote', () => {
  it('X menyatakan …, "Namun …": a claim and a direct quote by the same speaker', () => {
    const r = run(
      'Stoltenberg menyatakan masih terlalu dini untuk menentukan konsekuensinya, "Namun, ini harus menjadi masalah yang perlu kita atasi."',
    );
    expect(rows(r.claims)).toMatchObject([
      { text: 'masih terlalu dini untuk menentukan konsekuensinya', speaker: 'Jens Stoltenberg', cue: 'menyatakan' },
    ]);
    expect(rows(r.quotes)).toMatchObject([
      {
        text: 'Namun, ini harus menjadi masalah yang perlu kita atasi.',
        kind: 'direct',
        speaker: 'Jens Stoltenberg',
        cue: 'menyatakan',
      },
    ]);
  });

  it('X mengatakan: "…": a quote, and no empty claim', () => {
    const r = run('Retno Marsudi mengatakan: "Indonesia tidak akan tinggal diam."');
    expect(rows(r.quotes)).toMatchObject([
      { text: 'Indonesia tidak akan tinggal diam.', speaker: 'Retno Marsudi', cue: 'mengatakan' },
    ]);
    expect(r.claims).toEqual([]);
  });

  it('Kata X: "…"', () => {
    const r = run('Kata Jokowi: "Kita harus bekerja lebih cepat."');
    expect(rows(r.quotes)).toMatchObject([{ speaker: 'Joko Widodo', cue: 'Kata' }]);
  });

  it('a quote with no cue continues the last speaker', () => {
    const r = run('"Kami siap," kata Retno.\n\n"Indonesia akan hadir di Jenewa."');
    expect(rows(r.quotes)).toMatchObject([
      { speaker: 'Retno Marsudi' },
      { speaker: 'Retno Marsudi', cue: null, via: 'context' },
    ]);
  });
});
