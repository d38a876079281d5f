// One person, one id: the document's entity model (short names, titles, acronyms the text
// defines, names the lexicon does not know), the words that never speak, and ids across a corpus.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { lexicon, run } from '../helpers.js';

/** The speaker ids of a text's quotes and claims, in text order. */
const speakers = (text: string, date: string | null = null) => {
  const r = run(text, date);
  return [...r.quotes, ...r.claims].sort((a, b) => a.start - b.start).map((x) => x.speaker?.id ?? null);
};

const ids = (text: string) => run(text).entities.map((e) => e.id);

const oneId: { name: string; text: string; date?: string; ids: (string | null)[] }[] = [
  {
    name: 'a listed person, then the first name alone',
    text: 'Ketua KPK Agus Rahardjo menegaskan KPK akan bekerja. "Kami tidak takut," kata Agus.',
    ids: ['agus-rahardjo', 'agus-rahardjo'],
  },
  {
    name: 'an unlisted person, then the surname and the first name alone',
    text: 'Ketua Aliansi Dollint J Numberry menegaskan unjuk rasa digelar. "Kami turun," kata Numberry. "Kami damai," ujar Dollint.',
    ids: ['dollint-j-numberry', 'dollint-j-numberry', 'dollint-j-numberry'],
  },
  {
    name: 'a name after a place in an office, then the name, then the first name',
    text: 'Kepala Kantor Imigrasi Bandara Soekarno-Hatta Agus Haryadi mengatakan antrean panjang. Agus Haryadi menambahkan petugas ditambah. "Kami siap," kata Agus.',
    ids: ['agus-haryadi', 'agus-haryadi', 'agus-haryadi'],
  },
  {
    name: 'a middle name when no one else bears it (Tubagus names)',
    text: 'Ketua DPD Partai Golkar Cianjur, Tb Mulyana Syahrudin, hadir. "Kami patuh," kata Mulyana.',
    ids: ['tb-mulyana-syahrudin'],
  },
  {
    name: 'the first name goes to the nearest full name before it',
    text: 'Agus Rahardjo membuka rapat. Agus Haryadi menutupnya. "Selesai," kata Agus.',
    ids: ['agus-haryadi'],
  },
  {
    name: 'a bare title: the person the article gave it to, under its short form',
    text: 'Menko Maritim Luhut Binsar Pandjaitan meninjau proyek itu. "Ini bagus," kata Menko.',
    ids: ['luhut-binsar-pandjaitan'],
  },
  {
    name: 'a longer title: the person the headline gave its short form to',
    text: 'Menko Luhut: LRT Lebih Canggih\n\nMenteri Koordinator Bidang Kemaritiman mengklaim LRT buatan PT INKA lebih unggul.',
    ids: ['luhut-binsar-pandjaitan'],
  },
  {
    name: 'a bare title without a date: the one person of the article who held it',
    text: 'Joko Widodo meresmikan jalan tol itu. "Semua harus bergerak," kata Presiden.',
    ids: ['joko-widodo'],
  },
  {
    name: 'a bare title with a date: its holder then, for the home state',
    text: '"Semua harus bergerak," kata Presiden.',
    date: '2023-05-01',
    ids: ['joko-widodo'],
  },
  {
    name: "a bare title under a foreign dateline: that state's office",
    text: 'WASHINGTON - Gedung Putih menyatakan pembicaraan berlanjut. "Kami siap," kata Presiden.',
    date: '2019-05-01',
    ids: ['amerika-serikat', 'donald-trump'],
  },
  {
    name: 'an official nobody names speaks for the state after the title',
    text: 'Pejabat militer Iran menyatakan siap menghadapi serangan.',
    ids: ['iran'],
  },
  {
    name: 'a pronoun: the subject of the sentence before, not the last speaker',
    text: 'Menteri Sosial Saifullah Yusuf dijadwalkan hadir. "Kami menunggu," kata Ketua Panitia Budi Santoso. Menteri itu akhirnya tiba. Dia pun meminta maaf atas keterlambatan.',
    ids: ['budi-santoso', 'saifullah-yusuf'],
  },
  {
    name: 'a pronoun paragraphs later: the last speaker, not a person the narration named between',
    text: 'Kapolda Kombes Edy Sumardy mengatakan korban ditemukan warga.\n\nSahrudin, tetangga korban, tiba lebih dulu.\n\nPolisi datang malam hari.\n\n"Kami sedang mengembangkan kasus," ujarnya.',
    ids: ['edy-sumardy', 'edy-sumardy'],
  },
  {
    name: 'a pronoun: the subject of a sentence about a titled person the article named',
    text: 'Raja Yordania Abdullah II menelepon. Emir Kuwait Sheikh Sabah al-Ahmed al-Jaber al-Sabah juga menelepon Raja Salman. Dia menekankan Kuwait berdiri bersama Arab Saudi.',
    ids: ['sheikh-sabah-al-ahmed-al-jaber-al-sabah'],
  },
  {
    name: 'a pronoun right before the verb is its subject, whatever the clause opened with',
    text: 'Camat Sofyan hadir di acara itu. Kepada pemerintah setempat ia meminta agar danau dikelola.',
    ids: ['sofyan-in-stdin'],
  },
  {
    name: 'a conjunction after a verb opens a new clause with its own subject',
    text: 'Aris terus memaksa Rossy dan dengan mata berkaca-kaca Rossy mengatakan ia tidak mau kembali.',
    ids: ['rossy-in-stdin'],
  },
  {
    name: 'a conjunction before the last of a list of names opens no clause',
    text: 'Film yang dibintangi oleh Prisia Nasution, Ariyo Wahab, dan Maruli Tampubolon ini bercerita tentang operasi pembebasan sandera.',
    ids: [],
  },
  {
    name: 'two verbs of one subject: the conjunction with no one after it opens no clause',
    text: 'Menteri Sosial Saifullah Yusuf hadir dan mengatakan bantuan segera disalurkan.',
    ids: ['saifullah-yusuf'],
  },
  {
    name: 'a name part misspelt by one letter is the person whose name it nearly is',
    text: 'Kasubbag Humas Polres Ambon Ipda Julkoisno Kaisupy membenarkan penemuan itu. Setelah itu, kata Julkisno, polisi memasang garis.',
    ids: ['julkoisno-kaisupy', 'julkoisno-kaisupy'],
  },
  {
    name: 'an office nobody names speaks for the -nya after it, not the person before',
    text: 'Pengusaha kapal Eva Tanudjaja mengatakan pelabuhan penuh.\n\nDirektur Jenderal Perhubungan Laut mengatakan rehabilitasi sedang dikaji.\n\n"Kami menggandeng konsultan," katanya.',
    ids: ['eva-tanudjaja', null, null],
  },
  {
    name: 'a quote that speaks of the -nya candidate by the address the article gave them is the speaker before',
    text: 'Imam besar Habib Rizieq Syihab menolak langkah itu. "Sudah ditegur keras," kata kuasa hukum FPI, Sugito Atmo Pawiro. Dalam hal ini, Rizieq menilai ada main mata. "Presidium jalan sendiri, tapi Habib tidak sepakat," pungkasnya.',
    ids: ['sugito-atmo-pawiro', 'rizieq-syihab', 'sugito-atmo-pawiro'],
  },
  {
    name: 'a contrast after a verb opens a clause with its own subject, even a name',
    text: 'Rangga mengeluh kesakitan namun Afifah tetap menuduh Rangga kecentilan.',
    ids: ['rangga-in-stdin', 'afifah-in-stdin'],
  },
  {
    name: 'a person after a preposition is its object, not the subject',
    text: 'Raja Yordania Abdullah II menelepon. Emir Kuwait dalam panggilan telepon kepada Raja Salman juga mengutuk keras serangan itu.',
    ids: [null],
  },
  {
    name: 'the epithet a title gives (berjuluk): the person the lexicon knows by it',
    text: 'Raja Yordania Abdullah II menelepon. Raja berjuluk Penjaga Dua Masjid Suci itu menyebut serangan itu sebagai agresi teroris pengecut.',
    ids: ['raja-salman'],
  },
  {
    name: 'a pronoun before anyone has spoken: the person the paragraph named, as an object too',
    text: 'Media merilis wawancara dengan Lee Sung Soo, manajer produksi. Ia menyatakan bahwa agensi sedang bersiap.',
    ids: ['lee-sung-soo'],
  },
  {
    name: 'a clause with its own subject between two verbs gives the second its own speaker',
    text: 'Rossy mengatakan ia tak ingin Aris di penjara, lalu Dimas menghibur Rossy dan bertanya apa yang Rossy lakukan.',
    ids: ['rossy-in-stdin', 'dimas-in-stdin'],
  },
  {
    name: 'a subordinate clause with no subject of its own takes the main clause’s',
    text: 'Meskipun mengaku awalnya minder dengan tubuhnya, tapi Thatie berhasil mengubah stigma itu.',
    ids: ['thatie-in-stdin'],
  },
  {
    name: 'an organization and the acronym the text gives it',
    text: 'Institut Pertanian Bogor (IPB) memilih rektor. IPB mengatakan proses berjalan lancar.',
    ids: ['institut-pertanian-bogor'],
  },
];

