import { tokensOf } from '../text/tokenize.js';
import { VOCABULARY } from '../text/vocabulary.js';
import { compileLayout, type HeaderLayout } from '../text/layouts.js';
import type { PageWords } from '../text/segment.js';
import { LexiconError } from './errors.js';
import { TokenTrie } from './trie.js';
import { WordKinds, WordSet, type WordTest } from './word-set.js';
import {
  type AliasSpec,
  type CaseRule,
  type EntityEntry,
  type FormKind,
  type LanguageData,
  type LexiconData,
  NEVER_NAMES,
  CONFIDENCE_KEYS,
} from './types.js';

/** A surface form of an entity in the name trie. */
export interface EntityForm {
  entity: number;
  form: FormKind;
  rule: CaseRule;
  surface: readonly string[];
  /** The form as the entry writes it. */
  spec: AliasSpec;
}

/** A surface form of a title ("Sekjen" → Sekretaris Jenderal). */
export interface TitleForm {
  title: string;
  rule: CaseRule;
  surface: readonly string[];
}

/** A cue word: the speech act it names, and whether it carries its own pronoun (-nya). */
export interface CueEntry {
  kind: string;
  pronoun: boolean;
  /** The tokens it spans: 2 for a verb with its noun ("meminta maaf"). */
  words: number;
}

export interface RoleHolder {
  entity: number;
  from: string | undefined;
  to: string | undefined;
}

/** A cue verb of any table: a speaker phrase never runs through one. (Cue nouns such as
 * "keterangan" may: "sebut keterangan pers Kemlu RI".) */
export function isCueWord(lang: LanguagePack, lower: string): boolean {
  return lang.cueVerbs.has(lower);
}

/** English reporting, compiled: cue verbs by speech act, and word classes. */
export interface English {
  /** The titles with their English forms as well. */
  titles: TokenTrie<TitleForm>;
  /** The function words that tell English from Indonesian. */
  detectEn: WordSet;
  detectId: WordSet;
  /** A reporting verb → the speech act it names. */
  speech: ReadonlyMap<string, string>;
  according: WordSet;
  complementizers: WordSet;
  /** Words that cite a report's source ("as reported by"): a claim's content ends before them. */
  source: WordSet;
  /** Words that make a reporting verb after them report nothing ("did not say"). */
  negations: WordSet;
  /** Forms of "be": a reporting verb after one is passive ("is expected to"). */
  passive: WordSet;
  /** Participles that after "be" are a state of mind, not a passive ("is worried"). */
  states: WordSet;
  /** Words that open a time or place phrase after a reporting verb ("said on Tuesday that"). */
  adjuncts: WordSet;
  /** Words that make a run of capitals an organization's name ("Supreme Court"). */
  orgHeads: WordSet;
  /** Nouns for a person that, after "the", point back to one named before ("the judge said"). */
  personNouns: WordSet;
  audiences: WordSet;
  pronouns: WordSet;
  pluralPronouns: WordSet;
  stop: WordSet;
  openers: WordSet;
}

function compileEnglish(e: LanguageData['english']): Omit<English, 'titles'> {
  const speech = new Map<string, string>();
  for (const [kind, verbs] of Object.entries(e.speech))
    for (const v of verbs) if (!speech.has(v)) speech.set(v.toLowerCase(), kind);
  return {
    detectEn: new WordSet(e.detect.en.map((w) => w.toLowerCase())),
    detectId: new WordSet(e.detect.id.map((w) => w.toLowerCase())),
    speech,
    according: set(e.according),
    complementizers: set(e.complementizers),
    source: set(e.source),
    negations: set(e.negations),
    passive: set(e.passive),
    states: set(e.states),
    adjuncts: set(e.adjuncts),
    orgHeads: set(e['org-heads']),
    personNouns: set(e['person-nouns']),
    audiences: set(e.audiences),
    pronouns: set(e.pronouns),
    pluralPronouns: set(e['plural-pronouns']),
    stop: set(e.stop),
    openers: set(e.openers),
  };
}

