import type { Sentence } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';
import { isReadable, type Context } from './context.js';
import { readContent } from './content.js';

/**
 * How a claim reads once its cue and speaker are found: whether the verb reported anything
 * (a negation before it says not), whether its words only point back ("kabar tersebut", "Hal
 * senada"), and whether what is left is a statement or a fragment. The words are in
 * lexicons/language/reading.yaml.
 */

/** How many words may stand between a negation and its verb ("belum bisa secara rinci menyebutkan"). */
const NEGATION_REACH = 3;
/** The most words a claim that only points back may have ("hal itu", "tuduhan keji tersebut"). */
const SHELL_MAX = 4;
/** Fewer words than this make a claim a statement only when one of them is a predicate. */
const STATEMENT_WORDS = 4;
/** Letters a verb has after its prefix ("ber" + "tanggung"), so that "dia" or "teman" is no verb. */
const STEM_MIN = 4;

/** Is the reporting verb at j negated: "tidak merinci", "belum bisa menyebutkan", "tanpa menyebutkan"? */
export function negated(ctx: Context, first: number, j: number): boolean {
  const r = ctx.lex.lang.reading;
  for (let k = j - 1, n = 0; k >= first && n <= NEGATION_REACH; k--, n++) {
    const t = ctx.tokens.get(k)!;
    if (t.kind !== Kind.Word) return false;
    if (r.negations.hasWord(t.word)) return true;
    if (!r.negationBridges.hasWord(t.word)) return false;
  }
  return false;
}

/**
 * What a claim's words [first, end) are when they only point elsewhere: `similar` when they say
 * the speaker agreed with someone or point back with no noun ("Hal senada", "Demikian"),
 * `anaphor` when a shell noun and a demonstrative stand for the sentence before ("kabar
 * tersebut", "Setidaknya, hal itu yang"); null for words that say something themselves.
 * `anyNoun` lets any noun before the demonstrative count (the subject of a passive cue).
 */
export function shellOf(ctx: Context, first: number, end: number, anyNoun = false): 'similar' | 'anaphor' | null {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const r = lang.reading;
  let a = first;
  for (let k = first; k < end; k++) if (tokens.get(k)!.text === ',') a = k + 1;
  let b = end;
  while (b > a && (tokens.get(b - 1)!.kind === Kind.Punct || r.shellTrailers.at(tokens, b - 1))) b--;
  if (b <= a || b - a > SHELL_MAX) return null;
  for (let k = a; k < b; k++) if (r.similarWords.at(tokens, k)) return 'similar';
  if (!lang.demonstratives.at(tokens, b - 1)) return null;
  if (b - a === 1 || anyNoun || r.shellNouns.at(tokens, a)) return 'anaphor';
  return null;
}

/**
 * The sentence a shell points back to: the one before s in its readable block, or the last of
 * the readable block before. None when that sentence is a direct quote: the quote already
 * carries its words.
 */
export function antecedent(ctx: Context, s: Sentence): { start: number; end: number } | null {
  const prev = ctx.sentences[ctx.sentenceOf[s.first]! - 1];
  if (!prev || !isReadable(ctx.blocks[prev.block]!)) return null;
  let quoted = 0;
  for (let k = prev.first; k < prev.last; k++) if (ctx.insideDirect[k]! >= 0) quoted++;
  if (quoted * 2 > prev.last - prev.first) return null;
  const content = readContent(ctx, prev.first, prev.last, false);
  if (content.end <= content.first) return null;
  return { start: ctx.tokens.get(content.first)!.start, end: ctx.tokens.get(content.end - 1)!.end };
}

/**
 * How a claim's text [first, end) reads: a `statement` when it has four words or more, or a
 * subject and a predicate ("kondisi sudah membaik", "inflasi naik"); a `predicate` when it is a
 * predicate with no subject of its own ("tidak tahu", "bertanggung jawab": the speaker's); a
 * `fragment` otherwise ("kepada media", "kejadian tersebut", "kisah yang berbeda", one word).
 */
export function readingOf(ctx: Context, first: number, end: number): 'statement' | 'predicate' | 'fragment' {
  const lang = ctx.lex.lang;
  const r = lang.reading;
  let count = 0;
  for (let k = first; k < end && count < STATEMENT_WORDS; k++) {
    const kind = ctx.tokens.get(k)!.kind;
    if (kind === Kind.Word || kind === Kind.Number) count++;
  }
  if (count >= STATEMENT_WORDS) return 'statement';
  // "korban meninggal karena", "akan hal ini": words that end on a function word are cut short.
  let last = end - 1;
  while (last >= first && ctx.tokens.get(last)!.kind === Kind.Punct) last--;
  const end_ = last >= first ? ctx.tokens.get(last)!.lower : '';
  if (lang.stop.has(end_) && !r.auxiliaries.has(end_) && !lang.demonstratives.has(end_)) return 'fragment';
  let words = 0;
  let predicate = -1;
  for (let k = first; k < end && predicate < 0; k++) {
    const t = ctx.tokens.get(k)!;
    if (t.kind !== Kind.Word && t.kind !== Kind.Number) continue;
    words++;
    const w = t.lower;
    if (r.relatives.has(w)) return 'fragment';
    if (r.auxiliaries.has(w) || r.rootPredicates.has(w)) {
      predicate = words;
      continue;
    }
    // "untuk memastikan", "Namun itu saja": what opens a clause's adjunct is no clause; "dikutip
    // AFP" names a source, not what was said.
    const function_ = lang.stop.has(w) || lang.clauseOpeners.has(w) || lang.prepositions.has(w);
    if (words === 1 && function_) return 'fragment';
    if (lang.source.has(w)) return 'fragment';
    if (function_ || lang.demonstratives.has(w) || lang.pronouns.has(w)) continue;
    if (r.predicatePrefixes.some((p) => w.startsWith(p) && w.length >= p.length + STEM_MIN)) predicate = words;
  }
  if (count < 2 || predicate < 0) return 'fragment';
  return predicate === 1 ? 'predicate' : 'statement';
}
