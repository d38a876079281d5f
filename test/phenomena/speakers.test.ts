// Speakers with titles and appositions, bare titles, organizations (DESIGN.md §3).
import { describe, expect, it } from 'vitest';
import { rows, run, type Row } from '../helpers.js';

const table: { name: string; text: string; date?: string; quotes?: Row[]; claims?: Row[] }[] = [
  {
    name: 'title and affiliation before the name',
    text: 'Wakil Menteri Luar Negeri AS Kurt Campbell mengatakan Washington prihatin.',
    claims: [{ speaker: 'Kurt Campbell', via: 'name', text: 'Washington prihatin' }],
  },
  {
    name: 'an apposition between commas',
    text: 'Pejabat tinggi pengawasan senjata AS, Wakil Menteri Luar Negeri Bonnie Jenkins, menuturkan Korut ingin memperoleh rudal.',
    claims: [{ speaker: 'Bonnie Jenkins', cue: 'menuturkan', text: 'Korut ingin memperoleh rudal' }],
  },
  {
    name: 'a bare title takes the person who last held it in the article',
    text: 'Menlu Retno Marsudi tiba di Jenewa pada Senin. "Indonesia akan bersuara," ucap Menlu di kantor PBB.',
    quotes: [{ speaker: 'Retno Marsudi', via: 'title', cue: 'ucap' }],
  },
  {
    name: 'a title with its organization resolves by the article date (2024: Stoltenberg)',
    text: '"Kami siap," kata Sekjen NATO.',
    date: '2024-06-19',
    quotes: [{ speaker: 'Jens Stoltenberg', via: 'title' }],
  },
  {
    name: 'a title with its organization resolves by the article date (2025: Rutte)',
    text: '"Kami siap," kata Sekjen NATO.',
    date: '2025-03-01',
    quotes: [{ speaker: 'Mark Rutte', via: 'title' }],
  },
  {
    name: 'without a date, a bare title stays a title, not a guess',
    text: '"Kami siap," kata Sekjen NATO.',
    quotes: [{ speaker: 'Sekjen NATO', via: 'title' }],
  },
  {
    name: "a title without an organization is Indonesia's office, by date (2023: Joko Widodo)",
    text: '"Semua harus bergerak," kata Presiden.',
    date: '2023-05-01',
    quotes: [{ speaker: 'Joko Widodo', via: 'title' }],
  },
  {
    name: "a title without an organization is Indonesia's office, by date (2025: Prabowo Subianto)",
    text: '"Semua harus bergerak," kata Presiden.',
    date: '2025-05-01',
    quotes: [{ speaker: 'Prabowo Subianto', via: 'title' }],
  },
  {
    name: 'Kepala Negara is the president',
    text: '"Kita harus bekerja," kata Kepala Negara.',
    date: '2025-05-01',
    quotes: [{ speaker: 'Prabowo Subianto', via: 'title' }],
  },
  {
    name: 'a title with an added portfolio falls back to the person last named with the bare title',
    text: 'Wakil Menteri Pendidikan Dasar dan Menengah Atip Latipulhayat hadir. Wakil Menteri Dikdasmen menegaskan peran guru penting.',
    claims: [{ speaker: 'Atip Latipulhayat', via: 'title', text: 'peran guru penting' }],
  },
  {
    name: "the opening paragraph's date dates the titles when there is no byline",
    text: 'JAKARTA, KOMPAS — Presiden meninjau banjir, Senin (2/12/2024). "Semua harus bergerak," kata Presiden.',
    quotes: [{ speaker: 'Prabowo Subianto', via: 'title' }],
  },
  {
    name: 'a degree after a name is no title (S.H.)',
    text: 'Prof. Dr. Ariawan Gunadi, S.H., M.H., berharap kegiatan ini bermanfaat.',
    claims: [{ speaker: 'Ariawan Gunadi', text: 'kegiatan ini bermanfaat' }],
  },
  {
    name: 'an organization as the speaker: sebut keterangan pers Kemlu RI',
    text: '"WNI di Gaza dalam keadaan aman," sebut keterangan pers Kemlu RI.',
    quotes: [{ speaker: 'Kementerian Luar Negeri Republik Indonesia', cue: 'sebut' }],
  },
  {
    name: 'a speaker not in the lexicon, named in the text',
    text: '"Belum tahu," kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo di Sleman.',
    quotes: [{ speaker: 'Wahyu Wibowo', via: 'name', cue: 'kata' }],
  },
  {
    name: 'a short name takes the full name given before',
    text: 'Direktur Jenderal Asep Sasa Purnama menyatakan, pihaknya belum siap. "Belum bisa," kata Asep.',
    quotes: [{ speaker: 'Asep Sasa Purnama', via: 'name' }],
  },
];

describe('speakers', () => {
  it.each(table)('$name', ({ text, date, quotes, claims }) => {
    const r = run(text, date ?? null);
    if (quotes) expect(rows(r.quotes)).toMatchObject(quotes);
    if (claims) expect(rows(r.claims)).toMatchObject(claims);
  });

  it('an unlisted speaker carries the role and affiliation the text gives', () => {
    const r = run('"Data belum lengkap," kata Kepala Pusdalops BNPB Bambang Surya Putra.');
    expect(r.entities.find((e) => !e.listed)).toMatchObject({
      id: 'bambang-surya-putra',
      role: 'Kepala',
      affiliation: 'Pusdalops BNPB',
    });
  });

  it('an unlisted speaker is an entity with listed: false', () => {
    const r = run('"Belum tahu," kata Wahyu Wibowo.');
    expect(r.entities).toMatchObject([
      { id: 'wahyu-wibowo', name: 'Wahyu Wibowo', type: 'person', listed: false, quotes: ['q1'] },
    ]);
    expect(r.quotes[0]!.speaker).toMatchObject({ entity: null, name: 'Wahyu Wibowo' });
  });
});