/** The bits of LanguagePack.wordKinds. */
export const WORD_KIND = { notName: 1, name: 2, common: 4, place: 8, given: 16, givenName: 32 } as const;

/** Word classes and cue tables, as sets and maps for constant-time lookups. */
/** How a claim is read once its cue and speaker are found (reading.yaml). */
export interface ReadingRules {
  negations: WordSet;
  negationBridges: WordSet;
  shellNouns: WordSet;
  similarWords: WordSet;
  shellTrailers: WordSet;
  /** Time words, days and months: what may follow a speaker after the words. */
  timeWords: WordSet;
  unnamedGroups: WordSet;
  governmentOf: WordSet;
  verbAdjuncts: WordSet;
  placeAdjuncts: WordSet;
  occasionAdjuncts: WordSet;
  occasionNouns: WordSet;
  clauseLinks: WordSet;
  /** The -nya forms that open a view (baginya): the words themselves, with -nya. */
  accordingEnclitic: WordSet;
  mannerJoins: WordSet;
  exampleMarkers: WordSet;
  accountOpeners: WordSet;
  accountNouns: WordSet;
  accountModifiers: WordSet;
  predicatePrefixes: readonly string[];
  rootPredicates: WordSet;
  relatives: WordSet;
  auxiliaries: WordSet;
}

/** The Indonesian reader's language pack: its word lists, cue tables and word classes, compiled from lexicons/language/. */
export interface LanguagePack {
  after: ReadonlyMap<string, CueEntry>;
  /** Every word of the cue tables, with menurut(nya): one lookup before the tables are read. */
  cueWords: WordSet;
  /** The words isCueWord answers for. */
  cueVerbs: WordSet;
  /**
   * How a capitalized word reads in a speaker phrase, in one lookup: NOT_NAME (a cue,
   * organization head, day, function word, place or portfolio), NAME, COMMON (bits).
   */
  wordKinds: WordKinds;
  speech: ReadonlyMap<string, CueEntry>;
  stance: ReadonlyMap<string, CueEntry>;
  passive: ReadonlyMap<string, CueEntry>;
  nominal: ReadonlyMap<string, CueEntry>;
  reading: ReadingRules;
  /** A verb → the words that, right after it, make it another speech act ("meminta maaf"). */
  phrases: ReadonlyMap<string, ReadonlyMap<string, CueEntry>>;
  /** Verbs that report only when a complementizer or a comma follows them ("merasa bahwa …"). */
  clause: ReadonlyMap<string, CueEntry>;
  complementizers: WordSet;
  /** Words that open the one spoken to (kepada wartawan), and words that make them no such opening (ke depan). */
  addressees: WordSet;
  notAddressees: WordSet;
  according: WordSet;
  source: WordSet;
  pronouns: WordSet;
  enclitic: string;
  /** The state whose offices a bare title names, when the dateline names none (a lexicon id). */
  homeState: string;
  pluralPronouns: WordSet;
  firstPerson: WordSet;
  stop: WordSet;
  clauseOpeners: WordSet;
  locatives: WordSet;
  placeUnits: WordSet;
  orgHeads: WordSet;
  days: WordSet;
  adverbs: WordSet;
  coordinators: WordSet;
  demonstratives: WordSet;
  /** Parts of academic degrees written after names (S.Pd., M.Si., SH.). */
  degrees: WordSet;
  /** Words after which a person's name is given (disapa, bernama). */
  nameMarkers: WordSet;
  /** Ministries' and offices' portfolios (Kebudayaan, Agama): never part of a person's name. */
  portfolios: WordSet;
  /** Words that make the name after them part of a longer one (Bank Indonesia). */
  nameHeads: WordSet;
  /** Conjunctions that open a new clause after a comma (sementara, sedangkan). */
  clauseBreaks: WordSet;
  /** Nouns for people (pria, warga, peserta) and what makes them indefinite (salah satu). */
  personNouns: WordSet;
  personQuantifiers: WordSet;
  prepositions: WordSet;
  /** Particles inside people's names (bin, al, van). */
  nameParticles: WordSet;
  /** Forms of address before a name (Pak, Bu, Mbak): a capital after one is a person. */
  addresses: WordSet;
  /** Words that head a law's, a document's, a programme's or an event's name (Pasal, Program). */
  documentHeads: WordSet;
  /** Titles that name no one in particular (pejabat, sumber): the organization after them speaks. */
  anonymousTitles: WordSet;
  /** Words after which a platform is the channel, not the speaker (melalui, akun). */
  channels: WordSet;
  /** Words after which the full name follows the nickname given before ("Emil, sapaan akrab Ridwan Kamil"). */
  nicknameMarkers: WordSet;
  /** Nouns of what a person owns (milik, warung, kediaman): the capital after one is a person. */
  ownerWords: WordSet;
  /** Words that name what a quote after them is called (bertema, film, tagar): the quote is a label. */
  quoteLabels: WordSet;
  /** What makes a lowercase word read as a verb: active prefixes, and passive ones with their suffixes. */
  verbAffixes: { active: readonly string[]; passive: readonly string[]; passiveEnds: readonly string[] };
  /** Words inside a long form before its acronym, inside an organization's name, compass points, glued prepositions. */
  longFormConnectors: WordSet;
  nameConnectors: WordSet;
  directions: WordSet;
  gluedPrepositions: readonly string[];
  /** Both kinds of markers, for a first test of every token that needs no hashing. */
  markerWords: WordSet;
  /** Words the news writes in lowercase: a sentence-initial capital on them is no name. */
  common: WordTest;
  /** Capitalized words that name places (Jakarta, Cilacap): never part of a person's name. */
  places: WordTest;
  /** Words the news uses in people's names (Agus, Saputra): a capital on them is a name. */
  names: WordTest;
  /** Names that open the names of many people (Dedi, Agus): alone they tell nobody apart. */
  given: WordTest;
  /** Given names, curated (Agus, Siti, Made, Lee): a capital on one opens a person's name. */
  givenNames: WordTest;
  /** Given names that are also ordinary words (Budi, Bayu, Hari): names inside a run of capitals, not at a sentence's start. */
  givenAlso: WordSet;
  /** Words of origin (asal, keturunan, kelahiran): the capital after one is a place, not a person. */
  originWords: WordSet;
  /** Words that continue a place's name after it (Jawa Timur, Jakarta Selatan). */
  placeWords: WordSet;
  abbreviations: WordSet;
}

