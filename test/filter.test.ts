// What --entity and --about find in a document: a query against its entities, listed or not.
import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../src/cli/options.js';
import { filterDocument, NO_FILTERS } from '../src/report/filter.js';
import { names, noMatches } from '../src/report/match.js';
import { IN_CLAIM, IN_QUOTE, PEOPLE } from './filter-texts.js';
import { lexicon, run } from './helpers.js';

const query = (text: string) => resolveEntities([text], lexicon)[0]!;

describe('a query names the entities of a document', () => {
  const people = run(PEOPLE);
  it('the document holds what the table assumes', () => {
    expect(people.entities.map((e) => `${e.id}${e.listed ? '' : ' (unlisted)'}`)).toEqual([
      'kpk',
      'agus-rahardjo',
      'bank-indonesia',
      'agus-martowardojo',
      'basuki-tjahaja-purnama',
      'bnpb',
      'bambang-surya-putra (unlisted)',
    ]);
  });

  it.each([
    { name: 'an id', query: 'agus-rahardjo', found: ['agus-rahardjo'] },
    { name: 'a name', query: 'Agus Rahardjo', found: ['agus-rahardjo'] },
    { name: 'case and spaces aside', query: ' agus   RAHARDJO ', found: ['agus-rahardjo'] },
    { name: 'diacritics folded', query: 'Agus Rahárdjo', found: ['agus-rahardjo'] },
    { name: 'a first name: both people named Agus', query: 'Agus', found: ['agus-rahardjo', 'agus-martowardojo'] },
    { name: 'a last name', query: 'Martowardojo', found: ['agus-martowardojo'] },
    { name: 'the last words of a name', query: 'Tjahaja Purnama', found: ['basuki-tjahaja-purnama'] },
    { name: 'the first and last words, in order', query: 'Basuki Purnama', found: ['basuki-tjahaja-purnama'] },
    { name: 'not a middle word alone', query: 'Tjahaja', found: [] },
    { name: 'not words out of order', query: 'Purnama Basuki', found: [] },
    { name: 'not a word the name lacks', query: 'Agus Salim', found: [] },
    { name: 'a lexicon alias', query: 'Ahok', found: ['basuki-tjahaja-purnama'] },
    { name: 'the text of a mention', query: 'kpk', found: ['kpk'] },
    { name: "an organization's name", query: 'Komisi Pemberantasan Korupsi', found: ['kpk'] },
    { name: "not one word of an organization's name", query: 'Korupsi', found: [] },
    { name: 'an unlisted speaker by name', query: 'Bambang Surya Putra', found: ['bambang-surya-putra'] },
    { name: 'an unlisted speaker by id', query: 'bambang-surya-putra', found: ['bambang-surya-putra'] },
    { name: 'an unlisted speaker by first name', query: 'bambang', found: ['bambang-surya-putra'] },
    { name: 'an unlisted speaker by the last words of the name', query: 'Surya Putra', found: ['bambang-surya-putra'] },
    { name: 'a name in no document', query: 'Habibie', found: [] },
    { name: 'an empty query', query: ' ', found: [] },
  ])('$name: $query', ({ query: q, found }) => {
    expect(people.entities.filter((e) => names(query(q), e)).map((e) => e.id)).toEqual(found);
  });
});

describe('--entity and --about keep what their entities said, or what mentions them', () => {
  const kept = (text: string, flag: 'entities' | 'about', q: string) => {
    const { result } = filterDocument(run(text), { ...NO_FILTERS, [flag]: [query(q)] });
    return [...result.quotes, ...result.claims].map((x) => `${x.id}: ${x.text}`);
  };

  it.each([
    {
      name: '--entity Agus: what both people named Agus said',
      text: PEOPLE,
      flag: 'entities',
      query: 'Agus',
      kept: ['q1: Kami akan memanggil semua saksi,', 'c1: ekonomi tumbuh lima persen'],
    },
    {
      name: '--entity by the last words of a name',
      text: PEOPLE,
      flag: 'entities',
      query: 'Tjahaja Purnama',
      kept: ['q2: Kami siap diperiksa,'],
    },
    {
      name: '--entity an unlisted speaker by first name',
      text: PEOPLE,
      flag: 'entities',
      query: 'Bambang',
      kept: ['q3: Sungai sudah dibersihkan,'],
    },
    {
      name: '--about an unlisted name inside a quote',
      text: IN_QUOTE,
      flag: 'about',
      query: 'Bambang Surya Putra',
      kept: ['q1: Saya punya teman bernama Bambang Surya Putra yang selalu membantu warga,'],
    },
    {
      name: '--about an unlisted name inside a claim',
      text: IN_CLAIM,
      flag: 'about',
      query: 'Bambang',
      kept: ['c1: Bahkan ketika Bambang Surya Putra meninjau tanggul'],
    },
    {
      name: '--about a listed entity, by the ids an item is about',
      text: 'Menurut Retno Marsudi, Indonesia mendukung Palestina.',
      flag: 'about',
      query: 'Palestina',
      kept: ['c1: Indonesia mendukung Palestina'],
    },
    { name: '--about a name in no document', text: IN_QUOTE, flag: 'about', query: 'Habibie', kept: [] },
  ] as const)('$name', ({ text, flag, query: q, kept: want }) => {
    expect(kept(text, flag, q)).toEqual(want);
  });

  it('says which queries named an entity, by index', () => {
    const { matched } = filterDocument(run(PEOPLE), {
      ...NO_FILTERS,
      entities: resolveEntities(['Habibie', 'Agus'], lexicon),
      about: resolveEntities(['Bambang', 'Tjahaja', 'KPK'], lexicon),
    });
    expect(matched).toEqual({ entities: [1], about: [0, 2] });
  });
});

describe('a value that named nothing', () => {
  const queries = {
    entities: resolveEntities(['Habibie', 'Agus'], lexicon),
    about: resolveEntities(['Habibie'], lexicon),
  };
  it.each([
    {
      documents: 3,
      found: { entities: [1], about: [] },
      messages: [
        '--entity "Habibie" matched no speaker in 3 documents',
        '--about "Habibie" matched no entity in 3 documents',
      ],
    },
    {
      documents: 1,
      found: { entities: [], about: [0] },
      messages: [
        '--entity "Habibie" matched no speaker in 1 document',
        '--entity "Agus" matched no speaker in 1 document',
      ],
    },
    { documents: 2, found: { entities: [0, 1], about: [0] }, messages: [] },
    { documents: 0, found: { entities: [], about: [] }, messages: [] },
  ])('$documents documents, found $found', ({ documents, found, messages }) => {
    const matched = { entities: new Set(found.entities), about: new Set(found.about) };
    expect(noMatches(queries, matched, documents)).toEqual(messages.map((message) => ({ code: 'no-match', message })));
  });
});
