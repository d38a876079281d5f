// Reported speech without quotation marks, and stance (DESIGN.md §3, indirect claims).
import { describe, expect, it } from 'vitest';
import { rows, run, type Row } from '../helpers.js';

const table: { name: string; text: string; claims: Row[] }[] = [
  {
    name: 'X mengatakan bahwa …: the content clause, without bahwa',
    text: 'Blinken mengatakan bahwa aliansi tetap kuat.',
    claims: [{ text: 'aliansi tetap kuat', kind: 'statement', speaker: 'Antony Blinken', cue: 'mengatakan' }],
  },
  {
    name: 'X mengatakan … without bahwa',
    text: 'Campbell mengatakan Washington prihatin dengan kerja sama itu.',
    claims: [{ text: 'Washington prihatin dengan kerja sama itu', speaker: 'Kurt Campbell', cue: 'mengatakan' }],
  },
  {
    name: 'X menuturkan, … (a comma after the verb)',
    text: 'Retno menuturkan, Indonesia akan mengirim bantuan.',
    claims: [{ text: 'Indonesia akan mengirim bantuan', speaker: 'Retno Marsudi', cue: 'menuturkan' }],
  },
  {
    name: 'what was said starts after the one it was said to',
    text: 'Kapolres mengatakan kepada wartawan bahwa pelaku sudah ditangkap.',
    claims: [{ text: 'pelaku sudah ditangkap', cue: 'mengatakan' }],
  },
  {
    name: 'a verb with only the one it was said to after it said nothing to report',
    text: 'Sahrudin kemudian melaporkan ke pihak kepolisian di Polsek Leuwidamar.',
    claims: [],
  },
  {
    name: '"ke depan" is a time, not the one spoken to',
    text: 'Retno mengatakan ke depan pemerintah akan menambah bantuan.',
    claims: [{ text: 'ke depan pemerintah akan menambah bantuan', cue: 'mengatakan' }],
  },
  {
    name: 'menilai: belief',
    text: 'Retno menilai situasi di Gaza memburuk.',
    claims: [{ text: 'situasi di Gaza memburuk', kind: 'belief', cue: 'menilai' }],
  },
  {
    name: 'menegaskan',
    text: 'Jokowi menegaskan pemerintah tidak akan mundur.',
    claims: [{ text: 'pemerintah tidak akan mundur', kind: 'statement', speaker: 'Joko Widodo', cue: 'menegaskan' }],
  },
  {
    name: 'Menurut X, …',
    text: 'Menurut Stoltenberg, Rusia tidak bisa menang di Ukraina.',
    claims: [{ text: 'Rusia tidak bisa menang di Ukraina', speaker: 'Jens Stoltenberg', cue: 'Menurut' }],
  },
  {
    name: '…, menurut X.',
    text: 'Rusia tidak bisa menang di Ukraina, menurut Stoltenberg.',
    claims: [{ text: 'Rusia tidak bisa menang di Ukraina', speaker: 'Jens Stoltenberg', cue: 'menurut' }],
  },
  {
    name: 'khawatir: concern, the content keeps its preposition',
    text: 'NATO khawatir mengenai dukungan Rusia untuk Korut.',
    claims: [{ text: 'mengenai dukungan Rusia untuk Korut', kind: 'concern', speaker: 'NATO', cue: 'khawatir' }],
  },
  {
    name: 'prihatin: concern',
    text: 'PBB prihatin atas korban sipil di Gaza.',
    claims: [
      { text: 'atas korban sipil di Gaza', kind: 'concern', speaker: 'Perserikatan Bangsa-Bangsa', cue: 'prihatin' },
    ],
  },
  {
    name: 'yakin: belief',
    text: 'Jenkins yakin Korea Utara tertarik memperoleh pesawat tempur.',
    claims: [
      {
        text: 'Korea Utara tertarik memperoleh pesawat tempur',
        kind: 'belief',
        speaker: 'Bonnie Jenkins',
        cue: 'yakin',
      },
    ],
  },
  {
    name: 'berjanji: promise',
    text: 'Putin berjanji memperdalam hubungan dengan Korea Utara.',
    claims: [
      { text: 'memperdalam hubungan dengan Korea Utara', kind: 'promise', speaker: 'Vladimir Putin', cue: 'berjanji' },
    ],
  },
  {
    name: 'menuduh: accusation',
    text: 'AS menuduh Korut memasok rudal ke Rusia.',
    claims: [{ text: 'Korut memasok rudal ke Rusia', kind: 'accusation', speaker: 'Amerika Serikat', cue: 'menuduh' }],
  },
  {
    name: 'tuduhan X bahwa …: accusation, the speaker after the noun',
    text: 'Kunjungan itu terjadi di tengah tuduhan AS bahwa Korea Utara telah memasok rudal ke Rusia.',
    claims: [
      {
        text: 'Korea Utara telah memasok rudal ke Rusia',
        kind: 'accusation',
        speaker: 'Amerika Serikat',
        cue: 'tuduhan',
      },
    ],
  },
  {
    name: 'membantah: denial, of the accusation the sentence before reports',
    text: 'Ukraina menuduh pasukan Rusia menembaki warga sipil. Kremlin membantah tuduhan itu.',
    claims: [
      {
        text: 'Ukraina menuduh pasukan Rusia menembaki warga sipil',
        kind: 'denial',
        speaker: 'Rusia',
        cue: 'membantah',
      },
      { text: 'pasukan Rusia menembaki warga sipil', kind: 'accusation', speaker: 'Ukraina' },
    ],
  },
  {
    name: 'meminta: demand',
    text: 'Retno meminta Israel menghentikan serangan.',
    claims: [{ text: 'Israel menghentikan serangan', kind: 'demand', speaker: 'Retno Marsudi', cue: 'meminta' }],
  },
  {
    name: 'mendesak: demand',
    text: 'ASEAN mendesak Myanmar membebaskan tahanan politik.',
    claims: [{ text: 'Myanmar membebaskan tahanan politik', kind: 'demand', speaker: 'ASEAN', cue: 'mendesak' }],
  },
  {
    name: 'mengutuk: criticism',
    text: 'PBB mengutuk serangan terhadap warga sipil di pelabuhan itu.',
    claims: [
      {
        text: 'serangan terhadap warga sipil di pelabuhan itu',
        kind: 'criticism',
        speaker: 'Perserikatan Bangsa-Bangsa',
        cue: 'mengutuk',
      },
    ],
  },
  {
    name: 'menjamin bahwa: promise (menjamin reports before a clause marker only)',
    text: 'Jokowi menjamin bahwa harga beras tetap stabil menjelang Lebaran.',
    claims: [
      { text: 'harga beras tetap stabil menjelang Lebaran', kind: 'promise', speaker: 'Joko Widodo', cue: 'menjamin' },
    ],
  },
  {
    name: 'bersumpah: promise',
    text: 'Putin bersumpah akan membalas serangan itu.',
    claims: [{ text: 'akan membalas serangan itu', kind: 'promise', speaker: 'Vladimir Putin', cue: 'bersumpah' }],
  },
  {
    name: 'beranggapan: belief',
    text: 'Blinken beranggapan sanksi baru tidak akan mengubah sikap Pyongyang.',
    claims: [
      {
        text: 'sanksi baru tidak akan mengubah sikap Pyongyang',
        kind: 'belief',
        speaker: 'Antony Blinken',
        cue: 'beranggapan',
      },
    ],
  },
  {
    name: 'meragukan: belief',
    text: 'Stoltenberg meragukan janji gencatan senjata dari Moskow.',
    claims: [{ text: 'janji gencatan senjata dari Moskow', kind: 'belief', cue: 'meragukan' }],
  },
  {
    name: 'berdalih: denial',
    text: 'Kremlin berdalih latihan militer itu hanya kegiatan rutin.',
    claims: [{ text: 'latihan militer itu hanya kegiatan rutin', kind: 'denial', speaker: 'Rusia', cue: 'berdalih' }],
  },
  {
    name: 'menyalahkan: accusation',
    text: 'AS menyalahkan Korut atas kegagalan perundingan.',
    claims: [
      { text: 'Korut atas kegagalan perundingan', kind: 'accusation', speaker: 'Amerika Serikat', cue: 'menyalahkan' },
    ],
  },
  {
    name: 'mendoakan: hope',
    text: 'Retno mendoakan agar para korban segera pulih.',
    claims: [{ text: 'para korban segera pulih', kind: 'hope', speaker: 'Retno Marsudi', cue: 'mendoakan' }],
  },
  {
    name: 'meminta maaf: an apology, not a demand; what it is for follows the noun',
    text: 'Retno meminta maaf atas keterlambatan bantuan ke Gaza.',
    claims: [
      { text: 'atas keterlambatan bantuan ke Gaza', kind: 'apology', speaker: 'Retno Marsudi', cue: 'meminta maaf' },
    ],
  },
  {
    name: 'minta maaf: an apology too',
    text: 'Jokowi minta maaf atas antrean panjang di pelabuhan selama mudik tahun ini.',
    claims: [{ text: 'atas antrean panjang di pelabuhan selama mudik tahun ini', kind: 'apology', cue: 'minta maaf' }],
  },
  {
    name: 'menyampaikan kekecewaannya: concern, the noun with its -nya',
    text: 'Blinken menyampaikan kekecewaannya atas penundaan perundingan.',
    claims: [{ text: 'atas penundaan perundingan', kind: 'concern', cue: 'menyampaikan kekecewaannya' }],
  },
  {
    name: 'memberikan contoh, …: a statement',
    text: 'Retno memberikan contoh, Indonesia pernah menengahi konflik di Kamboja.',
    claims: [{ text: 'Indonesia pernah menengahi konflik di Kamboja', kind: 'statement', cue: 'memberikan contoh' }],
  },
  {
    name: 'menyambut baik: praise',
    text: 'ASEAN menyambut baik rencana pembukaan jalur bantuan.',
    claims: [{ text: 'rencana pembukaan jalur bantuan', kind: 'praise', speaker: 'ASEAN', cue: 'menyambut baik' }],
  },
  {
    name: 'merasa bahwa: a belief; merasa with a feeling after it reports nothing',
    text: 'Retno merasa lelah setelah perjalanan panjang dari Jenewa. Ia merasa bahwa dialog masih mungkin dilakukan.',
    claims: [{ text: 'dialog masih mungkin dilakukan', kind: 'belief', speaker: 'Retno Marsudi', cue: 'merasa' }],
  },
  {
    name: 'X menggambarkan, …: a statement after the comma',
    text: 'Stoltenberg menggambarkan, pasukan Rusia sudah lama bersiap di perbatasan.',
    claims: [{ text: 'pasukan Rusia sudah lama bersiap di perbatasan', kind: 'statement', cue: 'menggambarkan' }],
  },
  {
    name: 'ingin agar: hope',
    text: 'Jokowi ingin agar para menteri bekerja lebih cepat.',
    claims: [{ text: 'para menteri bekerja lebih cepat', kind: 'hope', speaker: 'Joko Widodo', cue: 'ingin' }],
  },
  {
    name: 'kecewa: a stance of concern, with its clause after it',
    text: 'Retno kecewa perundingan itu kembali ditunda.',
    claims: [{ text: 'perundingan itu kembali ditunda', kind: 'concern', speaker: 'Retno Marsudi', cue: 'kecewa' }],
  },
  {
    name: 'bangga: a stance of praise',
    text: 'Jokowi bangga atlet Indonesia meraih emas di Bangkok.',
    claims: [{ text: 'atlet Indonesia meraih emas di Bangkok', kind: 'praise', speaker: 'Joko Widodo', cue: 'bangga' }],
  },
  {
    name: 'passive with an anaphor: the claim is the sentence before',
    text: 'NATO khawatir mengenai dukungan Rusia untuk Korut. Hal tersebut diungkapkan Sekjen NATO Jens Stoltenberg pada Selasa.',
    claims: [
      {
        text: 'NATO khawatir mengenai dukungan Rusia untuk Korut',
        speaker: 'Jens Stoltenberg',
        cue: 'diungkapkan',
        via: 'passive',
      },
      { text: 'mengenai dukungan Rusia untuk Korut', speaker: 'NATO', cue: 'khawatir' },
    ],
  },
  {
    name: 'passive with oleh',
    text: 'Rencana kunjungan ke Jakarta disampaikan oleh Blinken.',
    claims: [{ text: 'Rencana kunjungan ke Jakarta', speaker: 'Antony Blinken', cue: 'disampaikan', via: 'passive' }],
  },
  {
    name: 'two speech verbs of one subject: two claims',
    text: 'Jenkins menyebutkan Rusia membantu Korut dan menambahkan bahwa NATO akan bersiap.',
    claims: [
      { text: 'Rusia membantu Korut', speaker: 'Bonnie Jenkins', cue: 'menyebutkan' },
      { text: 'NATO akan bersiap', speaker: 'Bonnie Jenkins', cue: 'menambahkan' },
    ],
  },
  {
    name: 'a stance inside a claim belongs to that claim',
    text: 'Jenkins menuturkan dia yakin Korea Utara tertarik memperoleh rudal.',
    claims: [{ text: 'dia yakin Korea Utara tertarik memperoleh rudal', speaker: 'Bonnie Jenkins', cue: 'menuturkan' }],
  },
  {
    name: 'the subject, not the nearest name',
    text: 'Stoltenberg dalam konferensi pers setelah pertemuannya dengan Menteri Luar Negeri AS Antony Blinken mengatakan bahwa Rusia didukung oleh China.',
    claims: [{ text: 'Rusia didukung oleh China', speaker: 'Jens Stoltenberg', cue: 'mengatakan' }],
  },
  {
    name: 'an opening adverbial is skipped: Pekan lalu, …',
    text: 'Pekan lalu, Wakil Menteri Luar Negeri AS Kurt Campbell mengatakan Washington prihatin.',
    claims: [{ text: 'Washington prihatin', speaker: 'Kurt Campbell', cue: 'mengatakan' }],
  },
  {
    name: 'no speaker, no claim: a common noun subject',
    text: 'Hujan deras mengatakan banyak hal tentang musim ini.',
    claims: [],
  },
  {
    name: 'a negated reporting verb reported nothing',
    text: 'Namun, Jokowi tidak merinci pasal mana saja yang dimaksud.',
    claims: [],
  },
  {
    name: 'a negation with words between it and the verb',
    text: 'Polisi belum bisa menyebutkan jumlah korban.',
    claims: [],
  },
  {
    name: 'a shell noun and its demonstrative: the sentence before is what was confirmed',
    text: 'Banjir merendam tiga desa di Lebak. Polri membenarkan kabar tersebut.',
    claims: [{ text: 'Banjir merendam tiga desa di Lebak', cue: 'membenarkan' }],
  },
  {
    name: 'a shell noun with nothing before it is no claim of its own',
    text: 'Polri membenarkan kabar tersebut.',
    claims: [],
  },
  {
    name: 'a shell noun after a quote: the quote already carries the words',
    text: '"Kami sudah menangkap pelaku," kata Kapolres. Polri membenarkan kabar tersebut.',
    claims: [],
  },
  {
    name: 'words that only agree with someone are no claim: Hal senada',
    text: 'Hal senada disampaikan Ketua DPR Puan Maharani.',
    claims: [],
  },
  {
    name: 'the speaker after the words, then the time: the words before the cue',
    text: 'Menteri itu akan tiba di Jakarta pekan depan, kata Kemlu RI, Rabu (5/3).',
    claims: [{ text: 'Menteri itu akan tiba di Jakarta pekan depan', cue: 'kata' }],
  },
  {
    name: 'a passive cue opening the sentence: the speaker ends at the comma, after a double full stop',
    text: 'Sugito menyampaikan pesan itu, Senin (17/7).. Ditambahkan Sugito, Rizieq keberatan dengan tindakan itu.',
    claims: [
      { text: 'pesan itu, Senin (17/7)', speaker: 'Sugito' },
      { text: 'Rizieq keberatan dengan tindakan itu', speaker: 'Sugito', cue: 'Ditambahkan' },
    ],
  },
  {
    name: "someone's account opening the sentence: its author speaks",
    text: 'Berdasarkan keterangan dari Bupati Lebak Iti Jayabaya, banjir merendam tiga desa.',
    claims: [{ text: 'banjir merendam tiga desa', speaker: 'Iti Jayabaya', cue: 'keterangan' }],
  },
  {
    name: 'an account someone received names no author',
    text: 'Dalam keterangan tertulis yang diterima wartawan, polisi menangkap dua orang.',
    claims: [],
  },
  {
    name: 'an account a speaker draws on: the claim is the speaker’s',
    text: 'Dari penjelasan Presiden, Sri Haryati menyimpulkan bahwa tunjangan guru naik.',
    claims: [{ text: 'tunjangan guru naik', speaker: 'Sri Haryati', cue: 'menyimpulkan' }],
  },
  {
    name: 'a body nobody names speaks: Polisi mengatakan',
    text: 'Polisi mengatakan pelaku sudah ditangkap.',
    claims: [{ text: 'pelaku sudah ditangkap', speaker: 'Polisi', cue: 'mengatakan' }],
  },
  {
    name: 'a body nobody names, with the words that describe it',
    text: 'Pemerintah daerah menyebutkan 20 rumah rusak.',
    claims: [{ text: '20 rumah rusak', speaker: 'Pemerintah daerah' }],
  },
  {
    name: 'a body the sentence goes on to name is the named one',
    text: 'Meskipun begitu, organisasi profesi seperti Persatuan Guru Seluruh Indonesia (PGSI) menilai kebijakan ini belum adil.',
    claims: [{ text: 'kebijakan ini belum adil', speaker: 'Persatuan Guru Seluruh Indonesia' }],
  },
  {
    name: 'a clause after a comma whose subject reports again is a claim of its own',
    text: 'Mulyana mengatakan dia akan mengikuti instruksi DPP, namun dia mengaku masih menunggu putusan resmi.',
    claims: [
      { text: 'dia akan mengikuti instruksi DPP', cue: 'mengatakan' },
      { text: 'masih menunggu putusan resmi', cue: 'mengaku' },
    ],
  },
  {
    name: 'a second reporting verb joined as the manner of the first: two claims of one speaker',
    text: 'Budi mengatakan harga naik sambil menegaskan bahwa stok aman.',
    claims: [
      { text: 'harga naik', speaker: 'Budi', cue: 'mengatakan' },
      { text: 'stok aman', speaker: 'Budi', cue: 'menegaskan' },
    ],
  },
  {
    name: 'a purpose clause is no second claim',
    text: 'Presiden berharap ada langkah konkret untuk mendorong ekspor mebel.',
    claims: [{ text: 'ada langkah konkret untuk mendorong ekspor mebel', cue: 'berharap' }],
  },
  {
    name: "an organization's public relations office speaks for it",
    text: 'Dalam keterangan pers Humas IPB, Arif Satria terpilih secara mufakat.',
    claims: [{ text: 'Arif Satria terpilih secara mufakat', speaker: 'Humas IPB' }],
  },
  {
    name: 'after an opening phrase with no comma, the body right before the verb speaks',
    text: 'Polisi menangkap dua orang. Dalam keterangannya polisi menyatakan keduanya terlibat.',
    claims: [{ text: 'keduanya terlibat', speaker: 'polisi', cue: 'menyatakan' }],
  },
  {
    name: 'Baginya, …: the view of the person before',
    text: 'Tati tak henti mengkampanyekan MMA. Baginya, olahraga itu bukan hanya soal pertarungan.',
    claims: [{ text: 'olahraga itu bukan hanya soal pertarungan', speaker: 'Tati', cue: 'Baginya' }],
  },
  {
    name: 'Bagi X, … is "for X", not what X says',
    text: 'Bagi warga, harga beras naik.',
    claims: [],
  },
  {
    name: 'where and when it was said come before the words: di Jakarta, Senin (5/3),',
    text: 'Budi mengatakan di Jakarta, Senin (5/3), harga beras akan naik.',
    claims: [{ text: 'harga beras akan naik', speaker: 'Budi' }],
  },
  {
    name: 'the channel it was said through comes before the words',
    text: 'Budi mengatakan melalui akun Instagramnya bahwa dia tidak bersalah.',
    claims: [{ text: 'dia tidak bersalah', speaker: 'Budi' }],
  },
  {
    name: 'the occasion it was said on comes before the words',
    text: 'Budi mengatakan dalam keterangan tertulisnya, harga beras akan naik.',
    claims: [{ text: 'harga beras akan naik', speaker: 'Budi' }],
  },
  {
    name: 'a place that is not a name belongs to the words',
    text: 'Budi menuturkan di tingkat SMP, sudah ada yang mencapai predikat unggul.',
    claims: [{ text: 'di tingkat SMP, sudah ada yang mencapai predikat unggul', speaker: 'Budi' }],
  },
  {
    name: 'a quantifier opening the subject after a comma: para pejabat',
    text: 'Namun, para pejabat tinggi Amerika Serikat (AS) tak percaya dengan klaim Houthi.',
    claims: [{ text: 'dengan klaim Houthi', speaker: 'Amerika Serikat', kind: 'belief' }],
  },
  {
    name: 'a cue word after a preposition is a noun: Untuk nilainya,',
    text: 'Bekraf menyalurkan dana hibah. Untuk nilainya, jumlahnya belum diumumkan.',
    claims: [],
  },
  {
    name: 'a verb that reports before a marked clause, joined as the manner of the first',
    text: 'Pejabat militer Iran menyatakan siap perang dengan Amerika dengan menjamin bahwa rudal Teheran mampu menjangkau pangkalan militer.',
    claims: [
      { text: 'siap perang dengan Amerika', speaker: 'Iran', cue: 'menyatakan' },
      { text: 'rudal Teheran mampu menjangkau pangkalan militer', speaker: 'Iran', cue: 'menjamin' },
    ],
  },
  {
    name: 'a subject that opens with person nouns: the organization before the verb speaks',
    text: 'Kader dan pengurus Partai Golkar menyatakan tunduk kepada keputusan pusat.',
    claims: [{ text: 'tunduk kepada keputusan pusat', speaker: 'Partai Golkar' }],
  },
  {
    name: "an acronym before an organization's head word is a unit of it, a body of its own",
    text: 'Kader dan pengurus DPD Partai Golkar Provinsi Jawa Barat menyatakan tunduk kepada keputusan pusat.',
    claims: [{ text: 'tunduk kepada keputusan pusat', speaker: 'DPD Partai Golkar Provinsi Jawa Barat' }],
  },
  {
    name: 'an official of the government a listed leader heads speaks for his state',
    text: 'Seorang pejabat senior administrasi Trump mengatakan rudal itu diluncurkan Iran.',
    claims: [{ text: 'rudal itu diluncurkan Iran', speaker: 'Amerika Serikat' }],
  },
  {
    name: 'menurut laporan X: the report’s author speaks',
    text: 'Banjir merendam tiga desa, menurut laporan pemerintah daerah.',
    claims: [{ text: 'Banjir merendam tiga desa', speaker: 'pemerintah daerah' }],
  },
  {
    name: 'words inside a quote are not claims',
    text: '"Kami khawatir Rusia akan menyerang," kata Stoltenberg.',
    claims: [],
  },
];