/** A lexicon compiled for matching: built once, shared by every document of a run. */
export interface Lexicon {
  readonly entities: readonly EntityEntry[];
  readonly index: ReadonlyMap<string, number>;
  readonly names: TokenTrie<EntityForm>;
  readonly titles: TokenTrie<TitleForm>;
  /** "title|org" (lowercased title, org id) → who held it, and when. */
  readonly roles: ReadonlyMap<string, readonly RoleHolder[]>;
  readonly lang: LanguagePack;
  /** How sure a speaker is, by how it was found (confidence.yaml), for every reader. */
  readonly confidence: Confidence;
  /** The English tables, for documents in English. */
  readonly english: English;
  readonly page: PageWords;
  /** The plain data it was compiled from. */
  readonly data: LexiconData;
}

/**
 * Compiles lexicon data for matching. `checked` data (the built-in lexicon as the build step
 * wrote it, after compiling it once) skips the checks for duplicate ids and shared names.
 */
export function compile(data: LexiconData, checked = false): Lexicon {
  const index = indexOf(data, checked);
  const names = new TokenTrie<EntityForm>();
  const roles = new Map<string, RoleHolder[]>();
  const owner = new Map<string, EntityEntry>();
  // The built-in names go into the trie when a document first reads their first word.
  const waiting = new Waiting(names, checked && trieWordsKnown, entityForm);
  data.entities.forEach((e, i) => {
    const add = (spec: AliasSpec, form: FormKind) => {
      if (!checked) claim(owner, keysOf(spec.text).join(' '), e, spec);
      waiting.add(spec.text, [i, form, spec]);
    };
    add({ text: e.name, ...(e.nameAt ? { at: e.nameAt } : {}) }, 'name');
    for (const a of e.aliases) add(a, 'alias');
    for (const a of e.metonyms) add(a, 'metonym');
    for (const a of e.epithets) add(a, 'epithet');
    for (const r of e.roles) {
      if (!checked && r.org !== undefined && !index.has(r.org)) {
        const o = e.origin;
        throw new LexiconError(
          o.file,
          o.line,
          o.col,
          `entry "${e.id}": role "${r.title}" names an unknown org "${r.org}"`,
        );
      }
      const key = roleKey(r.title, r.org);
      const list = roles.get(key) ?? [];
      list.push({ entity: i, from: r.from, to: r.to });
      roles.set(key, list);
    }
  });
  waiting.done();
  const { titles, englishTitles } = titleTries(data);
  const lexicon: Lexicon = {
    entities: data.entities,
    index,
    names,
    titles,
    roles,
    lang: compileLanguage(data.language),
    confidence: compileConfidence(data.language),
    english: { ...compileEnglish(data.language.english), titles: englishTitles },
    page: pageWords(data),
    data,
  };
  // The lexicon's words keep their numbers for good: its sets and tries answer by them.
  VOCABULARY.pin();
  return lexicon;
}

