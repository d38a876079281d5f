// Every item in its context: its sentence, its line and column, the speaker as written and their role.
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows } from '../src/report/csv.js';
import { contribution } from '../src/report/corpus.js';
import { run } from './helpers.js';

const TITLED = '"Data belum lengkap," kata Kabid Humas Polda Banten Kombes Shinto Silitonga.';
// An emoji is one code point and two UTF-16 units: columns count code points.
const LATER = `${TITLED}\n\nIa menambahkan 😀 warga diminta tenang. "Kami bekerja. Semua aman," ujarnya.\n`;

const table: {
  name: string;
  text: string;
  /** Which item: a quote's or claim's text. */
  item: string;
  expected: Record<string, unknown>;
}[] = [
  {
    name: 'line and column of an item on a later line, in code points after an emoji',
    text: LATER,
    item: 'Kami bekerja. Semua aman,',
    expected: { line: 3, column: 41, start: 118 },
  },
  {
    name: 'line and column on the first line',
    text: TITLED,
    item: 'Data belum lengkap,',
    expected: { line: 1, column: 2 },
  },
  {
    name: 'a lone carriage return ends a line too',
    text: 'Hujan turun.\r"Kami siap," kata Wahyu Wibowo.\r\n"Semua aman," kata Wahyu Wibowo.',
    item: 'Semua aman,',
    expected: { line: 3, column: 2 },
  },
  {
    name: 'a quote over two sentences: from its first sentence to its last, cue and all',
    text: LATER,
    item: 'Kami bekerja. Semua aman,',
    expected: { sentence: { text: '"Kami bekerja. Semua aman," ujarnya.', start: 117, end: 153 } },
  },
  {
    name: 'a claim: its sentence alone, not the one before',
    text: LATER,
    item: '😀 warga diminta tenang',
    expected: { sentence: { text: 'Ia menambahkan 😀 warga diminta tenang.', start: 78, end: 116 } },
  },
  {
    name: 'a quote over two paragraphs: both paragraphs, nothing after',
    text: 'Retno hadir.\n\n"Kami sudah bekerja.\n\n"Hasilnya terlihat," kata Retno. Rapat selesai.',
    item: 'Kami sudah bekerja.\n\n"Hasilnya terlihat,',
    expected: { sentence: { text: '"Kami sudah bekerja.\n\n"Hasilnya terlihat," kata Retno.', start: 14, end: 68 } },
  },
  {
    name: 'a pronoun speaker is written as the pronoun: the -nya of ujarnya',
    text: LATER,
    item: 'Kami bekerja. Semua aman,',
    expected: { speaker: { via: 'pronoun', written: 'nya', role: 'Kabid Humas Polda Banten Kombes' } },
  },
  {
    name: 'a subject pronoun as written',
    text: LATER,
    item: '😀 warga diminta tenang',
    expected: { speaker: { via: 'pronoun', written: 'Ia' } },
  },
  {
    name: 'a titled speaker: the name as written, the title and office before it as the role',
    text: TITLED,
    item: 'Data belum lengkap,',
    expected: { speaker: { via: 'name', written: 'Shinto Silitonga', role: 'Kabid Humas Polda Banten Kombes' } },
  },
  {
    name: 'a bare title: the title is the words and the role',
    text: 'Menlu Retno Marsudi tiba di Jenewa. "Indonesia akan bersuara," ucap Menlu di kantor PBB.',
    item: 'Indonesia akan bersuara,',
    expected: { speaker: { via: 'title', written: 'Menlu', role: 'Menlu' } },
  },
  {
    name: 'a short name later takes the title the article gave before',
    text: 'Sekjen NATO Jens Stoltenberg tiba di Brussels. "Kami prihatin," kata Stoltenberg.',
    item: 'Kami prihatin,',
    expected: { speaker: { written: 'Stoltenberg', role: 'Sekjen NATO' } },
  },
  {
    name: 'no title given: role null',
    text: '"Belum tahu," kata Wahyu Wibowo.',
    item: 'Belum tahu,',
    expected: { speaker: { written: 'Wahyu Wibowo', role: null } },
  },
];

describe('every item in its context', () => {
  it.each(table)('$name', ({ text, item, expected }) => {
    const r = run(text);
    const found = [...r.quotes, ...r.claims].find((x) => x.text === item);
    expect(
      found,
      `no item "${item}" in ${JSON.stringify([...r.quotes, ...r.claims].map((x) => x.text))}`,
    ).toBeDefined();
    expect(found).toMatchObject(expected);
  });

  it('the sentence is text[start:end] in code points, like every offset', () => {
    const r = run(LATER);
    const points = Array.from(LATER);
    for (const x of [...r.quotes, ...r.claims]) {
      expect(points.slice(x.sentence.start, x.sentence.end).join('')).toBe(x.sentence.text);
      expect(points.slice(x.start, x.end).join('')).toBe(x.text);
      expect(x.sentence.start <= x.start && x.end <= x.sentence.end).toBe(true);
      if (x.speaker) expect(points.slice(x.speaker.start, x.speaker.end).join('')).toBe(x.speaker.written);
    }
  });

  it('CSV: sentence, line, column, speaker_written and speaker_role are the last columns', () => {
    expect(csvHeader().trimEnd().split(',').slice(-5)).toEqual([
      'sentence',
      'line',
      'column',
      'speaker_written',
      'speaker_role',
    ]);
    const row = csvRows(run(LATER)).split('\r\n')[2]!;
    expect(row).toMatch(/,"""Kami bekerja\. Semua aman,"" ujarnya\.",3,41,nya,Kabid Humas Polda Banten Kombes$/);
  });
});

describe('the corpus view leaves no item out', () => {
  it.each([
    ['no speaker', '"Kami siap bekerja keras."', 'Kami siap bekerja keras.'],
    ['an unnamed body nobody is found behind', 'Polisi mengatakan pelaku sudah ditangkap.', 'pelaku sudah ditangkap'],
  ])('%s: under unattributed', (_, text, item) => {
    const parts = contribution(run(text));
    const held = parts.entities.flatMap((e) => [...e.quotes, ...e.claims]).map((x) => x.text);
    const unattributed = [...parts.unattributed.quotes, ...parts.unattributed.claims].map((x) => x.text);
    expect(held).not.toContain(item);
    expect(unattributed.some((t) => t.includes(item.replace(/\.$/, '')))).toBe(true);
  });
});