describe('claims', () => {
  it.each(table)('$name', ({ text, claims }) => {
    expect(rows(run(text).claims)).toMatchObject(claims);
    expect(run(text).claims).toHaveLength(claims.length);
  });

  // How the words read sets the most a claim's confidence can be: a statement keeps its link's
  // (0.9 here), a short predicate with no subject of its own 0.75, a fragment 0.5.
  it.each([
    { text: 'Budi mengaku terkejut.', confidence: 0.5 },
    { text: 'Budi mengaku tidak tahu.', confidence: 0.75 },
    { text: 'Budi menjawab untuk memastikan.', confidence: 0.5 },
    { text: 'Menteri itu menyampaikan belasungkawa yang mendalam.', confidence: 0.5 },
    { text: 'Budi menduga korban meninggal karena.', confidence: 0.5 },
    { text: 'Budi mengatakan kondisi sudah membaik.', confidence: 0.9 },
    { text: 'Budi mengatakan inflasi naik.', confidence: 0.9 },
    { text: 'Budi mengatakan harga beras naik pekan ini.', confidence: 0.9 },
  ])('a claim is as sure as its words read: $text', ({ text, confidence }) => {
    const [claim] = run(text).claims;
    expect(claim!.confidence).toBe(confidence);
  });

  it('the relaying outlet is the source, never the speaker: seperti dilansir CNA', () => {
    const r = run('"Kami prihatin," kata Stoltenberg, seperti dilansir CNA, Rabu (19/6).');
    expect(r.quotes[0]!.speaker?.entity).toBe('jens-stoltenberg');
    expect(r.quotes[0]!.source).toMatchObject({ entity: 'cna', name: 'CNA' });
  });
});