/** A name's trie payload, made when a document first reads its first word. */
function entityForm([entity, form, spec]: [number, FormKind, AliasSpec]): EntityForm {
  return { entity, form, rule: ruleOf(spec, form), surface: surfaceOf(spec.text), spec };
}

/** Each entry's index by id; an id defined twice is an error naming both places. */
function indexOf(data: LexiconData, checked: boolean): Map<string, number> {
  const index = new Map<string, number>();
  data.entities.forEach((e, i) => {
    const before = checked ? undefined : index.get(e.id);
    if (before !== undefined) {
      const o = data.entities[before]!.origin;
      const msg = `id "${e.id}" is already defined at ${o.file}:${o.line}:${o.col}`;
      throw new LexiconError(e.origin.file, e.origin.line, e.origin.col, msg);
    }
    index.set(e.id, i);
  });
  return index;
}

/** One name, two entities: the matcher could not tell them apart, so it is an error naming both. */
function claim(owner: Map<string, EntityEntry>, key: string, e: EntityEntry, spec: AliasSpec): void {
  const other = owner.get(key);
  if (other && other.id !== e.id) {
    const o = other.origin;
    const msg = `entry "${e.id}": "${spec.text}" is also a name of "${other.id}" (${o.file}:${o.line}:${o.col})`;
    throw new LexiconError(e.origin.file, e.origin.line, e.origin.col, msg);
  }
  owner.set(key, e);
}

/**
 * Indonesian documents read the titles as Indonesian writes them; English ones also read their
 * English forms ("Secretary-General", "Secretary of State"), which stand for the same offices.
 * (In Indonesian text an English "Director" inside "Managing Director Twitter Southeast Asia
 * Arvinder Gujral" would cut the name short.)
 */
function titleTries(data: LexiconData) {
  const titles = new Waiting(new TokenTrie<TitleForm>(), trieWordsKnown, titleForm);
  const englishTitles = new Waiting(new TokenTrie<TitleForm>(), trieWordsKnown, titleForm);
  for (const t of data.language.titles.titles) {
    for (const trie of [titles, englishTitles]) {
      trie.add(t.title, [t.title, 'any', t.title]);
      for (const s of t.short ?? []) trie.add(s, [t.title, 'exact', s]);
    }
    for (const s of t.en ?? []) englishTitles.add(s, [t.title, 'any', s]);
  }
  return { titles: titles.done(), englishTitles: englishTitles.done() };
}

/** A title's trie payload: the title, its case rule, the form written. */
function titleForm([title, rule, written]: [string, CaseRule, string]): TitleForm {
  return { title, rule, surface: surfaceOf(written) };
}

