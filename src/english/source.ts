// Where an English report comes from, as opposed to what was said: the outlet that relayed
// the words ("told Reuters", "as reported by CNA", "as the Associated Press reported"), and the
// phrases that cite a source, where a claim's content ends.
import type { Context } from '../extract/context.js';
import type { Phrase } from '../extract/phrase.js';
import type { Sentence } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';

export const ENDERS = new Set(['.', '!', '?', '…', '...']);

/** How far "as" may come before its reporting verb ("as the Associated Press reported"). */
const AS_WITHIN = 8;

/**
 * The outlet that relayed the words, after the cue at v and before `end`: "told Reuters", "as
 * reported by CNA", "as Reuters reported", "according to CNA" (an outlet of the lexicon).
 */
export function sourceIn(ctx: Context, v: number, end: number): Phrase | null {
  const { tokens, lex } = ctx;
  const outlet = (k: number): Phrase | null => {
    if (tokens[k]?.lower === 'the') k++;
    const m = ctx.mentionAt.get(k);
    return m && m.end <= end && lex.entities[m.entity]!.tags.includes('outlet') ? { first: k, end: m.end } : null;
  };
  if (tokens[v]?.lower === 'told' || tokens[v]?.lower === 'tells') {
    const told = outlet(v + 1);
    if (told) return told;
  }
  for (let k = v + 1; k < end; k++) {
    const t = tokens[k]!;
    if (lex.english.according.has(t.lower) && tokens[k + 1]?.lower === 'to') {
      const cited = outlet(k + 2);
      if (cited) return cited;
    }
    if (t.lower !== 'as') continue;
    // as reported by X
    if (lex.english.source.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') return phraseTo(ctx, k + 3, end);
    // as X reported
    for (let r = k + 2; r < end && r - k <= AS_WITHIN; r++) {
      if (tokens[r]!.text === ',' || ENDERS.has(tokens[r]!.text)) break;
      if (lex.english.source.has(tokens[r]!.lower)) return phraseTo(ctx, k + 1, r);
    }
  }
  return null;
}

/** Tokens from k to the next comma or full stop (before `end`), without a leading "the". */
function phraseTo(ctx: Context, k: number, end: number): Phrase | null {
  const { tokens } = ctx;
  if (tokens[k]?.lower === 'the') k++;
  let e = k;
  while (e < end && tokens[e]!.text !== ',' && !ENDERS.has(tokens[e]!.text) && tokens[e]!.kind !== Kind.Quote) e++;
  return e > k ? { first: k, end: e } : null;
}

/** Whether the words at k cite a report's source: "as reported by CNA", "as Reuters reported", "according to …", "citing …". */
export function citesSource(ctx: Context, s: Sentence, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t) return false;
  if (lex.english.source.has(t.lower)) return true;
  if (lex.english.according.has(t.lower) && tokens[k + 1]?.lower === 'to') return true;
  if (t.lower !== 'as') return false;
  for (let v = k + 1; v < s.last && v - k <= AS_WITHIN; v++) {
    if (lex.english.source.has(tokens[v]!.lower)) return true;
    if (tokens[v]!.text === ',' || ENDERS.has(tokens[v]!.text)) return false;
  }
  return false;
}
