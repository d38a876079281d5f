import { Kind, type Tokens, type TokenTest } from './tokenize.js';

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
export function splitSentences(tokens: Tokens, abbreviations: TokenTest): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const block = tokens.block(i);
    if (i + 1 === tokens.length || tokens.block(i + 1) !== block) {
      out.push({ first, last: i + 1, block });
      first = i + 1;
      continue;
    }
    // A run with no full stop this long is no sentence (a line of a million characters): it
    // is cut, so that no later stage's work per sentence can grow with the whole text.
    if (i + 1 - first >= MAX_SENTENCE) {
      out.push({ first, last: i + 1, block });
      first = i + 1;
      continue;
    }
    if (tokens.kind(i) !== Kind.Punct || !ENDERS.has(tokens.text(i))) continue;
    if (tokens.is(i, '.') && isAbbreviation(tokens, i, abbreviations)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens.block(j) === block && CLOSERS.has(tokens.text(j)) && !tokens.spaced(j)) j++;
    if (j >= tokens.length || tokens.block(j) !== block) continue;
    // "… di Medan. dr. Ina Agustina …": a lowercase title abbreviation opens a sentence too.
    const titled = tokens.kind(j) === Kind.Word && abbreviations.at(tokens, j) && tokens.is(j + 1, '.');
    if (!opensSentence(tokens, j) && !titled) continue;
    out.push({ first, last: j, block });
    first = j;
    i = j - 1;
  }
  return out;
}

function opensSentence(tokens: Tokens, i: number): boolean {
  const kind = tokens.kind(i);
  if (kind === Kind.Word) return tokens.cap(i);
  if (kind === Kind.Number || kind === Kind.Quote) return true;
  const t = tokens.text(i);
  return t === '(' || t === '[' || t === '-' || t === '—';
}

function isAbbreviation(tokens: Tokens, i: number, abbreviations: TokenTest): boolean {
  const p = i - 1;
  if (p < 0 || tokens.block(p) !== tokens.block(i) || tokens.spaced(i) || tokens.kind(p) !== Kind.Word) return false;
  // "BAN-PT." ends a sentence: PT here closes a compound, not an abbreviation.
  const compound = tokens.is(i - 2, '-') && !tokens.spaced(p);
  if (abbreviations.at(tokens, p) && !compound) return true;
  // An initial: a single capital letter (M. Nuh, Antony J. Blinken).
  const prev = tokens.text(p);
  if (prev.length === 1 && tokens.cap(p)) return true;
  // A degree written with inner dots: S.Pd.I., Ph.D., LL.M. (but "kecil.Ia" ends a sentence).
  const n = i + 1;
  return (
    tokens.cap(p) &&
    prev.length <= 3 &&
    tokens.has(n) &&
    !tokens.spaced(n) &&
    tokens.kind(n) === Kind.Word &&
    tokens.text(n).length <= 4
  );
}

/**
 * The sentences an item [start, end) (characters) lies in: from the start of its first
 * sentence to the end of its last. Sentences never cross a block, so a quote over two
 * paragraphs gets both paragraphs' sentences and nothing beyond them.
 */
export function sentenceSpan(
  tokens: Tokens,
  sentences: readonly Sentence[],
  sentenceOf: Int32Array,
  start: number,
  end: number,
): { start: number; end: number } {
  // The first token ending after start, and the last starting before end.
  const first = tokens.indexAt(start);
  let last = first;
  while (last + 1 < tokens.length && tokens.start(last + 1) < end) last++;
  if (first >= tokens.length || tokens.start(first) >= end) return { start, end };
  const from = sentences[sentenceOf[first]!];
  const to = sentences[sentenceOf[last]!];
  // A token no sentence holds (a reader may leave some out) stands for itself.
  const a = from && from.first <= first && first < from.last ? tokens.start(from.first) : tokens.start(first);
  const b = to && to.first <= last && last < to.last ? tokens.end(to.last - 1) : tokens.end(last);
  return { start: Math.min(a, start), end: Math.max(b, end) };
}
