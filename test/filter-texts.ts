// Small articles written for the filter tests: people a query should or should not find.

/** Two people named Agus, one Basuki with three names, one speaker not in the lexicon. */
export const PEOPLE = [
  'Banjir di Bekasi',
  '"Kami akan memanggil semua saksi," kata Ketua KPK Agus Rahardjo.',
  'Menurut Gubernur BI Agus Martowardojo, ekonomi tumbuh lima persen.',
  '"Kami siap diperiksa," kata Basuki Tjahaja Purnama.',
  '"Sungai sudah dibersihkan," kata Kepala Pusdalops BNPB Bambang Surya Putra.',
].join('\n\n');

/**
 * An unlisted speaker named inside someone else's quote: the next statement's "Dia" is read
 * as him, by the name in the quote (as in a scraped article whose outlet after "dilansir" is lost).
 */
export const IN_QUOTE = [
  'Banjir di Bekasi',
  '"Saya punya teman bernama Bambang Surya Putra yang selalu membantu warga," ucap Agus Rahardjo, dilansir "Dia mengatakan kepada saya bahwa banjir sudah surut," katanya melanjutkan.',
].join('\n\n');

/** An unlisted speaker named inside someone else's claim. */
export const IN_CLAIM = [
  'Banjir di Bekasi',
  'Bahkan ketika Bambang Surya Putra meninjau tanggul dan mengaku bahwa banjir sudah surut, warga tetap waspada.',
  'Hal ini diungkapkan oleh Ketua KPK Agus Rahardjo.',
].join('\n\n');
