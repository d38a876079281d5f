import { isCueWord, type TitleForm } from '../lexicon/compile.js';
import type { TokenTrie } from '../lexicon/trie.js';
import { Kind, type Token } from '../text/tokenize.js';
import type { Context } from './context.js';

/** A noun phrase as a token range [first, end). */
export interface Phrase {
  first: number;
  end: number;
}

/** A lowercase word that reads as a verb (me-, ber-, di-…-kan/-i): it ends a noun phrase. */
export function looksLikeVerb(lower: string): boolean {
  if (lower.length >= 6 && (lower.startsWith('me') || lower.startsWith('ber'))) return true;
  return (
    lower.length >= 7 &&
    lower.startsWith('di') &&
    (lower.endsWith('kan') || lower.endsWith('i') || lower.endsWith('nya'))
  );
}

export function isPronoun(ctx: Context, t: Token): boolean {
  return t.kind === Kind.Word && (ctx.lex.lang.pronouns.has(t.lower) || ctx.lex.lang.pluralPronouns.has(t.lower));
}

/** The title starting at token i, if any (abbreviations match only as written). */
export function titleAt(ctx: Context, i: number, limit: number): { end: number; title: string } | null {
  return titleIn(ctx.tokens, ctx.lex.titles, i, limit);
}

/** titleAt over any tokens and titles (`extract trace` reads titles as a document does). */
export function titleIn(
  tokens: readonly Token[],
  titles: TokenTrie<TitleForm>,
  i: number,
  limit: number,
): { end: number; title: string } | null {
  // "S.H.", "M.H.": a letter right after a dot is a degree's, not the title H. (Haji); a longer
  // word there is a sentence glued to the last ("Indonesia.Menag menegaskan").
  if (i > 0 && !tokens[i]!.spaced && tokens[i - 1]!.text === '.' && tokens[i]!.text.length <= 2) return null;
  if (i >= limit || !titles.firsts.hasToken(tokens[i]!)) return null;
  const m = titles.longest(tokens, i, limit, (p, first, end) => {
    if (p.rule !== 'exact') return true;
    for (let k = first; k < end; k++) if (tokens[k]!.text !== p.surface[k - first]) return false;
    return true;
  });
  return m ? { end: m.end, title: m.payload.title } : null;
}

/** Does token i start a name-like phrase: a capital, a title or an entity? */
export function startsPhrase(ctx: Context, i: number, limit: number): boolean {
  const t = ctx.tokens[i];
  if (!t || i >= limit) return false;
  if (ctx.mentionAt.has(i) || titleAt(ctx, i, limit)) return true;
  if (t.kind !== Kind.Word || !t.cap || ctx.lex.lang.days.has(t.lower)) return false;
  // A capitalized stop word starts a name when a name goes on after it ("…, Lalu Hadrian Irfani").
  return !ctx.lex.lang.stop.has(t.lower) || ctx.tokens[i + 1]?.cap === true;
}

/**
 * Reads the noun phrase that starts at token i and ends before `limit`: entities, titles,
 * capitalized names, a few lowercase nouns (pejabat tinggi pengawasan senjata), appositions
 * between commas, and parentheses (Trismiati (37)). It stops at a preposition, conjunction,
 * auxiliary, verb or cue word, and at a day name after a comma (kata Stoltenberg, Rabu).
 */
