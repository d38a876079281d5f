import type { Context } from './context.js';
import type { Event } from './events.js';
import type { QuoteSpan } from './quotes.js';

/**
 * The confidence policy, over the table of lexicons/language/confidence.yaml: an event is as
 * sure as the way its speaker was found, never more than no speaker at all when none was; a
 * quote cut off at the end of the text is less sure still.
 */

/** A claim's confidence: its event's, or no speaker's when it has none. */
export function claimConfidence(ctx: Context, e: Event): number {
  return e.speaker ? e.confidence : ctx.lex.confidence['no-speaker'];
}

/** A quote's confidence: its event's (a partial quote's is its claim's), capped without a speaker, lowered when unterminated. */
export function quoteConfidence(ctx: Context, q: QuoteSpan, e: Event | undefined): number {
  const c = ctx.lex.confidence;
  const none = c['no-speaker'];
  const base = e?.speaker ? e.confidence : Math.min(e?.confidence ?? none, none);
  return base * (q.close < 0 ? c.unterminated : 1);
}
