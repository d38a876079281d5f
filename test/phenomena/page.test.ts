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

describe('page headers: writer, date and outlet above the first paragraph', () => {
  const body = 'JAKARTA - Pemerintah menambah anggaran pendidikan tahun depan menjadi Rp 600 triliun.';
  it.each([
    // line(s) between the title and the body → author, published, outlet
    [['Kompas.com - 14/02/2023, 10:05 WIB', 'Dian Erika'], 'Dian Erika', '2023-02-14T10:05:00+07:00', 'Kompas'],
    [
      ['Fajar Ramadhan - detikNews', 'Kamis 9 Mar 2023 11:30 WIB'],
      'Fajar Ramadhan',
      '2023-03-09T11:30:00+07:00',
      'detik.com',
    ],
    [['CNN Indonesia', 'Jumat, 10 Mar 2023 19:10 WIB'], null, '2023-03-10T19:10:00+07:00', 'CNN Indonesia'],
    [["Budi Santoso , Jurnalis-Jum'at, 10 Maret 2023 |20:15 WIB"], 'Budi Santoso', '2023-03-10T20:15:00+07:00', null],
    [['JUMAT, 10 MARET 2023 | 08:38 WIB | LAPORAN: SRI WAHYUNI'], 'Sri Wahyuni', '2023-03-10T08:38:00+07:00', null],
    [
      ['Reporter: Mutia Sari', 'Editor: Budi Hartono', 'Rabu, 8 Maret 2023 09:12 WIB'],
      'Mutia Sari',
      '2023-03-08T09:12:00+07:00',
      null,
    ],
    [
      ['Rep: Nurul Lubis Red: Ahmad Fauzi', 'Rabu 08 Mar 2023 09:12 WIB'],
      'Nurul Lubis',
      '2023-03-08T09:12:00+07:00',
      null,
    ],
    [['Teguh Wibisono · Jumat, 10 Maret 2023 - 19:10:00 WIB'], 'Teguh Wibisono', '2023-03-10T19:10:00+07:00', null],
    [['Kamis, 9 Maret 2023 11:30 WITA'], null, '2023-03-09T11:30:00+08:00', null],
    [['Kamis, 9 Maret 2023 11:30 WIT'], null, '2023-03-09T11:30:00+09:00', null],
    [['Anisa Rahma, CNBC Indonesia', '10 March 2023 19:10'], 'Anisa Rahma', '2023-03-10T19:10:00', 'CNBC Indonesia'],
    [['Penulis: Putri Siregar Pada: Rabu, 08 Mar 2023, 09:12 WIB'], 'Putri Siregar', '2023-03-08T09:12:00+07:00', null],
    [['Rabu, 08 Desember 2021'], null, '2021-12-08', null],
    // a name alone is the writer beside the header's date (and, with none, no writer: below)
    [['Selasa, 7 Maret 2023 - 16:40 WIB', 'Dimas Nugroho'], 'Dimas Nugroho', '2023-03-07T16:40:00+07:00', null],
  ])('%j', (header, author, published, outlet) => {
    const r = run(['Judul Berita Hari Ini', ...header, body].join('\n\n'));
    expect(r.document).toMatchObject({ title: 'Judul Berita Hari Ini', author, published, outlet });
    // the header is no text: none of its names is a speaker or a mention
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a name alone with no date beside it is not the writer', () => {
    expect(run(`Judul Berita Hari Ini\n\nDimas Nugroho\n\n${body}`).document.author).toBeNull();
  });

  it('a date in the body is the day of the news, never the publication date', () => {
    const r = run('Judul\n\nJAKARTA - Presiden meresmikan bendungan itu pada Senin (9/10/2023) di Bogor, Jawa Barat.');
    expect(r.document.published).toBeNull();
  });

  it("the writer's credit closing an article", () => {
    const r = run(`Judul\n\n${body}\n\nPewarta: Hendri Wijaya\nEditor: Budi Hartono`);
    expect(r.document.author).toBe('Hendri Wijaya');
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it.each([
    ['Petugas memeriksa rumah warga. Foto: Dok. BPBD Kota Bekasi'],
    ['Warga memeriksa rumah yang rusak akibat gempa di Kerman, Iran. FOTO/Reuters'],
    ['Warga berjalan di antara mobil yang tersapu banjir. ANTARA FOTO/Reuters'],
    ['Foto: Ilustrasi emas batangan di gerai Butik Emas. (CNBC Indonesia/Rahmat Hidayat)'],
  ])('a photo caption above the dateline: %s', (caption) => {
    const r = run(`Judul\n\n${caption}\n\n${body}`);
    expect(r.document.dateline).toBe('Jakarta');
    expect(r.document.outlet).toBeNull();
  });

  it('a title repeated as the first line of the page is furniture', () => {
    const r = run(`Judul Berita Hari Ini\n\nJudul Berita Hari Ini\n\n${body}`);
    expect(r.claims.map((c) => c.text)).not.toContain('Judul Berita Hari Ini');
    expect(r.document.title).toBe('Judul Berita Hari Ini');
  });
});

describe('datelines and outlets opening the body', () => {
  it.each([
    ['Jakarta, 24 April 2019 - Panitia mengumumkan pemenang.', null, 'Jakarta'],
    ['WASHINGTON, DC — Kongres menyetujui anggaran itu.', null, 'Washington'],
    ['TEMPO.CO Yogyakarta - Pelatih itu menyesali kekalahan timnya.', 'Tempo', 'Yogyakarta'],
    ['KONTAN.CO.ID - JAKARTA. Harga emas naik lagi.', 'Kontan', 'Jakarta'],
    ['jpnn.com, JAKARTA - Guru honorer menunggu hasil seleksi.', 'JPNN', 'Jakarta'],
    ['Jakarta (ANTARA) - BNPB mencatat 12 kejadian banjir.', 'Kantor Berita Antara', 'Jakarta'],
    ['RM.id Rakyat Merdeka - DPR menggelar rapat paripurna.', 'Rakyat Merdeka', null],
    ['NEW YORK - Sidang Majelis Umum dibuka.', null, 'New York'],
    // a name printed as a person's is no outlet
    ['Glandy Burnama, Tangerang — Pasien itu masih dirawat.', null, 'Tangerang'],
    // a colon after a person's words is speech
    ['Pelatih Malaysia: Kami harus bekerja keras.', null, null],
  ])('%s', (line, outlet, dateline) => {
    expect(run(`Judul\n\n${line}`).document).toMatchObject({ outlet, dateline });
  });

  it("an outlet's dateline further down, after a scraped preamble", () => {
    const preamble = 'Sebanyak 62 pelaku ekonomi kreatif mendapatkan dana bantuan pemerintah tahun ini.';
    const lines = ['Judul', preamble, preamble, preamble, preamble, 'Liputan6.com, Jakarta - Bekraf menyalurkan dana.'];
    expect(run(lines.join('\n\n')).document.outlet).toBe('Liputan6.com');
  });

  it.each([
    ['"Kami siap," kata Budi dalam keterangan tertulis yang diterima kumparan, Senin.', 'kumparan.com'],
    ['Budi mengatakan hal itu saat dihubungi Liputan6.com di Jakarta.', 'Liputan6.com'],
    // an agency abroad that was told something is a source, not the page's outlet
    ['Budi mengatakan hal itu kepada Reuters di Jakarta.', null],
  ])('the outlet a statement was given to: %s', (line, outlet) => {
    expect(run(`Judul\n\n${line}`).document.outlet).toBe(outlet);
  });
});