describe('one entity, one id', () => {
  it.each(oneId)('$name', ({ text, date, ids }) => {
    expect(speakers(text, date ?? null)).toEqual(ids);
  });
});

const noSpeaker: { name: string; text: string; not: string }[] = [
  { name: 'a month', text: 'Menteri yang dilantik pada Maret lalu mengatakan anggaran cukup.', not: 'maret' },
  { name: 'a currency', text: 'Harga naik menjadi Rp 1.750.000, kata pedagang.', not: 'rp' },
  { name: 'a law', text: 'Pasal 2 mengatakan setiap orang dilarang.', not: 'pasal' },
  {
    name: 'a field of medicine',
    text: 'Dokter spesialis Pulmonologi mengatakan polusi berbahaya.',
    not: 'pulmonologi',
  },
  { name: 'a dateline in capitals', text: 'NEW YORK - Pejabat itu mengatakan rapat ditunda.', not: 'new' },
  {
    name: "a sentence's first word one letter off a common word",
    text: 'Berutung pemilik anjing itu mengatakan anjingnya sudah divaksin.',
    not: 'berutung',
  },
  {
    name: 'a people after warga',
    text: 'Warga Baduy Luar mengatakan korban ditemukan sore.',
    not: 'baduy',
  },
  {
    name: 'a state after a word of origin',
    text: 'Pembalap asal Spanyol itu mengaku kecewa dengan hasil balapan.',
    not: 'spanyol',
  },
  {
    name: 'a name glued to the organization before it',
    text: 'Direktur PT Sinar Mas Abadi Budi Santoso mengatakan penjualan naik.',
    not: 'abadi-budi-santoso',
  },
  {
    name: "a work's title in quotation marks",
    text: 'Restu Sinaga kembali berakting. Maka, \'Merah Putih Memanggil\' menjadi film pertamanya. "Latihan lama setop," ujarnya.',
    not: 'merah-putih-memanggil',
  },
  {
    name: "a company's legal suffix after its name",
    text: 'PT Bank Mandiri (Persero) Tbk menyebut laba naik.',
    not: 'tbk',
  },
  {
    name: 'a religion',
    text: 'Kelompok itu bagian dari perjuangan umat Islam yang mendesak proses hukum dipercepat.',
    not: 'islam',
  },
  {
    name: 'a platform after a channel word',
    text: 'Akun Twitter resmi KPK menyebutkan penyidik telah bekerja.',
    not: 'twitter',
  },
];

