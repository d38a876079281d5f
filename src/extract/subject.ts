import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';
import { isPronoun, readPhrase, startsPhrase, type Phrase } from './phrase.js';

/**
 * The subject of the clause whose verb is at token `verb`: the first noun phrase of the
 * clause, after any opening adverbial ("Pekan lalu, …", "Sementara itu, …"). It is the
 * subject, not the nearest name: in "Stoltenberg dalam konferensi pers … dengan Menteri Luar
 * Negeri AS Antony Blinken mengatakan", it is Stoltenberg.
 */
export function subjectBefore(ctx: Context, sentenceFirst: number, verb: number): Phrase | null {
  const { tokens, lex } = ctx;
  let start = sentenceFirst;
  for (let k = sentenceFirst; k < verb; k++) {
    const t = tokens[k]!;
    if (t.text === ';') start = k + 1;
    // A clause never starts inside a quote: after a quote's close, the clause begins anew.
    const q = ctx.insideDirect[k]!;
    if (q >= 0) {
      const close = ctx.quotes[q]!.close;
      if (close < 0 || close >= verb) return null;
      start = close + 1;
      k = close;
    }
  }
  while (start < verb && (tokens[start]!.text === ',' || tokens[start]!.kind === Kind.Quote)) start++;
  for (let guard = 0; start < verb && guard < 4; guard++) {
    const t = tokens[start]!;
    const opener = t.kind !== Kind.Word || lex.lang.clauseOpeners.has(t.lower) || lex.lang.coordinators.has(t.lower);
    if (!opener || ctx.mentionAt.has(start)) break;
    let comma = -1;
    for (let k = start + 1; k < verb; k++) {
      if (tokens[k]!.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma >= 0 && comma + 1 < verb) {
      start = comma + 1;
      continue;
    }
    let k = start + 1;
    while (k < verb && !startsPhrase(ctx, k, verb) && !isPronoun(ctx, tokens[k]!)) k++;
    if (k >= verb) return null;
    start = k;
    break;
  }
  return readPhrase(ctx, start, verb);
}
