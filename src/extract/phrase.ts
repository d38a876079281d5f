import { isCueWord, type LanguagePack, type TitleForm } from '../lexicon/compile.js';
import type { TokenTrie } from '../lexicon/trie.js';
import { Kind, type Token, type Tokens } from '../text/tokenize.js';
import type { Context } from './context.js';

/** A noun phrase as a token range [first, end). */
export interface Phrase {
  first: number;
  end: number;
}

/** The fewest letters an active verb has, and a passive one (words.yaml's verb affixes). */
const ACTIVE_MIN = 6;
const PASSIVE_MIN = 7;

/** A lowercase word that reads as a verb (me-, ber-, di-…-kan/-i): it ends a noun phrase. */
export function looksLikeVerb(lang: LanguagePack, lower: string): boolean {
  const a = lang.verbAffixes;
  if (lower.length >= ACTIVE_MIN && startsWithAny(lower, a.active)) return true;
  if (lower.length < PASSIVE_MIN || !startsWithAny(lower, a.passive)) return false;
  for (const e of a.passiveEnds) if (lower.endsWith(e)) return true;
  return false;
}

function startsWithAny(lower: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (lower.startsWith(p)) return true;
  return false;
}

export function isPronoun(ctx: Context, t: Token): boolean {
  return t.kind === Kind.Word && (ctx.lex.lang.pronouns.hasWord(t.word) || ctx.lex.lang.pluralPronouns.hasWord(t.word));
}

/** The title starting at token i, if any (abbreviations match only as written). */
export function titleAt(ctx: Context, i: number, limit: number): { end: number; title: string } | null {
  return titleIn(ctx.tokens, ctx.lex.titles, i, limit);
}

/** titleAt over any tokens and titles (`extract trace` reads titles as a document does). */
export function titleIn(
  tokens: Tokens,
  titles: TokenTrie<TitleForm>,
  i: number,
  limit: number,
): { end: number; title: string } | null {
  // "S.H.", "M.H.": a letter right after a dot is a degree's, not the title H. (Haji); a longer
  // word there is a sentence glued to the last ("Indonesia.Menag menegaskan").
  if (i > 0 && !tokens.get(i)!.spaced && tokens.get(i - 1)!.text === '.' && tokens.get(i)!.text.length <= 2)
    return null;
  if (i >= limit || !titles.firsts.at(tokens, i)) return null;
  const m = titles.longest(tokens, i, limit, asWritten);
  return m ? { end: m.end, title: m.payload.title } : null;
}

/** A title's form matches as the lexicon writes it when its rule is exact (abbreviations). */
function asWritten(p: TitleForm, first: number, end: number, tokens: Tokens): boolean {
  if (p.rule !== 'exact') return true;
  for (let k = first; k < end; k++) if (tokens.get(k)!.text !== p.surface[k - first]) return false;
  return true;
}

/** Does token i start a name-like phrase: a capital, a title or an entity? */
export function startsPhrase(ctx: Context, i: number, limit: number): boolean {
  const t = ctx.tokens.get(i);
  if (!t || i >= limit) return false;
  if (ctx.mentionAt.has(i) || titleAt(ctx, i, limit)) return true;
  if (t.kind !== Kind.Word || !t.cap || ctx.lex.lang.days.hasWord(t.word)) return false;
  // A capitalized stop word starts a name when a name goes on after it ("…, Lalu Hadrian Irfani").
  return !ctx.lex.lang.stop.hasWord(t.word) || ctx.tokens.get(i + 1)?.cap === true;
}

/**
 * Reads the noun phrase that starts at token i and ends before `limit`: entities, titles,
 * capitalized names, a few lowercase nouns (pejabat tinggi pengawasan senjata), appositions
 * between commas, and parentheses (Trismiati (37)). It stops at a preposition, conjunction,
 * auxiliary, verb or cue word, and at a day name after a comma (kata Stoltenberg, Rabu).
 */
export function readPhrase(ctx: Context, first: number, limit: number): Phrase | null {
  const { tokens } = ctx;
  const t0 = tokens.get(first);
  if (!t0 || first >= limit) return null;
  if (isPronoun(ctx, t0)) return { first, end: first + 1 };
  const i = afterQuantifiers(ctx, first, limit);
  let j = i;
  let lowerRun = 0;
  while (j < limit && tokens.get(j)!.block === t0.block) {
    const m = ctx.mentionAt.get(j);
    const title = m && m.end <= limit ? null : titleAt(ctx, j, limit);
    if ((m && m.end <= limit) || title) {
      j = m && m.end <= limit ? m.end : title!.end;
      lowerRun = 0;
      continue;
    }
    const t = tokens.get(j)!;
    if (t.kind === Kind.Word && t.cap) {
      if (capitalEnds(ctx, i, j)) break;
      j++;
      lowerRun = 0;
    } else if (t.kind === Kind.Word) {
      if (joinsNames(ctx, i, j, limit)) {
        j++;
        continue;
      }
      if (endsPhrase(ctx, t) || ++lowerRun > 4) break;
      j++;
    } else {
      const next = punctuationStep(ctx, i, j, limit);
      if (next < 0) break;
      j = next;
    }
  }
  // Trailing lowercase words and commas are not part of a name.
  while (j > i && (tokens.get(j - 1)!.text === ',' || tokens.get(j - 1)!.text === '-')) j--;
  return j > i ? { first: i, end: j } : null;
}