describe('words that never speak', () => {
  it.each(noSpeaker)('$name', ({ text, not }) => {
    const found = speakers(text);
    expect(found.some((id) => id !== null && id.split('-in-')[0] === not)).toBe(false);
  });
});

const entities: { name: string; text: string; has: string[]; not?: string[] }[] = [
  {
    name: 'unlisted organizations by their head words and their acronyms',
    text: 'Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) hadir. Polres Metro Bekasi menangkap pelaku. GNPF menolak.',
    has: ['polres-metro-bekasi', 'gnpf'],
  },
  {
    name: 'unlisted people named anywhere, not only speakers',
    text: 'Film itu dibintangi Prisia Nasution, Ariyo Wahab, dan Maruli Tampubolon.',
    has: ['prisia-nasution', 'ariyo-wahab', 'maruli-tampubolon'],
  },
  {
    name: 'a lone name after what a person owns is a person',
    text: 'Gadis itu sendirian di dalam saung milik Sarka. Pelaku lalu pindah ke warung Dahya.',
    has: ['sarka-in-stdin', 'dahya-in-stdin'],
  },
  {
    name: 'an acronym the text defines for a thing wins over the lexicon',
    text: 'Pajak Bumi dan Bangunan (PBB) naik tahun ini. PBB dibayar warga setiap tahun.',
    has: [],
    not: ['pbb', 'pbb-unlisted'],
  },
  {
    name: "the lexicon's acronym where the text gives its own long form",
    text: 'Perserikatan Bangsa-Bangsa (PBB) menggelar sidang. PBB menyerukan gencatan senjata.',
    has: ['pbb'],
  },
  {
    name: 'initials made a person by the sentence are that person everywhere',
    text: 'Polisi menangkap pelaku berinisial KL (25). KL mengaku membeli uang palsu.',
    has: ['kl-in-stdin'],
    not: ['kl'],
  },
];

