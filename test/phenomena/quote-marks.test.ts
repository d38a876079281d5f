// Quotation marks as Indonesian news writes them (DESIGN.md §3, first point).
import { describe, expect, it } from 'vitest';
import { rows, run, type Row } from '../helpers.js';

const table: { name: string; text: string; quotes: Row[]; warnings?: string[] }[] = [
  {
    name: 'straight double quotes',
    text: '"Kami siap berunding," kata Jokowi.',
    quotes: [{ text: 'Kami siap berunding,', kind: 'direct', speaker: 'Joko Widodo', cue: 'kata' }],
  },
  {
    name: 'curly quotes “…”',
    text: '“Kami siap berunding,” kata Jokowi.',
    quotes: [{ text: 'Kami siap berunding,', speaker: 'Joko Widodo' }],
  },
  {
    name: 'low-high quotes „…“',
    text: '„Kami siap berunding,“ kata Jokowi.',
    quotes: [{ text: 'Kami siap berunding,', speaker: 'Joko Widodo' }],
  },
  {
    name: 'guillemets « »',
    text: '«Kami siap berunding,» kata Jokowi.',
    quotes: [{ text: 'Kami siap berunding,', speaker: 'Joko Widodo' }],
  },
  {
    name: 'Kompas style: ” opens and closes',
    text: 'Presiden hadir. ”Saya minta semua jalan minggu ini,” kata Jokowi di Istana.',
    quotes: [{ text: 'Saya minta semua jalan minggu ini,', speaker: 'Joko Widodo', cue: 'kata' }],
  },
  {
    name: 'single marks inside a quote stay in it',
    text: '"Dia bilang \'tidak\' kemarin, dan itu jelas," kata Retno.',
    quotes: [{ text: "Dia bilang 'tidak' kemarin, dan itu jelas,", speaker: 'Retno Marsudi' }],
  },
  {
    name: 'curly single marks inside a quote stay in it',
    text: '“Mereka menyebutnya ‘operasi khusus’, bukan perang,” kata Blinken.',
    quotes: [{ text: 'Mereka menyebutnya ‘operasi khusus’, bukan perang,', speaker: 'Antony Blinken' }],
  },
  {
    name: 'a quote of several sentences',
    text: '"Apakah itu uang? Energi? Kami tidak tahu. Tapi kami prihatin," ungkap Campbell.',
    quotes: [
      {
        text: 'Apakah itu uang? Energi? Kami tidak tahu. Tapi kami prihatin,',
        speaker: 'Kurt Campbell',
        cue: 'ungkap',
      },
    ],
  },
  {
    name: 'a quote over several paragraphs: each paragraph re-opens the mark',
    text: 'Retno Marsudi berbicara panjang.\n\n"Kami sudah bekerja keras sejak awal.\n\n"Hasilnya akan terlihat tahun depan," kata Retno.',
    quotes: [
      {
        text: 'Kami sudah bekerja keras sejak awal.\n\n"Hasilnya akan terlihat tahun depan,',
        speaker: 'Retno Marsudi',
        cue: 'kata',
      },
    ],
  },
  {
    name: 'paragraphs flattened into one line (Kompas): the re-opened quote is one quote',
    text: 'Retno hadir. ”Kami sudah bekerja keras. ”Hasilnya akan terlihat tahun depan,” kata Retno.',
    quotes: [{ text: 'Kami sudah bekerja keras. ”Hasilnya akan terlihat tahun depan,', speaker: 'Retno Marsudi' }],
  },
  {
    name: 'a quote cut off at the end of the text is kept, with a warning',
    text: 'Retno Marsudi mengatakan, "Kami akan terus berjuang untuk',
    quotes: [{ text: 'Kami akan terus berjuang untuk', kind: 'direct', speaker: 'Retno Marsudi', cue: 'mengatakan' }],
    warnings: ['quote-unterminated'],
  },
  {
    name: 'a stray closing mark is reported, not quoted',
    text: 'Jokowi tiba di Bali" pada Senin pagi.',
    quotes: [],
    warnings: ['quote-stray'],
  },
  {
    name: 'an unclosed quote ends with its paragraph, with a warning',
    text: 'Rapat digelar di Jakarta.\n\nJokowi mengatakan, "Kami akan hadir\n\nRapat dimulai pukul 09.00 WIB.',
    quotes: [{ text: 'Kami akan hadir', speaker: 'Joko Widodo' }],
    warnings: ['quote-unclosed'],
  },
  {
    name: 'a closing mark lost before its cue: the quote ends at the comma',
    text: 'Eni hadir. "Acara ini memberi wawasan kepada peserta, katanya dalam rilis, Kamis. Ia menegaskan bahwa webinar terbuka untuk umum.',
    quotes: [{ text: 'Acara ini memberi wawasan kepada peserta,', speaker: 'Eni', cue: 'katanya' }],
    warnings: ['quote-unclosed'],
  },
  {
    name: 'a quote that cites someone inside it is one quote',
    text: '"Kalau kerumunan dibiarkan, kata Mendagri, kita saling membunuh," kata Fadil.',
    quotes: [
      { text: 'Kalau kerumunan dibiarkan, kata Mendagri, kita saling membunuh,', speaker: 'Fadil', cue: 'kata' },
    ],
  },
  {
    name: 'a quoted phrase inside a sentence is a partial quote',
    text: 'Stoltenberg mengatakan perlu ada "konsekuensi" bagi China.',
    quotes: [{ text: 'konsekuensi', kind: 'partial', speaker: 'Jens Stoltenberg', cue: 'mengatakan' }],
  },
  {
    name: 'a closing mark spaced off its quote and glued to the cue closes it',
    text: 'Retno Marsudi meninjau lokasi. "Kami sudah memeriksa tiga saksi untuk mencari pelakunya ”ujarnya.',
    quotes: [
      {
        text: 'Kami sudah memeriksa tiga saksi untuk mencari pelakunya ',
        kind: 'direct',
        speaker: 'Retno Marsudi',
        cue: 'ujarnya',
      },
    ],
  },
  {
    name: 'two marks glued at an opening are one opening',
    text: 'Retno Marsudi menjelaskan rapat berjalan lancar. "“ Rapat pagi ini diikuti semua utusan dari sepuluh negara.” tutur dia.',
    quotes: [
      {
        text: ' Rapat pagi ini diikuti semua utusan dari sepuluh negara.',
        kind: 'direct',
        speaker: 'Retno Marsudi',
        cue: 'tutur',
      },
    ],
  },
  {
    name: 'marks mirrored: glued to the sentence before, and to the cue after',
    text: 'Menlu Retno Marsudi menerima kunjungan itu di Jakarta.” Kami akan terus mendorong perundingan damai, ”kata Retno.',
    quotes: [
      {
        text: ' Kami akan terus mendorong perundingan damai, ',
        kind: 'direct',
        speaker: 'Retno Marsudi',
        cue: 'kata',
      },
    ],
  },
  {
    name: 'the name after a naming word is a label, not a quote',
    text: 'Presiden memimpin rapat terbatas bertema "Penguatan Industri Kerajinan Daerah" di Istana Bogor.',
    quotes: [],
  },
  {
    name: 'marks around no letter quote nothing',
    text: 'Ia tampil dalam acara "," yang ditayangkan Selasa malam.',
    quotes: [],
  },
  {
    name: 'a comment whose emoji were lost is no quote, even with its cue',
    text: 'Retno Marsudi mengunggah foto. "," tulisnya.',
    quotes: [],
  },
  {
    name: 'a title-cased name the sentence runs on after is a label',
    text: 'Seminar nasional digelar di Bandung. "Rumah Kita Bersama" itu juga menghadirkan dua narasumber.',
    quotes: [],
  },
  {
    name: 'a list of quoted titles is no list of quotes',
    text: 'Band itu membawakan lagu lama, "Langit Biru", "Jalan Pulang", dan "Hujan Sore".',
    quotes: [{ text: 'Hujan Sore', kind: 'partial', speaker: null }],
  },
  {
    name: 'a title-cased quote after a speech verb stays a quote',
    text: 'Retno Marsudi berkata, "Siap Bekerja" di depan para duta besar.',
    quotes: [{ text: 'Siap Bekerja', speaker: 'Retno Marsudi', cue: 'berkata' }],
  },
  {
    name: 'a short quote with its cue right after the mark is a direct quote',
    text: '"Terima Kasih Banyak" kata Retno Marsudi di Jakarta.',
    quotes: [{ text: 'Terima Kasih Banyak', kind: 'direct', speaker: 'Retno Marsudi', cue: 'kata' }],
  },
];

describe('quotation marks', () => {
  it.each(table)('$name', ({ text, quotes, warnings }) => {
    const r = run(text);
    expect(rows(r.quotes)).toMatchObject(quotes);
    expect(r.warnings.map((w) => w.code)).toEqual(warnings ?? []);
  });
});