/** "Namun, para pejabat tinggi AS …": the quantifiers that open a phrase are read past. */
function afterQuantifiers(ctx: Context, i: number, limit: number): number {
  const { tokens } = ctx;
  while (i < limit) {
    const t = tokens.get(i)!;
    const m = ctx.mentionAt.get(i);
    if ((m && m.end <= limit) || titleAt(ctx, i, limit)) break;
    if (t.kind !== Kind.Word || t.cap || !ctx.lex.lang.personQuantifiers.hasWord(t.word)) break;
    i++;
  }
  return i;
}

/**
 * Does a capital at j end the phrase? A day ("kata Stoltenberg, Rabu"), a capitalized stop word
 * outside a name, "Menurut" after a lost full stop ("… Mansur Sipinathe Menurut dia, …"), a cue
 * word opening the sentence ("Kata dia, …"; a capitalized cue word inside a sentence is part of
 * a name: "kata Pungkas Bahjuri Ali", and so is one a speech verb follows: "Pungkas menegaskan").
 */
function capitalEnds(ctx: Context, i: number, j: number): boolean {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const t = tokens.get(j)!;
  const opens = ctx.sentences[ctx.sentenceOf[j]!]!.first === j;
  const named = tokens.get(j + 1) !== undefined && lang.speech.has(tokens.lower(j + 1));
  // A capitalized stop word after a capital is part of a name ("Jawa Tengah", "Timur Tengah").
  const inName = j > i && tokens.get(j - 1)!.cap;
  if (j > i && lang.according.hasWord(t.word)) return true;
  return (
    lang.days.hasWord(t.word) ||
    (j > i && lang.stop.hasWord(t.word) && !inName && !tokens.get(j + 1)?.cap) ||
    (opens && isCueWord(lang, t.lower) && !named)
  );
}

/** "Menteri Riset dan Teknologi", "Bidang Politik, Hukum, dan Keamanan": a "dan" inside one name. */
function joinsNames(ctx: Context, i: number, j: number, limit: number): boolean {
  const { tokens } = ctx;
  const next = tokens.get(j + 1);
  return (
    tokens.get(j)!.lower === 'dan' &&
    j > i &&
    next !== undefined &&
    j + 1 < limit &&
    next.cap &&
    (tokens.get(j - 1)!.cap || tokens.get(j - 1)!.text === ',')
  );
}

/** A lowercase word that ends a phrase: a function word, a cue, a verb, a pronoun. */
function endsPhrase(ctx: Context, t: Token): boolean {
  const lang = ctx.lex.lang;
  return lang.stop.hasWord(t.word) || isCueWord(lang, t.lower) || looksLikeVerb(lang, t.lower) || isPronoun(ctx, t);
}

/**
 * Where a phrase goes on after punctuation or a number at j, or -1 where it ends: a comma before
 * an apposition, parentheses (Trismiati (37)), a slash between capitals (Menteri ATR/Kepala BPN),
 * a hyphen inside a word (Al-Farisi, Covid-19), an initial's or a degree's dot, a number in a name.
 */
function punctuationStep(ctx: Context, i: number, j: number, limit: number): number {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const t = tokens.get(j)!;
  const next = tokens.get(j + 1);
  const commaAnd = next?.lower === 'dan' && tokens.get(j + 2)?.cap === true && j + 2 < limit;
  if (t.text === ',' && j + 1 < limit && next!.block === t.block && (startsPhrase(ctx, j + 1, limit) || commaAnd))
    return j + 1;
  if (t.text === '(') {
    let k = j + 1;
    while (k < limit && k < j + 8 && tokens.get(k)!.text !== ')' && tokens.get(k)!.block === t.block) k++;
    return k < limit && tokens.get(k)!.text === ')' ? k + 1 : -1;
  }
  if (t.text === '/' && !t.spaced && j > i && tokens.get(j - 1)!.cap && next?.cap && !next.spaced && j + 1 < limit)
    return j + 1;
  if (t.text === '-' && !t.spaced && j + 1 < limit && !next!.spaced) {
    if (next!.kind === Kind.Word) return j + 1;
    if (next!.kind === Kind.Number) return j + 2;
  }
  const prev = tokens.get(j - 1);
  const abbreviated = prev !== undefined && (prev.text.length === 1 || lang.degrees.hasWord(prev.word));
  const goesOn = j + 1 < limit && (tokens.get(j + 1)!.cap || tokens.get(j + 1)!.text === ',');
  if (t.text === '.' && !t.spaced && j > i && prev!.cap && abbreviated && goesOn) return j + 1;
  if (t.kind === Kind.Number && j > i && prev!.cap && goesOn) return j + 1;
  return -1;
}
