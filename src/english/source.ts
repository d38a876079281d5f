// Where an English report comes from, as opposed to what was said: the outlet that relayed
// the words ("told Reuters", "as reported by CNA", "as the Associated Press reported"), and the
// phrases that cite a source, where a claim's content ends.
import type { Context } from '../extract/context.js';
import type { Phrase } from '../extract/phrase.js';
import { ENDERS, type Sentence } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';

/** How far "as" may come before its reporting verb ("as the Associated Press reported"). */
const AS_WITHIN = 8;

/**
 * The outlet that relayed the words, after the cue at v and before `end`: "told Reuters", "as
 * reported by CNA", "as Reuters reported", "according to CNA" (an outlet of the lexicon).
 */
export function sourceIn(ctx: Context, v: number, end: number): Phrase | null {
  const { tokens, lex } = ctx;
  const outlet = (k: number): Phrase | null => {
    if (tokens.get(k)?.lower === 'the') k++;
    const m = ctx.mentionAt.get(k);
    return m && m.end <= end && lex.entities[m.entity]!.tags.includes('outlet') ? { first: k, end: m.end } : null;
  };
  if (tokens.get(v)?.lower === 'told' || tokens.get(v)?.lower === 'tells') {
    const told = outlet(v + 1);
    if (told) return told;
  }
  for (let k = v + 1; k < end; k++) {
    if (accordingTo(ctx, k)) {
      const cited = outlet(k + 2);
      if (cited) return cited;
    }
    const r = reportedAfterAs(ctx, k, end);
    if (r === k + 1 && tokens.get(k + 2)?.lower === 'by') return phraseTo(ctx, k + 3, end); // as reported by X
    if (r > k + 1) return phraseTo(ctx, k + 1, r); // as X reported
  }
  return null;
}

/** "according to" at k. */
export function accordingTo(ctx: Context, k: number): boolean {
  return ctx.lex.english.according.has(ctx.tokens.get(k)?.lower ?? '') && ctx.tokens.get(k + 1)?.lower === 'to';
}

/** With "as" at k, where its reporting word comes ("as reported", "as Reuters reported") before `end`; else -1. */
function reportedAfterAs(ctx: Context, k: number, end: number): number {
  const { tokens, lex } = ctx;
  if (tokens.get(k)?.lower !== 'as') return -1;
  for (let r = k + 1; r < end && r - k <= AS_WITHIN; r++) {
    if (lex.english.source.at(tokens, r)) return r;
    if (tokens.get(r)!.text === ',' || ENDERS.has(tokens.get(r)!.text)) return -1;
  }
  return -1;
}

/** Tokens from k to the next comma or full stop (before `end`), without a leading "the". */
function phraseTo(ctx: Context, k: number, end: number): Phrase | null {
  const { tokens } = ctx;
  if (tokens.get(k)?.lower === 'the') k++;
  let e = k;
  while (
    e < end &&
    tokens.get(e)!.text !== ',' &&
    !ENDERS.has(tokens.get(e)!.text) &&
    tokens.get(e)!.kind !== Kind.Quote
  )
    e++;
  return e > k ? { first: k, end: e } : null;
}

/** Whether the words at k cite a report's source: "as reported by CNA", "as Reuters reported", "according to …", "citing …". */
export function citesSource(ctx: Context, s: Sentence, k: number): boolean {
  return (
    ctx.lex.english.source.has(ctx.tokens.get(k)?.lower ?? '') ||
    accordingTo(ctx, k) ||
    reportedAfterAs(ctx, k, s.last) >= 0
  );
}