/**
 * Names for a trie, each with what its payload is made from (`make` makes it). When their words
 * are numbered for good already (knownTrieWords), they are gathered by their first word and
 * handed to the trie with TokenTrie.later, so that each is split, and its payload made, only
 * when a document reads its first word; otherwise they go in at once.
 */
class Waiting<P, S> {
  /** By first word: text, source, text, source… in the order added. */
  private readonly byFirst = new Map<string, (string | S)[]>();

  constructor(
    private readonly trie: TokenTrie<P>,
    private readonly lazy: boolean,
    private readonly make: (source: S) => P,
  ) {}

  add(text: string, source: S): void {
    if (!this.lazy) {
      this.trie.insert(keysOf(text), this.make(source));
      return;
    }
    const first = firstKeyOf(text);
    if (first === undefined) return; // no words: nothing to match
    const list = this.byFirst.get(first);
    if (list) list.push(text, source);
    else this.byFirst.set(first, [text, source]);
  }

  done(): TokenTrie<P> {
    const make = this.make;
    for (const [first, names] of this.byFirst)
      this.trie.later(first, (insert) => {
        for (let n = 0; n < names.length; n += 2) insert(keysOf(names[n] as string), make(names[n + 1] as S));
      });
    return this.trie;
  }
}

/** Set once the words of the built-in names and titles are numbered for good. */
let trieWordsKnown = false;

/**
 * The words of the built-in lexicon's names and titles as the build lists them (trieWords),
 * numbered for good before any document is read: its tries can then wait (TokenTrie.later).
 */
export function knownTrieWords(words: readonly string[]): void {
  for (const w of words) VOCABULARY.intern(w);
  VOCABULARY.pin();
  trieWordsKnown = true;
}

export function roleKey(title: string, org: string | undefined): string {
  return `${title.toLowerCase()}|${org ?? ''}`;
}

/** A name's tokens as written (for case rules) and as lookups see them (the trie keys). */
export interface Form {
  surface: string[];
  keys: string[];
}

const forms = new Map<string, Form>();
/** Plain ASCII words and single spaces: most names, split without the tokenizer at start-up. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function formOf(text: string): Form {
  let f = forms.get(text);
  if (!f) {
    if (PLAIN.test(text)) {
      f = { surface: text.split(' '), keys: text.toLowerCase().split(' ') };
    } else {
      const tokens = tokensOf(text);
      f = { surface: [], keys: [] };
      for (let i = 0; i < tokens.length; i++) {
        f.surface.push(tokens.text(i));
        f.keys.push(tokens.lower(i));
      }
    }
    forms.set(text, f);
  }
  return f;
}

/** The forms made so far that took the tokenizer, as the build writes them beside the built-in lexicon. */
export function tokenizedForms(): Record<string, Form> {
  return Object.fromEntries([...forms].filter(([text]) => !PLAIN.test(text)));
}

/**
 * Every word of the forms made so far, once each: after the built-in lexicon is compiled at
 * once, the words of its names' and titles' keys, as the build writes them (knownTrieWords).
 */
export function trieWords(): string[] {
  const words = new Set<string>();
  for (const f of forms.values()) for (const k of f.keys) words.add(k);
  return [...words];
}

/**
 * Forms the build made (tokenizedForms), so that a run on the built-in lexicon starts without
 * tokenizing its names: the tokenizer's first calls are slow ones, before it is optimized.
 */
export function knownForms(made: Record<string, Form>): void {
  for (const [text, f] of Object.entries(made)) forms.set(text, f);
}

/** keysOf(text)[0], without splitting the whole of a plain name. */
function firstKeyOf(text: string): string | undefined {
  const made = forms.get(text);
  if (made) return made.keys[0];
  if (!PLAIN.test(text)) return keysOf(text)[0];
  const space = text.indexOf(' ');
  return (space < 0 ? text : text.slice(0, space)).toLowerCase();
}

export function surfaceOf(text: string): string[] {
  return formOf(text).surface;
}

/** The trie keys of a name: its tokens as lookups see them (lowercase, diacritics folded). */
export function keysOf(text: string): string[] {
  return formOf(text).keys;
}

