import { WORD_KIND } from '../lexicon/compile.js';
import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';

// How a word reads inside a name: a capital that names, a common word, or something else.

/** A part of an academic degree or honorific: S.Pd., M.Si., Dr, Ir, Prof. */
export function isDegree(ctx: Context, i: number): boolean {
  const t = ctx.tokens.get(i)!;
  if (t.kind !== Kind.Word || !ctx.lex.lang.degrees.has(t.lower)) return false;
  const dotted = ctx.tokens.get(i + 1)?.text === '.' || ctx.tokens.get(i - 1)?.text === '.';
  // A letter and its dot before a spaced name is an initial: Handa S. Abidin.
  const after = ctx.tokens.get(i + 2);
  if (
    t.text.length === 1 &&
    ctx.tokens.get(i + 1)?.text === '.' &&
    after?.spaced &&
    after.kind === Kind.Word &&
    after.cap &&
    !ctx.lex.lang.degrees.has(after.lower)
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
  const lang = ctx.lex.lang;
  if (t.text === '.') return 'name'; // the dot of an initial
  if (t.text === '-' && !t.spaced && ctx.tokens.get(i + 1)?.cap && !ctx.tokens.get(i + 1)!.spaced) return 'name'; // Katsuno-Hayashikawa
  if (t.kind !== Kind.Word || !t.cap || isDegree(ctx, i)) return 'other';
  const letters = t.text.length;
  if (letters === 1) return ctx.tokens.get(i + 1)?.text === '.' ? 'name' : 'other';
  if (isAcronym(t)) return 'other';
  // One lookup: a cue ("… Mansur Sipinathe Menurut dia": a lost full stop), an organization's
  // head, a day, a function word, a place or a portfolio is no part of a name.
  const kind = lang.wordKinds.get(t.lower) ?? 0;
  if (kind & WORD_KIND.notName) return 'other';
  if (t.text.includes('.')) return 'other'; // a domain: Elshinta.com
  if (/\d/.test(t.text)) return 'other'; // an amount: Rp18,9
  if (lang.directions.has(t.lower)) return 'other'; // Kalimantan Timur, Jawa Tengah
  if (letters > 5 && t.lower.endsWith(lang.enclitic)) return 'other'; // Ironisnya, Menurutnya
  if (gluedPreposition(ctx, t.lower)) return 'other'; // Diakhir, Disisi: "di akhir", "di sisi"
  if (kind & WORD_KIND.name) return 'name';
  if (kind & WORD_KIND.common || ctx.inLowercase(t.word)) return 'common';
  // "Berutung pemilik anjing …": a sentence's first word one letter off a common word is that word misspelt.
  if (letters >= MIN_SLIP && ctx.sentences[ctx.sentenceOf[i]!]?.first === i && slipOfCommon(ctx, t.lower))
    return 'common';
  return 'name';
}

/** How long a word must be for a one-letter slip in it to be read as a common word misspelt. */
const MIN_SLIP = 7;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Is a word one letter dropped, added or changed from a common word ("berutung" for "beruntung")? */
function slipOfCommon(ctx: Context, w: string): boolean {
  const common = ctx.lex.lang.common;
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (i < w.length && common.has(head + tail.slice(1))) return true;
    for (const c of LETTERS) {
      if (common.has(head + c + tail)) return true;
      if (i < w.length && c !== w[i] && common.has(head + c + tail.slice(1))) return true;
    }
  }
  return false;
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
