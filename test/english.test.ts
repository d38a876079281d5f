// English articles: told from Indonesian ones, read through compromise and the English
// reporting patterns, and linked to the same entities as Indonesian articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIECE, pieces } from '../src/english/parse.js';
import { extract } from '../src/index.js';
import { segment } from '../src/text/segment.js';
import { lexicon, rows, type Row } from './helpers.js';
import { cli } from './spawn.js';

const en = (text: string) => extract(text, { lexicon, lang: 'en' });

const table: { name: string; text: string; quotes?: Row[]; claims?: Row[] }[] = [
  {
    name: '"…," X said',
    text: '"We are ready," Stoltenberg said.',
    quotes: [{ text: 'We are ready,', speaker: 'Jens Stoltenberg', cue: 'said', via: 'name' }],
  },
  {
    name: '"…," said X, title and all',
    text: '"We are ready," said NATO Secretary-General Jens Stoltenberg.',
    quotes: [{ text: 'We are ready,', speaker: 'Jens Stoltenberg', cue: 'said' }],
  },
  {
    name: '"…," he said: the last person',
    text: 'Antony Blinken arrived in Jakarta on Monday. "The talks will be long," he said.',
    quotes: [{ text: 'The talks will be long,', speaker: 'Antony Blinken', via: 'pronoun', cue: 'said' }],
  },
  {
    name: 'X told reporters',
    text: '"It is dangerous," Campbell told reporters.',
    quotes: [{ text: 'It is dangerous,', speaker: 'Kurt Campbell', cue: 'told' }],
  },
  {
    name: 'X said, "…": the cue before the quote',
    text: 'U.S. Secretary of State Antony Blinken said, "This is dangerous."',
    quotes: [{ text: 'This is dangerous.', speaker: 'Antony Blinken', cue: 'said' }],
  },
  {
    name: 'a quote of several sentences',
    text: '"Is it energy? We do not know. But we are watching," Campbell said.',
    quotes: [{ text: 'Is it energy? We do not know. But we are watching,', speaker: 'Kurt Campbell' }],
  },
  {
    name: 'X said on Tuesday that …: the claim after that',
    text: 'Stoltenberg said on Tuesday that Russia was getting help from North Korea.',
    claims: [
      { text: 'Russia was getting help from North Korea', speaker: 'Jens Stoltenberg', cue: 'said', kind: 'statement' },
    ],
  },
  {
    name: 'According to X, …',
    text: 'According to Blinken, the visit shows how far Russia will go.',
    claims: [{ text: 'the visit shows how far Russia will go', speaker: 'Antony Blinken', cue: 'According' }],
  },
  {
    name: '…, X said: the content before the comma',
    text: 'Russia cannot win in Ukraine, Stoltenberg said on Tuesday.',
    claims: [{ text: 'Russia cannot win in Ukraine', speaker: 'Jens Stoltenberg', cue: 'said' }],
  },
  {
    name: 'an opening adverbial is skipped: In Brussels, X said',
    text: 'In Brussels, after meeting Blinken, Stoltenberg said that the alliance was united.',
    claims: [{ text: 'the alliance was united', speaker: 'Jens Stoltenberg' }],
  },
  {
    name: 'warned that: concern',
    text: 'Jenkins warned that North Korea wants fighter jets.',
    claims: [{ text: 'North Korea wants fighter jets', speaker: 'Bonnie Jenkins', cue: 'warned', kind: 'concern' }],
  },
  {
    name: 'a speaker not in the lexicon, named in the text',
    text: '"The market is calm," said analyst Maria Gonzalez.',
    quotes: [{ text: 'The market is calm,', speaker: 'Maria Gonzalez', via: 'name' }],
  },
  {
    name: "a possessive names its owner: Russia's Foreign Ministry",
    text: "Russia's Foreign Ministry denied the claims.",
    claims: [{ text: 'the claims', speaker: "Russia's Foreign Ministry", cue: 'denied', kind: 'denial' }],
  },
  {
    name: 'an organization named by its capitalized words: the State Department',
    text: 'The State Department said the visit was a concern.',
    claims: [{ text: 'the visit was a concern', speaker: 'State Department', cue: 'said' }],
  },
  {
    name: "an unlisted owner stays in the organization's name: Belfast's High Court",
    text: "Belfast's High Court said the evidence was clear.",
    claims: [{ text: 'the evidence was clear', speaker: "Belfast's High Court", cue: 'said' }],
  },
  {
    name: 'a long time and place phrase before "that"',
    text: 'Stoltenberg said on Thursday, speaking to journalists at a meeting of the alliance, that the allies were united.',
    claims: [{ text: 'the allies were united', speaker: 'Jens Stoltenberg', cue: 'said' }],
  },
  {
    name: 'a "that" after the verb\'s object is the content\'s own (a relative clause)',
    text: 'Stoltenberg said the company that builds the trains would close.',
    claims: [{ text: 'the company that builds the trains would close', speaker: 'Jens Stoltenberg' }],
  },
  {
    name: 'told X (in an interview) that …',
    text: 'Blinken told the newspaper in an interview on Sunday that the talks were over.',
    claims: [{ text: 'the talks were over', speaker: 'Antony Blinken', cue: 'told' }],
  },
  {
    name: 'a passive reports nothing: is expected to',
    text: 'The UK Supreme Court is expected to rule on the case next week.',
    claims: [],
  },
  {
    name: 'is worried, is concerned: a state of mind, not a passive',
    text: 'NATO is worried about the support Russia could give. Washington is concerned that Pyongyang will get fighter jets.',
    claims: [
      { text: 'about the support Russia could give', speaker: 'NATO', cue: 'worried', kind: 'concern' },
      { text: 'Pyongyang will get fighter jets', speaker: 'Amerika Serikat', cue: 'concerned', kind: 'concern' },
    ],
  },
  {
    name: 'one word that closed a full name earlier is that person',
    text: 'Irish Foreign Minister Simon Coveney spoke in Dublin. "We will find a middle ground", Coveney said.',
    quotes: [{ text: 'We will find a middle ground', speaker: 'Simon Coveney', cue: 'said', via: 'name' }],
  },
  {
    name: 'he after a passive names its agent: delivered by X',
    text: 'The report was presented this morning by Maria Gonzalez. "It is political," she said.',
    quotes: [{ text: 'It is political,', speaker: 'Maria Gonzalez', via: 'pronoun', cue: 'said' }],
  },
  {
    name: '"the judge", "the official": the person named before',
    text: 'The report was presented by Maria Gonzalez. According to the analyst, the market was calm.',
    claims: [{ text: 'the market was calm', speaker: 'Maria Gonzalez', via: 'title' }],
  },
  {
    name: '"the minister" after "Foreign Minister X" is X',
    text: 'Irish Foreign Minister Simon Coveney spoke in Dublin on Thursday. The minister added that talks were still in progress.',
    claims: [{ text: 'talks were still in progress', speaker: 'Simon Coveney', via: 'title', cue: 'added' }],
  },
  {
    name: 'he is a person, never an organization that spoke before',
    text: 'The State Department said the visit was a concern. "It is political," he said.',
    quotes: [{ text: 'It is political,', speaker: null, cue: 'said' }],
  },
  {
    name: 'a negated verb reports nothing',
    text: 'North Korea has not commented. Moscow did not immediately say whether the talks would go on.',
    claims: [],
  },
  {
    name: 'a comma after the verb that leads into no quote: not what was said',
    text: 'Pyongyang commented, the Associated Press reported.',
    claims: [],
  },
  {
    name: 'the claim ends before the source it is cited from',
    text: 'Stoltenberg said Russia was helping North Korea, as reported by CNA. Blinken said the visit was a sign of desperation, according to a transcript.',
    claims: [
      { text: 'Russia was helping North Korea', speaker: 'Jens Stoltenberg' },
      { text: 'the visit was a sign of desperation', speaker: 'Antony Blinken' },
    ],
  },
  {
    name: 'according to … after a quote cue is its source, not a claim',
    text: '"This is a sign of desperation," Blinken said, according to a transcript released by the State Department.',
    quotes: [{ text: 'This is a sign of desperation,', speaker: 'Antony Blinken', cue: 'said' }],
    claims: [],
  },
];