/** The case rule of a form: its own, or the default for its kind. */
export function ruleOf(spec: AliasSpec, form: FormKind): CaseRule {
  return spec.case ?? defaultRule(spec.text, form);
}

/** Acronyms (AS, PBB) match only as written; names also in capitals; epithets in any case. */
function defaultRule(text: string, form: FormKind): CaseRule {
  if (form === 'epithet') return 'any';
  // Letters, none of them lowercase: an acronym.
  return text === text.toUpperCase() && text !== text.toLowerCase() ? 'exact' : 'caps';
}

function cueTable(groups: Record<string, string[]>, withEnclitic: string | null): Map<string, CueEntry> {
  const out = new Map<string, CueEntry>();
  for (const [kind, words] of Object.entries(groups)) {
    for (const w of words) {
      const lower = w.toLowerCase();
      if (!out.has(lower)) out.set(lower, { kind, pronoun: false, words: 1 });
      if (withEnclitic !== null && !out.has(lower + withEnclitic))
        out.set(lower + withEnclitic, { kind, pronoun: true, words: 1 });
    }
  }
  return out;
}

/** Two-word cues, by verb then the word after it, that word also with its enclitic ("kekecewaannya"). */
function phraseTable(groups: Record<string, string[]>, enclitic: string): Map<string, Map<string, CueEntry>> {
  const out = new Map<string, Map<string, CueEntry>>();
  for (const [kind, phrases] of Object.entries(groups)) {
    for (const p of phrases) {
      const [verb, noun] = p.toLowerCase().split(' ') as [string, string];
      const nouns = out.get(verb) ?? new Map<string, CueEntry>();
      for (const n of [noun, noun + enclitic]) if (!nouns.has(n)) nouns.set(n, { kind, pronoun: false, words: 2 });
      out.set(verb, nouns);
    }
  }
  return out;
}

const lower = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());
const set = (xs: readonly string[]): WordSet => new WordSet(lower(xs));

function compileLanguage(l: LanguageData): LanguagePack {
  const kinds = wordKindsOf(l);
  return {
    wordKinds: kinds,
    ...compileCues(l),
    reading: compileReading(l),
    ...compileWords(l),
    // The vocabulary is large: one map holds it, and the word classes are views of it.
    common: kinds.test(WORD_KIND.common),
    places: kinds.test(WORD_KIND.place),
    names: kinds.test(WORD_KIND.name),
    given: kinds.test(WORD_KIND.given),
    givenNames: kinds.test(WORD_KIND.givenName),
    originWords: set(l.names['nationality-words']),
    givenAlso: set(l.names['given-names-also-words']),
    abbreviations: new WordSet([...set(l.article.abbreviations), ...dottedTitles(l)]),
  };
}

/** The cue tables of cues.yaml, and the words that make a token worth a cue lookup. */
function compileCues(l: LanguageData) {
  const nya = l.words.enclitic;
  const after = cueTable(l.cues.after, nya);
  const speech = cueTable(l.cues.speech, null);
  const stance = cueTable(l.cues.stance, null);
  const passive = cueTable(l.cues.passive, nya);
  const nominal = cueTable(l.cues.nominal, null);
  const phrases = phraseTable(l.cues.phrases, nya);
  const clause = cueTable(l.cues.clause, null);
  const according = set(l.cues.according);
  const source = set(l.cues.source);
  const accordingNya = [...according].map((w) => w + nya);
  const verbs = [...after.keys(), ...speech.keys(), ...stance.keys(), ...passive.keys(), ...according, ...accordingNya];
  return {
    after,
    speech,
    stance,
    passive,
    nominal,
    phrases,
    clause,
    according,
    source,
    cueWords: new WordSet([
      ...verbs,
      ...nominal.keys(),
      ...phrases.keys(),
      ...clause.keys(),
      ...set(l.reading['account-nouns']),
      ...l.reading['according-enclitic'].map((w) => w + nya),
    ]),
    cueVerbs: new WordSet([...verbs, ...source]),
    complementizers: set(l.cues.complementizers),
    addressees: set(l.cues.addressees),
    notAddressees: set(l.cues['not-addressees']),
  };
}

