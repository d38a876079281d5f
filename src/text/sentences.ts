import { Kind, type Token, tokenIndexAt } from './tokenize.js';

/** A sentence as a token range [first, last) within one block. */
export interface Sentence {
  first: number;
  last: number;
  block: number;
}

/** The most tokens a sentence may have; real ones stay far below (a long one has ~100). */
export const MAX_SENTENCE = 500;

/** Punctuation that ends a sentence (the tokenizer makes a run of dots one token, ?! two). */
export const ENDERS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '..', '...', '....', '.....']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);

/**
 * Splits each block's tokens into sentences. A sentence ends at . ! ? … (with any closing
 * quote or bracket after it) when the next token opens a new sentence: a capital, a digit
 * or an opening mark. A dot after a known abbreviation (Dok., No., dkk.) or an initial
 * (M. Nuh) does not end one; numbers, times and domains never contain a boundary because
 * the tokenizer keeps them whole.
 */
export function splitSentences(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.block !== t.block) {
      out.push({ first, last: i + 1, block: t.block });
      first = i + 1;
      continue;
    }
    // A run with no full stop this long is no sentence (a line of a million characters): it
    // is cut, so that no later stage's work per sentence can grow with the whole text.
    if (i + 1 - first >= MAX_SENTENCE) {
      out.push({ first, last: i + 1, block: t.block });
      first = i + 1;
      continue;
    }
    if (t.kind !== Kind.Punct || !ENDERS.has(t.text)) continue;
    if (t.text === '.' && isAbbreviation(tokens, i, abbreviations)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.block === t.block && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaced) j++;
    const after = tokens[j];
    if (!after || after.block !== t.block) continue;
    // "… di Medan. dr. Ina Agustina …": a lowercase title abbreviation opens a sentence too.
    const titled = after.kind === Kind.Word && abbreviations.has(after.lower) && tokens[j + 1]?.text === '.';
    if (!opensSentence(after) && !titled) continue;
    out.push({ first, last: j, block: t.block });
    first = j;
    i = j - 1;
  }
  return out;
}

function opensSentence(t: Token): boolean {
  if (t.kind === Kind.Word) return t.cap;
  if (t.kind === Kind.Number || t.kind === Kind.Quote) return true;
  return t.text === '(' || t.text === '[' || t.text === '-' || t.text === '—';
}

function isAbbreviation(tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>): boolean {
  const dot = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.block !== dot.block || dot.spaced || prev.kind !== Kind.Word) return false;
  // "BAN-PT." ends a sentence: PT here closes a compound, not an abbreviation.
  const compound = tokens[i - 2]?.text === '-' && !prev.spaced;
  if (abbreviations.has(prev.lower) && !compound) return true;
  // An initial: a single capital letter (M. Nuh, Antony J. Blinken).
  if (prev.text.length === 1 && prev.cap) return true;
  // A degree written with inner dots: S.Pd.I., Ph.D., LL.M. (but "kecil.Ia" ends a sentence).
  const next = tokens[i + 1];
  return (
    prev.cap &&
    prev.text.length <= 3 &&
    next !== undefined &&
    !next.spaced &&
    next.kind === Kind.Word &&
    next.text.length <= 4
  );
}

/**
 * The sentences an item [start, end) (characters) lies in: from the start of its first
 * sentence to the end of its last. Sentences never cross a block, so a quote over two
 * paragraphs gets both paragraphs' sentences and nothing beyond them.
 */
export function sentenceSpan(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  sentenceOf: Int32Array,
  start: number,
  end: number,
): { start: number; end: number } {
  // The first token ending after start, and the last starting before end.
  const first = tokenIndexAt(tokens, start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  if (first >= tokens.length || tokens[first]!.start >= end) return { start, end };
  const from = sentences[sentenceOf[first]!];
  const to = sentences[sentenceOf[last]!];
  // A token no sentence holds (a reader may leave some out) stands for itself.
  const a = from && from.first <= first && first < from.last ? tokens[from.first]!.start : tokens[first]!.start;
  const b = to && to.first <= last && last < to.last ? tokens[to.last - 1]!.end : tokens[last]!.end;
  return { start: Math.min(a, start), end: Math.max(b, end) };
}
