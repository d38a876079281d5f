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
    name: 'membantah: denial',
    text: 'Kremlin membantah tuduhan itu.',
    claims: [{ text: 'tuduhan itu', kind: 'denial', speaker: 'Rusia', cue: 'membantah' }],
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
    name: 'words inside a quote are not claims',
    text: '"Kami khawatir Rusia akan menyerang," kata Stoltenberg.',
    claims: [],
  },
];

describe('claims', () => {
  it.each(table)('$name', ({ text, claims }) => {
    expect(rows(run(text).claims)).toMatchObject(claims);
  });

  it('the relaying outlet is the source, never the speaker: seperti dilansir CNA', () => {
    const r = run('"Kami prihatin," kata Stoltenberg, seperti dilansir CNA, Rabu (19/6).');
    expect(r.quotes[0]!.speaker?.entity).toBe('jens-stoltenberg');
    expect(r.quotes[0]!.source).toMatchObject({ entity: 'cna', name: 'CNA' });
  });
});