describe('English reporting', () => {
  it.each(table)('$name', ({ text, quotes, claims }) => {
    const r = en(text);
    if (quotes) expect(rows(r.quotes)).toMatchObject(quotes);
    if (claims) expect(rows(r.claims)).toMatchObject(claims);
  });
});

describe('English sources', () => {
  it.each([
    ['told X', '"We are concerned," Stoltenberg told Reuters in an interview.', 'quotes', 'reuters'],
    ['as reported by X', 'Stoltenberg said Russia was helping North Korea, as reported by CNA.', 'claims', 'cna'],
    [
      'as X reported',
      'Stoltenberg said Russia was helping North Korea, as the Associated Press reported.',
      'claims',
      'ap',
    ],
    [
      'according to an outlet, after a quote',
      '"We are concerned," Stoltenberg said, according to CNA.',
      'quotes',
      'cna',
    ],
    ['no outlet named', '"We are concerned," Stoltenberg said.', 'quotes', null],
  ] as const)('%s: the outlet that relayed the words is the source', (_, text, list, source) => {
    const found = en(text)[list];
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker?.entity).toBe('jens-stoltenberg');
    expect(found[0]!.source?.entity ?? null).toBe(source);
  });
});

describe('English mentions', () => {
  it("a possessive is a mention of its owner (Russia's, NATO's, Stoltenberg's)", () => {
    const r = en("Stoltenberg's warning came as NATO's allies watched Russia’s army advance.");
    expect(r.entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual(
      expect.arrayContaining([
        ['jens-stoltenberg', ['Stoltenberg']],
        ['nato', ['NATO']],
        ['rusia', ['Russia']],
      ]),
    );
  });
});

describe('English names the lexicon does not know', () => {
  it.each([
    [
      'a word of a listed long form',
      'The North Atlantic Treaty Organization (NATO) is worried, Stoltenberg said.',
      'The',
    ],
    ['the letter of an abbreviation', 'The U.S. accuses North Korea of supplying missiles, Blinken said.', 'S'],
    ['a title alone', 'President Vladimir Putin will visit North Korea, Blinken said.', 'President'],
    [
      'capitals of a headline',
      'NATO Worried Russia Will Back North Korea\n\nBlinken said the visit was a sign of desperation.',
      'Will Back',
    ],
  ])('%s is no entity: %s', (_, text, junk) => {
    expect(en(text).entities.map((e) => e.name)).not.toContain(junk);
  });
});

describe('the language of a document', () => {
  it.each([
    ['English news', '"We are ready," Stoltenberg said on Tuesday, adding that the alliance was united.', 'en'],
    [
      'Indonesian news',
      '"Kami siap," kata Stoltenberg pada Selasa, seraya menambahkan bahwa aliansi itu bersatu.',
      'id',
    ],
    [
      'Indonesian news quoting English',
      'Stoltenberg mengatakan bahwa aliansi siap. "We are ready," ujarnya dalam bahasa Inggris di Brussels.',
      'id',
    ],
    [
      'Indonesian news around a longer English statement (quotes are not counted)',
      'Keluarga menyampaikan kabar duka itu melalui unggahan di Instagram. "It is with our deepest sorrow that we mourn the passing of our beloved son, who was loved by all of us and will be missed by the whole family," tulis keluarga itu.',
      'id',
    ],
    [
      'an English abstract before a longer Indonesian body (the body outweighs it)',
      'ABSTRACT The use of smart packaging with a fresh tag on fish products makes it easier for consumers to know the quality of the food that they buy.\n\n' +
        'Kemasan adalah suatu wadah yang menempati suatu produk agar aman dan mampu memperpanjang umur simpan. Penggunaan kemasan oleh produsen menjadi media komunikasi dalam memberikan informasi terkait dengan tingkat kesegaran dan juga batas kedaluwarsa suatu produk. Kemasan ini juga bisa memberi tahu konsumen tentang mutu ikan yang akan mereka beli di pasar, karena label itu berubah warna saat mutu ikan menurun.',
      'id',
    ],
    [
      'a plainly Indonesian opening settles it: English lyrics printed after it without quotation marks',
      'Penyanyi itu merilis lagu baru yang ditulis bersama para musisi dari Inggris. Lagu ini adalah bagian dari album yang akan dirilis pada akhir tahun, dan ia mengatakan bahwa lagu itu ditulis saat dia berada di London. ' +
        'Menurut dia, lagu tersebut bercerita tentang kenangan yang tidak bisa dilupakan dan juga tentang keluarga yang sudah lama tidak ia temui. Para penggemar bisa mendengarkan lagu itu di berbagai layanan musik, karena lagu ini telah dirilis oleh label mereka. ' +
        'Ia juga berkata bahwa video musik untuk lagu itu akan dirilis dalam waktu dekat, dan para penggemar bisa menontonnya di kanal resmi yang dikelola oleh label itu. Berikut ini adalah lirik lagu tersebut.\n\n' +
        'The night was cold and the wind was in the trees, and she was waiting for the sound of the train that would take him away from the town. '.repeat(
          5,
        ),
      'id',
    ],
  ])('%s', (_, text, language) => {
    expect(extract(text, { lexicon }).document.language).toBe(language);
  });

  it('--lang id reads an English text as Indonesian', () => {
    expect(extract('"We are ready," Stoltenberg said.', { lexicon, lang: 'id' }).document.language).toBe('id');
  });
});

describe('one event in two languages', () => {
  const speakers = (path: string) => {
    const r = extract(readFileSync(path, 'utf8'), { lexicon, path });
    return new Set([...r.quotes, ...r.claims].map((x) => x.speaker?.entity).filter((id): id is string => !!id));
  };

  it('the English and the Indonesian seed story give the same entity ids for the same speakers', () => {
    const id = speakers('fixtures/nato-rusia-korut.txt');
    const english = speakers('fixtures/nato-russia-north-korea.en.txt');
    for (const person of ['jens-stoltenberg', 'antony-blinken', 'kurt-campbell', 'bonnie-jenkins', 'vladimir-putin']) {
      expect(id).toContain(person);
      expect(english).toContain(person);
    }
  });

  it('the quote both tell is relayed by the same outlet (seperti dilansir CNA / as reported by CNA)', () => {
    const sources = (path: string) =>
      extract(readFileSync(path, 'utf8'), { lexicon })
        .quotes.filter((q) => q.source)
        .map((q) => [q.speaker?.entity, q.source!.entity]);
    expect(sources('fixtures/nato-russia-north-korea.en.txt')).toEqual(sources('fixtures/nato-rusia-korut.txt'));
    expect(sources('fixtures/nato-rusia-korut.txt')).toEqual([['jens-stoltenberg', 'cna']]);
  });

  it('a mixed folder gives one per-entity view across both languages', () => {
    const r = cli([
      'fixtures/nato-rusia-korut.txt',
      'fixtures/nato-russia-north-korea.en.txt',
      '--format',
      'json',
      '--quiet',
    ]);
    const corpus = JSON.parse(r.stdout) as {
      documents: { document: { language: string } }[];
      entities: { id: string; documents: number; quotes: { path: string }[] }[];
    };
    expect(corpus.documents.map((d) => d.document.language)).toEqual(['id', 'en']);
    const stoltenberg = corpus.entities.find((e) => e.id === 'jens-stoltenberg')!;
    expect(stoltenberg.documents).toBe(2);
    expect([...new Set(stoltenberg.quotes.map((q) => q.path))]).toEqual([
      'fixtures/nato-rusia-korut.txt',
      'fixtures/nato-russia-north-korea.en.txt',
    ]);
  });
});

describe('a long English document', () => {
  // compromise's memory grows with the text it reads at once (a 1 MB text read whole had peaked
  // at 456 MB): a long document goes to it in pieces. npm run bench measures a 1 MB one.
  const story = readFileSync('fixtures/nato-russia-north-korea.en.txt', 'utf8');
  const copies = Math.ceil((100 * 1024) / story.length);
  const long = `${story}\n\n`.repeat(copies);

  it('is cut into pieces of whole paragraphs, none over 32 KB, that cover the text', () => {
    const blocks = segment(long, lexicon.page).blocks;
    const cut = pieces(long, blocks);
    expect(cut.length).toBeGreaterThanOrEqual(4);
    expect(cut[0]![0]).toBe(blocks[0]!.start);
    expect(cut.at(-1)![1]).toBe(blocks.at(-1)!.end);
    const starts = new Set(blocks.map((b) => b.start));
    for (const [start, end] of cut) {
      expect(end - start).toBeLessThanOrEqual(PIECE);
      expect(starts.has(start)).toBe(true);
    }
  });

  it('every copy of a repeated story gives its quotes: nothing is lost where pieces meet', () => {
    const one = en(story).quotes.map((q) => [q.text, q.speaker?.entity]);
    const all = en(long).quotes.map((q) => [q.text, q.speaker?.entity]);
    expect(one.length).toBeGreaterThan(2);
    expect(all).toEqual(Array.from({ length: copies }, () => one).flat());
  });
});
