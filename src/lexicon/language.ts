import { check, list, map, record, string, type Shape } from './schema.js';
import { LexiconError } from './errors.js';
import { CONFIDENCE_KEYS, type LanguageData, NEVER_NAMES, READING_LISTS } from './types.js';
import { parseYaml } from './yaml.js';

const words = list(string());
// A cue is one word: the tables are looked up token by token.
const oneWord = list(string({ pattern: /^\S+$/, what: 'one word' }));
const kinds = map(oneWord);
const probability = string({ pattern: /^(0(\.\d+)?|1(\.0+)?)$/, what: 'a number from 0 to 1' });
// A verb and the word after it: "meminta maaf".
const twoWords = map(list(string({ pattern: /^\S+ \S+$/, what: 'two words' })));

/** The lists of names.yaml: given names, then the kinds of words that never name a person. */
const NAME_LISTS = ['given-names', 'given-names-also-words', ...NEVER_NAMES] as const;

/** The shape of each language file in lexicons/language/. */
export const LANGUAGE_FILES: Readonly<Record<keyof LanguageData, Shape>> = {
  cues: record(
    {
      after: kinds,
      speech: kinds,
      stance: kinds,
      passive: kinds,
      nominal: kinds,
      phrases: twoWords,
      clause: kinds,
      complementizers: words,
      addressees: words,
      'not-addressees': words,
      according: words,
      source: words,
    },
    [
      'after',
      'speech',
      'stance',
      'passive',
      'nominal',
      'phrases',
      'clause',
      'complementizers',
      'addressees',
      'not-addressees',
      'according',
      'source',
    ],
  ),
  words: record(
    {
      pronouns: words,
      enclitic: string(),
      'home-state': string(),
      'plural-pronouns': words,
      'first-person': words,
      stop: words,
      'clause-openers': words,
      locatives: words,
      'place-units': words,
      'place-words': words,
      'org-heads': words,
      days: words,
      adverbs: words,
      coordinators: words,
      demonstratives: words,
      degrees: words,
      'name-markers': words,
      portfolios: words,
      'name-heads': words,
      'clause-breaks': words,
      'person-nouns': words,
      'person-quantifiers': words,
      prepositions: words,
      'name-particles': words,
      addresses: words,
      'document-heads': words,
      'anonymous-titles': words,
      channels: words,
      'nickname-markers': words,
      'owner-words': words,
      'long-form-connectors': words,
      'name-connectors': words,
      directions: words,
      'glued-prepositions': words,
      'verb-prefixes': words,
      'passive-prefixes': words,
      'passive-suffixes': words,
      'quote-labels': words,
    },
    [
      'pronouns',
      'enclitic',
      'home-state',
      'plural-pronouns',
      'first-person',
      'stop',
      'clause-openers',
      'locatives',
      'place-units',
      'place-words',
      'org-heads',
      'days',
      'adverbs',
      'coordinators',
      'demonstratives',
      'degrees',
      'name-markers',
      'portfolios',
      'name-heads',
      'clause-breaks',
      'person-nouns',
      'person-quantifiers',
      'prepositions',
      'name-particles',
      'addresses',
      'document-heads',
      'anonymous-titles',
      'channels',
      'nickname-markers',
      'owner-words',
      'long-form-connectors',
      'name-connectors',
      'directions',
      'glued-prepositions',
      'verb-prefixes',
      'passive-prefixes',
      'passive-suffixes',
      'quote-labels',
    ],
  ),
  vocabulary: record({ common: words, places: words, names: words, given: words }, [
    'common',
    'places',
    'names',
    'given',
  ]),
  names: record(Object.fromEntries(NAME_LISTS.map((part) => [part, words])), [...NAME_LISTS]),
  titles: record({ titles: list(record({ title: string(), short: words, en: words }, ['title'])) }, ['titles']),
  reading: record(Object.fromEntries(READING_LISTS.map((k) => [k, words])), [...READING_LISTS]),
  confidence: record(Object.fromEntries(CONFIDENCE_KEYS.map((k) => [k, probability])), [...CONFIDENCE_KEYS]),
  english: record(
    {
      detect: record({ en: words, id: words }, ['en', 'id']),
      speech: kinds,
      according: words,
      complementizers: words,
      source: words,
      negations: words,
      passive: words,
      states: words,
      adjuncts: words,
      'org-heads': words,
      'person-nouns': words,
      audiences: words,
      pronouns: words,
      'plural-pronouns': words,
      stop: words,
      openers: words,
    },
    [
      'detect',
      'speech',
      'according',
      'complementizers',
      'source',
      'negations',
      'passive',
      'states',
      'adjuncts',
      'org-heads',
      'person-nouns',
      'audiences',
      'pronouns',
      'plural-pronouns',
      'stop',
      'openers',
    ],
  ),
  layouts: record(
    {
      outlets: map(
        record({ header: list(string({ pattern: /\S/, what: 'a template' })), dateline: string() }, ['header']),
      ),
      common: words,
      'outlet-forms': map(words),
      'dateline-places': words,
      'outlet-words': words,
      'told-words': list(string({ pattern: /^[a-z]+$/, what: 'one lowercase word' })),
    },
    ['outlets', 'common', 'outlet-forms', 'dateline-places', 'outlet-words', 'told-words'],
  ),
  article: record(
    {
      furniture: words,
      'furniture-prefixes': words,
      'byline-openers': words,
      'byline-date-words': words,
      'credit-openers': words,
      months: kinds,
      'time-zones': map(string()),
      abbreviations: words,
    },
    [
      'furniture',
      'furniture-prefixes',
      'byline-openers',
      'byline-date-words',
      'credit-openers',
      'months',
      'time-zones',
      'abbreviations',
    ],
  ),
};

export type LanguagePart = keyof LanguageData;

/** The folder of each part under lexicons/: the page's layouts are no language. */
export function partFile(part: LanguagePart): string {
  return part === 'layouts' ? `page/${part}.yaml` : `language/${part}.yaml`;
}

/** Reads one language file (cues, words, titles or article) and checks its shape. */
export function readLanguagePart<K extends LanguagePart>(part: K, source: string, file: string): LanguageData[K] {
  const { root, loc } = parseYaml(source, file);
  if (root === null || root === undefined) throw new LexiconError(file, 1, 1, 'the file is empty');
  return check(root, LANGUAGE_FILES[part], loc, part) as LanguageData[K];
}
