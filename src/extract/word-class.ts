import { WORD_KIND } from '../lexicon/compile.js';
import { LetterTrie } from '../lexicon/letter-trie.js';
import { Kind } from '../text/tokenize.js';
import { WordAnswers } from '../text/vocabulary.js';
import type { Context } from './context.js';

// How a word reads inside a name: a capital that names, a common word, or something else.

/** A part of an academic degree or honorific: S.Pd., M.Si., Dr, Ir, Prof. */
export function isDegree(ctx: Context, i: number): boolean {
  const t = ctx.tokens.get(i)!;
  if (t.kind !== Kind.Word || !ctx.lex.lang.degrees.hasWord(t.word)) return false;
  const dotted = ctx.tokens.get(i + 1)?.text === '.' || ctx.tokens.get(i - 1)?.text === '.';
  // A letter and its dot before a spaced name is an initial: Handa S. Abidin.
  const after = ctx.tokens.get(i + 2);
  if (
    t.text.length === 1 &&
    ctx.tokens.get(i + 1)?.text === '.' &&
    after?.spaced &&
    after.kind === Kind.Word &&
    after.cap &&
    !ctx.lex.lang.degrees.hasWord(after.word)
  )
    return false;
  return dotted || t.text.length <= 3;
}

/** An acronym: BNPB, PGRI, and the initials some names end with (Mahfud MD, Saniah LS). */
export function isAcronym(t: { text: string }): boolean {
  const s = t.text;
  if (s.length < 2) return false;
  // ASCII by char codes: no new string per question.
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && /\p{L}/u.test(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

const CLASSES = ['name', 'common', 'other'] as const;

/** How a capitalized word reads inside a speaker phrase (asked often: kept per token). */
export function wordClass(ctx: Context, i: number): 'name' | 'common' | 'other' {
  const known = ctx.wordClasses[i]!;
  if (known > 0) return CLASSES[known - 1]!;
  const c = classify(ctx, i);
  ctx.wordClasses[i] = CLASSES.indexOf(c) + 1;
  return c;
}

function classify(ctx: Context, i: number): 'name' | 'common' | 'other' {
  const t = ctx.tokens.get(i)!;
  if (t.text === '.') return 'name'; // the dot of an initial
  if (t.text === '-' && !t.spaced && ctx.tokens.get(i + 1)?.cap && !ctx.tokens.get(i + 1)!.spaced) return 'name'; // Katsuno-Hayashikawa
  if (t.kind !== Kind.Word || !t.cap || isDegree(ctx, i)) return 'other';
  if (t.text.length === 1) return ctx.tokens.get(i + 1)?.text === '.' ? 'name' : 'other';
  const lang = ctx.lex.lang;
  // What the word says of itself is asked once per word as written.
  const form = ctx.tokens.forms[i]!;
  const memo = answersOf(lang);
  const known = memo.get(form) || memo.set(form, wordAlone(ctx, t.text, t.lower));
  if (known !== OPEN) return CLASSES[known - 1]!;
  if (ctx.inLowercase(t.word)) return 'common';
  // "Berutung pemilik anjing …": a sentence's first word one letter off a common word is that word misspelt.
  if (t.text.length >= MIN_SLIP && ctx.sentences[ctx.sentenceOf[i]!]?.first === i) {
    const slips = slipsOf(lang);
    const slip = slips.get(t.word) || slips.set(t.word, slipOfCommon(ctx, t.lower) ? 2 : 1);
    if (slip === 2) return 'common';
  }
  return 'name';
}

/** A word the document must decide: the lexicon neither names it, nor knows it common. */
const OPEN = 4;

/**
 * How a capitalized word of two letters or more reads by itself, as written: 1 a name, 2 a
 * common word, 3 no part of a name, OPEN when the document decides.
 */
function wordAlone(ctx: Context, text: string, lower: string): number {
  const lang = ctx.lex.lang;
  if (isAcronym({ text })) return 3;
  // One lookup: a cue ("… Mansur Sipinathe Menurut dia": a lost full stop), an organization's
  // head, a day, a function word, a place or a portfolio is no part of a name.
  const kind = lang.wordKinds.get(lower) ?? 0;
  if (kind & WORD_KIND.notName) return 3;
  if (text.includes('.')) return 3; // a domain: Elshinta.com
  if (/\d/.test(text)) return 3; // an amount: Rp18,9
  if (lang.directions.has(lower)) return 3; // Kalimantan Timur, Jawa Tengah
  if (text.length > 5 && lower.endsWith(lang.enclitic)) return 3; // Ironisnya, Menurutnya
  if (gluedPreposition(ctx, lower)) return 3; // Diakhir, Disisi: "di akhir", "di sisi"
  if (kind & WORD_KIND.name) return 1;
  if (kind & WORD_KIND.common) return 2;
  return OPEN;
}

const ANSWERS = new WeakMap<object, WordAnswers>();
const SLIPS = new WeakMap<object, WordAnswers>();

function answersOf(lang: object): WordAnswers {
  let a = ANSWERS.get(lang);
  if (!a) ANSWERS.set(lang, (a = new WordAnswers()));
  return a;
}

function slipsOf(lang: object): WordAnswers {
  let a = SLIPS.get(lang);
  if (!a) SLIPS.set(lang, (a = new WordAnswers()));
  return a;
}

/** How long a word must be for a one-letter slip in it to be read as a common word misspelt. */
const MIN_SLIP = 7;

const COMMON_LETTERS = new WeakMap<object, LetterTrie>();

/** Is a word one letter dropped, added or changed from a common word ("berutung" for "beruntung")? */
function slipOfCommon(ctx: Context, w: string): boolean {
  const lang = ctx.lex.lang;
  let trie = COMMON_LETTERS.get(lang);
  if (!trie) {
    const common = [...lang.wordKinds].filter(([, kind]) => kind & WORD_KIND.common).map(([word]) => word);
    COMMON_LETTERS.set(lang, (trie = new LetterTrie(common)));
  }
  return trie.oneLetterOff(w);
}

/** Scraped text glues a preposition to its word: "Diakhir kegiatan", "Kesana". */
function gluedPreposition(ctx: Context, lower: string): boolean {
  for (const p of ctx.lex.lang.gluedPrepositions) {
    if (
      lower.length > p.length + 2 &&
      lower.startsWith(p) &&
      ctx.lex.lang.common.has(lower.slice(p.length)) &&
      !ctx.lex.lang.common.has(lower)
    )
      return true;
  }
  return false;
}