describe('the entities of a document', () => {
  it.each(entities)('$name', ({ text, has, not = [] }) => {
    const found = ids(text);
    for (const id of has) expect(found).toContain(id);
    for (const id of not) expect(found).not.toContain(id);
  });

  it('a person known by one word has an id scoped to the document, which its path names', () => {
    const r = extract('"Belum tahu," kata Sunardi.', { lexicon, path: 'berita/a.txt' });
    expect(r.entities).toMatchObject([{ id: 'sunardi-in-berita-a-txt', name: 'Sunardi', listed: false }]);
  });
});

describe('English documents', () => {
  const en = (text: string, date: string) => extract(text, { lexicon, lang: 'en', date });

  it('"the President" under a Washington dateline is the president of the United States then', () => {
    const r = en(
      'WASHINGTON (Reuters) - The White House said talks would go on. "We are ready," the President said.',
      '2019-05-01',
    );
    expect(r.quotes[0]!.speaker).toMatchObject({ entity: 'donald-trump', via: 'title' });
  });

  it('"the President" with no dateline is no one in particular: never Indonesia\'s by default', () => {
    const r = en('The company said talks would go on. "We are ready," the President said.', '2019-05-01');
    expect(r.quotes[0]!.speaker).toMatchObject({ entity: null, name: 'President' });
  });
});

describe('nicknames and names cut short', () => {
  it.each([
    [
      '"Emil, sapaan akrab Y"',
      'Gubernur Ridwan Kamil meninjau lokasi. "Kami siap," ujar Emil, sapaan akrab Ridwan Kamil.',
      'ridwan-kamil',
    ],
    [
      '"Y, yang akrab disapa Sandi"',
      'Sandiaga Uno, yang akrab disapa Sandi, tiba. "Terima kasih," kata Sandi.',
      'sandiaga-uno',
    ],
    [
      'a first name cut short',
      'Wakil Ketua KPK Alexander Marwata hadir. "Sudah cukup," kata Alex.',
      'alexander-marwata',
    ],
    [
      'the lexicon alias after a title and the full name in parentheses',
      'Presiden Joko Widodo (Jokowi) hadir. "Kami siap," kata Jokowi.',
      'joko-widodo',
    ],
  ])('%s', (_, text, id) => {
    expect(speakers(text)).toEqual([id]);
  });

  it('"bernama X" names a new person, not a nickname of the one before', () => {
    const r = run('Kapolsek Budi Santoso mengatakan seorang siswa bernama Eba Balubun menemukan mayat itu.');
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['budi-santoso', 'eba-balubun']));
  });
});
