// Page structure: byline, dateline, captions and furniture (DESIGN.md §3).
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('page structure', () => {
  it('byline: author and date with its time zone', () => {
    const r = run('Judul Berita\n\noleh Khairisa Ferida diperbarui 19 Jun 2024, 17:23 WIB\n\nIsi berita.');
    expect(r.document).toMatchObject({
      title: 'Judul Berita',
      author: 'Khairisa Ferida',
      published: '2024-06-19T17:23:00+07:00',
    });
  });

  it.each([
    ['Penulis: Budi Santoso | Senin, 3 Februari 2025 09:15 WITA', 'Budi Santoso', '2025-02-03T09:15:00+08:00'],
    ['oleh Rina Sari diterbitkan 12/03/2024, 08:00 WIT', 'Rina Sari', '2024-03-12T08:00:00+09:00'],
    ['Oleh Ahmad Yani', 'Ahmad Yani', null],
  ])('byline forms: %s', (line, author, published) => {
    const r = run(`Judul\n\n${line}\n\nIsi berita.`);
    expect(r.document).toMatchObject({ author, published });
  });

  it.each([
    ['Liputan6.com, Brussels - Isi.', 'Liputan6.com', 'Brussels'],
    ['JAKARTA, KOMPAS — Isi.', 'Kompas', 'Jakarta'],
    ['Jakarta (Reuters) - Isi.', 'Reuters', 'Jakarta'],
    ['RADAR BOGOR - Isi.', 'Radar Bogor', null],
    ['HARIAN CAKRAWALA - Isi.', 'HARIAN CAKRAWALA', null],
    ['Merdeka.com-Imam besar FPI menolak langkah itu.', 'Merdeka.com', null],
    ['Suara.com - Majelis hakim menjatuhkan hukuman.', 'Suara.com', null],
    ['Singkil, Aceh, (ANTARA News) - Kawasan danau berpotensi jadi objek wisata.', 'Kantor Berita Antara', 'Singkil'],
    ['Rusia-Korut sepakat memperdalam kerja sama.', null, null],
  ])('dateline: %s', (line, outlet, dateline) => {
    expect(run(line).document).toMatchObject({ outlet, dateline });
  });

  it("a reporter's credit that runs into the dateline: the author, and no speaker", () => {
    const r = run(
      'Judul\n\nLaporan wartawan Tribunnews.com, Fahdi Fahlevi TRIBUNNEWS.COM, JAKARTA - Kepala Puspeka, Rusprita Putri Utami, mengungkapkan kekhawatiran soal judi online.',
    );
    expect(r.document).toMatchObject({ author: 'Fahdi Fahlevi', outlet: 'Tribunnews', dateline: 'Jakarta' });
    expect(r.claims.map((c) => c.speaker?.name)).toEqual(['Rusprita Putri Utami']);
  });

  it('the dateline outlet and photo credits are not mentions', () => {
    const r = run('Judul\n\nIlustrasi NATO. (Dok. AFP)\n\nLiputan6.com, Brussels - NATO bersiap.');
    expect(r.entities.map((e) => e.id)).toEqual(['nato']);
  });

  it('captions and furniture are never quoted or claimed', () => {
    const r = run(
      [
        'Judul Berita',
        '"Kami siap," kata Jokowi. (Dok. Istimewa)',
        'Baca Juga: "Kami siap," kata Jokowi',
        'Jokowi mengatakan bahwa pemerintah siap.',
        'Rekomendasi',
        'POPULER',
        'Berita Terkini Selengkapnya',
      ].join('\n\n'),
    );
    expect(r.quotes).toEqual([]);
    expect(r.claims.map((c) => c.text)).toEqual(['pemerintah siap']);
  });

  it('a subheading is not a sentence of the paragraph after it', () => {
    const r = run(
      'Judul\n\nJokowi hadir di Bali pada Senin untuk membuka konferensi tingkat tinggi itu.\n\nKonsekuensi bagi China\n\n"Kami siap," kata Jokowi.',
    );
    expect(r.quotes.map((q) => q.speaker?.entity)).toEqual(['joko-widodo']);
  });
});