/** The closed word classes of words.yaml. */
function compileWords(l: LanguageData) {
  const w = l.words;
  return {
    pronouns: set(w.pronouns),
    enclitic: w.enclitic,
    homeState: w['home-state'],
    pluralPronouns: set(w['plural-pronouns']),
    firstPerson: set(w['first-person']),
    stop: set(w.stop),
    clauseOpeners: set(w['clause-openers']),
    locatives: set(w.locatives),
    placeUnits: set(w['place-units']),
    orgHeads: set(w['org-heads']),
    days: set(w.days),
    adverbs: set(w.adverbs),
    coordinators: set(w.coordinators),
    demonstratives: set(w.demonstratives),
    degrees: set(w.degrees),
    nameMarkers: set(w['name-markers']),
    portfolios: set(w.portfolios),
    nameHeads: set(w['name-heads']),
    clauseBreaks: set(w['clause-breaks']),
    personNouns: set(w['person-nouns']),
    personQuantifiers: set(w['person-quantifiers']),
    prepositions: set(w.prepositions),
    nameParticles: set(w['name-particles']),
    addresses: set(w.addresses),
    documentHeads: set(w['document-heads']),
    anonymousTitles: set(w['anonymous-titles']),
    channels: set(w.channels),
    nicknameMarkers: set(w['nickname-markers']),
    ownerWords: set(w['owner-words']),
    quoteLabels: set(w['quote-labels']),
    verbAffixes: {
      active: w['verb-prefixes'].map((x) => x.toLowerCase()),
      passive: w['passive-prefixes'].map((x) => x.toLowerCase()),
      passiveEnds: w['passive-suffixes'].map((x) => x.toLowerCase()),
    },
    longFormConnectors: set(w['long-form-connectors']),
    nameConnectors: set(w['name-connectors']),
    directions: set(w.directions),
    gluedPrepositions: w['glued-prepositions'].map((x) => x.toLowerCase()),
    markerWords: new WordSet([...set(w['name-markers']), ...set(w['nickname-markers'])]),
    placeWords: set(w['place-words']),
  };
}

/** What each word is, as bits: never a name, a place, a name, common, given, a curated given name. */
function wordKindsOf(l: LanguageData): WordKinds {
  const kinds = new WordKinds();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  mark(lower(l.cues.according), WORD_KIND.notName);
  for (const part of ['org-heads', 'days', 'stop', 'portfolios', 'addresses'] as const)
    mark(lower(l.words[part]), WORD_KIND.notName);
  // Months and time zones: "… yang dilantik pada Maret lalu", "pukul 10.00 WIB".
  mark(lower(Object.values(l.article.months).flat()), WORD_KIND.notName);
  mark(lower(Object.keys(l.article['time-zones'])), WORD_KIND.notName);
  mark(l.vocabulary.places, WORD_KIND.notName | WORD_KIND.place);
  mark(l.vocabulary.names, WORD_KIND.name);
  mark(l.vocabulary.common, WORD_KIND.common);
  mark(l.vocabulary.given, WORD_KIND.given);
  // Curated: given names are names; currencies, units, legal words, fields, origin words, generic
  // organization words and events never name a person on their own.
  mark(l.names['given-names'], WORD_KIND.givenName | WORD_KIND.name);
  for (const part of NEVER_NAMES) mark(lower(l.names[part]), WORD_KIND.notName);
  return kinds;
}

/** How sure a speaker is, by how it was found: confidence.yaml's table, as numbers. */
export type Confidence = Readonly<Record<(typeof CONFIDENCE_KEYS)[number], number>>;

function compileConfidence(l: LanguageData): Confidence {
  return Object.fromEntries(CONFIDENCE_KEYS.map((k) => [k, Number(l.confidence[k])])) as Confidence;
}