export function readPhrase(ctx: Context, i: number, limit: number): Phrase | null {
  const { tokens, lex } = ctx;
  const lang = lex.lang;
  const t0 = tokens[i];
  if (!t0 || i >= limit) return null;
  if (isPronoun(ctx, t0)) return { first: i, end: i + 1 };
  let j = i;
  let lowerRun = 0;
  while (j < limit) {
    const t = tokens[j]!;
    if (t.block !== t0.block) break;
    const m = ctx.mentionAt.get(j);
    if (m && m.end <= limit) {
      j = m.end;
      lowerRun = 0;
      continue;
    }
    const title = titleAt(ctx, j, limit);
    if (title) {
      j = title.end;
      lowerRun = 0;
      continue;
    }
    if (t.kind === Kind.Word) {
      if (t.cap) {
        // A capitalized cue word inside a sentence is part of a name ("kata Pungkas Bahjuri Ali").
        // At a sentence's start it is a cue ("Kata dia, …"), unless a speech verb follows
        // ("Pungkas menegaskan …").
        const opens = ctx.sentences[ctx.sentenceOf[j]!]!.first === j;
        const named = tokens[j + 1] !== undefined && lang.speech.has(tokens[j + 1]!.lower);
        // A capitalized stop word after a capital is part of a name ("Jawa Tengah", "Timur Tengah").
        const inName = j > i && tokens[j - 1]!.cap;
        // "… Mansur Sipinathe Menurut dia, …": a full stop lost in scraping.
        if (j > i && lang.according.has(t.lower)) break;
        if (
          lang.days.has(t.lower) ||
          (j > i && lang.stop.has(t.lower) && !inName && !tokens[j + 1]?.cap) ||
          (opens && isCueWord(lang, t.lower) && !named)
        )
          break;
        j++;
        lowerRun = 0;
        continue;
      }
      // "Menteri Riset dan Teknologi", "Bidang Politik, Hukum, dan Keamanan": one name.
      const next = tokens[j + 1];
      if (
        t.lower === 'dan' &&
        j > i &&
        next &&
        j + 1 < limit &&
        next.cap &&
        (tokens[j - 1]!.cap || tokens[j - 1]!.text === ',')
      ) {
        j++;
        continue;
      }
      // "Namun, para pejabat tinggi AS …": the quantifiers that open a phrase are part of it.
      if (j === i && lang.personQuantifiers.has(t.lower)) {
        i++;
        j++;
        continue;
      }
      if (lang.stop.has(t.lower) || isCueWord(lang, t.lower) || looksLikeVerb(t.lower) || isPronoun(ctx, t)) break;
      if (++lowerRun > 4) break;
      j++;
      continue;
    }
    const afterComma = tokens[j + 2];
    const commaAnd = tokens[j + 1]?.lower === 'dan' && afterComma?.cap === true && j + 2 < limit;
    if (
      t.text === ',' &&
      j + 1 < limit &&
      tokens[j + 1]!.block === t.block &&
      (startsPhrase(ctx, j + 1, limit) || commaAnd)
    ) {
      j++;
      continue;
    }
    if (t.text === '(') {
      let k = j + 1;
      while (k < limit && k < j + 8 && tokens[k]!.text !== ')' && tokens[k]!.block === t.block) k++;
      if (k < limit && tokens[k]!.text === ')') {
        j = k + 1;
        continue;
      }
      break;
    }
    if (
      t.text === '/' &&
      !t.spaced &&
      j > i &&
      tokens[j - 1]!.cap &&
      tokens[j + 1]?.cap &&
      !tokens[j + 1]!.spaced &&
      j + 1 < limit
    ) {
      j++; // "Menteri ATR/Kepala BPN", "Kementerian PPN/Bappenas"
      continue;
    }
    if (t.text === '-' && !t.spaced && j + 1 < limit && !tokens[j + 1]!.spaced) {
      const next = tokens[j + 1]!;
      if (next.kind === Kind.Word) {
        j++; // Al-Farisi, Rusia-Korut
        continue;
      }
      if (next.kind === Kind.Number) {
        j += 2; // Covid-19
        continue;
      }
    }
    const prev = tokens[j - 1];
    const abbreviated = prev !== undefined && (prev.text.length === 1 || lang.degrees.has(prev.lower));
    if (
      t.text === '.' &&
      !t.spaced &&
      j > i &&
      prev!.cap &&
      abbreviated &&
      j + 1 < limit &&
      (tokens[j + 1]!.cap || tokens[j + 1]!.text === ',')
    ) {
      j++; // an initial or a degree: M. Nuh, Antony J. Blinken, Dr. Hasbi Ibrahim, M.Pd.,
      continue;
    }
    if (
      t.kind === Kind.Number &&
      j > i &&
      prev!.cap &&
      j + 1 < limit &&
      (tokens[j + 1]!.cap || tokens[j + 1]!.text === ',')
    ) {
      j++; // a number inside a name: "Kepala SDN 53 Kaur", "Komisi 1 DPR"
      continue;
    }
    break;
  }
  // Trailing lowercase words and commas are not part of a name.
  while (j > i && (tokens[j - 1]!.text === ',' || tokens[j - 1]!.text === '-')) j--;
  return j > i ? { first: i, end: j } : null;
}
