export type EntityType = 'person' | 'state' | 'organization';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'state', 'organization'];

/** How an alias must match: exactly as written, also in capitals, or in any case. */
export type CaseRule = 'exact' | 'caps' | 'any';
export type FormKind = 'name' | 'alias' | 'metonym' | 'epithet';

export interface AliasSpec {
  text: string;
  case?: CaseRule;
  /** Where the file writes it, for warnings and traces. */
  at?: Position;
}

export interface Position {
  line: number;
  col: number;
}

export interface Role {
  title: string;
  org?: string;
  from?: string;
  to?: string;
}

/** Where an entry was defined, for error messages. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

/** One entity as validated from YAML. */
export interface EntityEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: AliasSpec[];
  metonyms: AliasSpec[];
  epithets: AliasSpec[];
  roles: Role[];
  tags: string[];
  origin: Origin;
  /** Where the file writes the name. */
  nameAt?: Position;
}

/** The kinds of words in names.yaml that never name a person on their own. */
export const NEVER_NAMES = [
  'currencies-units',
  'legal-words',
  'fields',
  'nationality-words',
  'generic-org-words',
  'event-words',
  'terms',
  'faiths',
] as const;

/** The language data, as read from lexicons/language/*.yaml. */
/** The lists of reading.yaml: how a claim is read once its cue and speaker are found. */
export const READING_LISTS = [
  'negations',
  'negation-bridges',
  'shell-nouns',
  'similar-words',
  'shell-trailers',
  'time-words',
  'unnamed-groups',
  'government-of',
  'verb-adjuncts',
  'place-adjuncts',
  'occasion-adjuncts',
  'occasion-nouns',
  'clause-links',
  'according-enclitic',
  'manner-joins',
  'example-markers',
  'account-openers',
  'account-nouns',
  'account-modifiers',
  'predicate-prefixes',
  'root-predicates',
  'relatives',
  'auxiliaries',
] as const;

/** The entries of confidence.yaml: how sure a speaker is, by how it was found. */
export const CONFIDENCE_KEYS = [
  'name-after-quote',
  'pronoun-after-quote',
  'subject-after-quote',
  'led-by-claim',
  'last-speaker',
  'no-speaker',
  'unterminated',
  'subject',
  'pronoun-subject',
  'passive',
  'stance',
  'nominal',
  'account',
  'according',
  'according-short',
  'according-closing',
  'inline-lead',
  'inline-cue',
  'predicate',
  'fragment',
] as const;

export interface LanguageData {
  cues: {
    after: Record<string, string[]>;
    speech: Record<string, string[]>;
    stance: Record<string, string[]>;
    passive: Record<string, string[]>;
    nominal: Record<string, string[]>;
    phrases: Record<string, string[]>;
    clause: Record<string, string[]>;
    complementizers: string[];
    addressees: string[];
    'not-addressees': string[];
    according: string[];
    source: string[];
  };
  words: {
    pronouns: string[];
    enclitic: string;
    'home-state': string;
    'plural-pronouns': string[];
    'first-person': string[];
    stop: string[];
    'clause-openers': string[];
    locatives: string[];
    'place-units': string[];
    'place-words': string[];
    'org-heads': string[];
    days: string[];
    adverbs: string[];
    coordinators: string[];
    demonstratives: string[];
    degrees: string[];
    'name-markers': string[];
    portfolios: string[];
    'name-heads': string[];
    'clause-breaks': string[];
    'person-nouns': string[];
    'person-quantifiers': string[];
    prepositions: string[];
    'name-particles': string[];
    addresses: string[];
    'document-heads': string[];
    'anonymous-titles': string[];
    channels: string[];
    'nickname-markers': string[];
    'owner-words': string[];
    'long-form-connectors': string[];
    'name-connectors': string[];
    directions: string[];
    'glued-prepositions': string[];
    'verb-prefixes': string[];
    'passive-prefixes': string[];
    'passive-suffixes': string[];
    'quote-labels': string[];
  };
  titles: { titles: { title: string; short?: string[]; en?: string[] }[] };
  reading: Record<(typeof READING_LISTS)[number], string[]>;
  confidence: Record<(typeof CONFIDENCE_KEYS)[number], string>;
  english: {
    detect: { en: string[]; id: string[] };
    speech: Record<string, string[]>;
    according: string[];
    complementizers: string[];
    source: string[];
    negations: string[];
    passive: string[];
    states: string[];
    adjuncts: string[];
    'org-heads': string[];
    'person-nouns': string[];
    audiences: string[];
    pronouns: string[];
    'plural-pronouns': string[];
    stop: string[];
    openers: string[];
  };
  vocabulary: { common: string[]; places: string[]; names: string[]; given: string[] };
  /** Curated in lexicons/language/names.yaml: given names, and the words that never name a person. */
  names: Record<'given-names' | 'given-names-also-words' | (typeof NEVER_NAMES)[number], string[]>;
  /** Curated in lexicons/page/layouts.yaml: the header lines of outlets' pages. */
  layouts: {
    outlets: Record<string, { header: string[]; dateline?: string }>;
    common: string[];
    'outlet-forms': Record<string, string[]>;
    'dateline-places': string[];
    'outlet-words': string[];
    'told-words': string[];
  };
  article: {
    furniture: string[];
    'furniture-prefixes': string[];
    'byline-openers': string[];
    'byline-date-words': string[];
    'credit-openers': string[];
    months: Record<string, string[]>;
    'time-zones': Record<string, string>;
    abbreviations: string[];
  };
}

/** Everything a lexicon is before compilation: plain data, what the build precompiles. */
export interface LexiconData {
  entities: EntityEntry[];
  language: LanguageData;
}