function compileReading(l: LanguageData): ReadingRules {
  const r = l.reading;
  const months = Object.values(l.article.months).flat();
  return {
    negations: set(r.negations),
    negationBridges: set(r['negation-bridges']),
    shellNouns: set(r['shell-nouns']),
    similarWords: set(r['similar-words']),
    shellTrailers: set(r['shell-trailers']),
    timeWords: set([...r['time-words'], ...l.words.days, ...months]),
    unnamedGroups: set(r['unnamed-groups']),
    governmentOf: set(r['government-of']),
    verbAdjuncts: set(r['verb-adjuncts']),
    placeAdjuncts: set(r['place-adjuncts']),
    occasionAdjuncts: set(r['occasion-adjuncts']),
    occasionNouns: set(r['occasion-nouns']),
    clauseLinks: set(r['clause-links']),
    accordingEnclitic: set(r['according-enclitic'].map((w) => w + l.words.enclitic)),
    mannerJoins: set(r['manner-joins']),
    exampleMarkers: set(r['example-markers']),
    accountOpeners: set(r['account-openers']),
    accountNouns: set(r['account-nouns']),
    accountModifiers: set(r['account-modifiers']),
    predicatePrefixes: r['predicate-prefixes'].map((p) => p.toLowerCase()),
    rootPredicates: set(r['root-predicates']),
    relatives: set(r.relatives),
    auxiliaries: set(r.auxiliaries),
  };
}

/** Titles written short with a dot (Pj., Plt., Kombes.): their dot never ends a sentence. */
function dottedTitles(l: LanguageData): string[] {
  const out: string[] = [];
  for (const t of l.titles.titles) {
    for (const s of t.short ?? []) if (/^[^\s.]+\.$/.test(s)) out.push(s.slice(0, -1).toLowerCase());
  }
  return out;
}

function pageWords(data: LexiconData): PageWords {
  const a = data.language.article;
  const months = new Map<string, number>();
  for (const [n, names] of Object.entries(a.months)) for (const m of names) months.set(m.toLowerCase(), Number(n));
  const outlets = new Map<string, string>();
  for (const e of data.entities) {
    if (!e.tags.includes('outlet')) continue;
    for (const f of [{ text: e.name }, ...e.aliases]) outlets.set(f.text.toLowerCase(), e.name);
  }
  const layout = data.language.layouts;
  for (const [name, forms] of Object.entries(layout['outlet-forms']))
    for (const f of forms) outlets.set(f.toLowerCase(), name);
  return {
    furniture: set(a.furniture),
    furnitureLength: Math.max(0, ...a.furniture.map((f) => f.length)),
    furniturePrefixes: a['furniture-prefixes'],
    bylineOpeners: a['byline-openers'].map((x) => x.toLowerCase()),
    bylineDateWords: a['byline-date-words'].map((x) => x.toLowerCase()),
    creditOpeners: a['credit-openers'],
    days: set(data.language.words.days),
    months,
    timeZones: new Map(Object.entries(a['time-zones'])),
    outlets,
    places: new Set(data.language.vocabulary.places),
    datelinePlaces: set(layout['dateline-places']),
    outletWords: set(layout['outlet-words']),
    // Without the u flag the scan runs on the fast path; the words are plain ASCII.
    told: new RegExp(`(?:${layout['told-words'].join('|')})\\s`, 'g'),
    homePrefixes: new Set([...outlets].filter(([, name]) => name in layout.outlets).map(([form]) => form.slice(0, 3))),
    homeOutlets: new Set(Object.keys(layout.outlets)),
    layouts: headerLayouts(layout),
  };
}

/** The header templates, each once, most particular first: the more words of their own, the earlier; a name alone last. */
function headerLayouts(l: LexiconData['language']['layouts']): HeaderLayout[] {
  const templates = new Set([...Object.values(l.outlets).flatMap((o) => o.header), ...l.common]);
  const literal = (t: string) => t.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length;
  const bare = (t: string) => (t === '{author}' ? 2 : /^\{\w+\}$/.test(t) ? 1 : 0);
  return [...templates]
    .sort((a, b) => bare(a) - bare(b) || literal(b) - literal(a) || b.length - a.length || (a < b ? -1 : 1))
    .map(compileLayout);
}
