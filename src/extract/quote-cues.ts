import { ENDERS } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';
import type { QuoteSpan } from './quotes.js';
import { event, type Event } from './events.js';
import { isPronoun, readPhrase, startsPhrase, type Phrase } from './phrase.js';
import { encliticPronoun, headOf } from './speaker.js';

/** Reads the cue right after a quote's closing mark, in one language. */
export type CueAfter = (ctx: Context, close: number, quote: number) => Event | null;

/**
 * Finds the cue of each direct quote: after it ("…," kata Stoltenberg / ujarnya /
 * Campbell menambahkan; each language reads its own), else the clause that leads into it
 * (from the claim events), else, for a quote that opens its sentence with no cue at all, the
 * last speaker.
 */
export function quoteEvents(ctx: Context, claims: readonly Event[], after: CueAfter = cueAfter): Event[] {
  const byLead = new Map<number, Event>();
  for (const e of claims) if (e.lead >= 0) byLead.set(e.lead, e);
  const out: Event[] = [];
  ctx.quotes.forEach((q, n) => {
    if (q.kind === 'direct') out.push(quoteEvent(ctx, q, n, byLead, after));
  });
  return out;
}

/** A cue after the quote, else the claim it leads, else the speaker before it. */
function quoteEvent(ctx: Context, q: QuoteSpan, n: number, byLead: Map<number, Event>, after: CueAfter): Event {
  const c = ctx.lex.confidence;
  const cue = q.close >= 0 ? after(ctx, q.close, n) : null;
  if (cue) return cue;
  const lead = byLead.get(q.open);
  if (lead)
    return event(q.open, { follow: lead, cue: lead.cue, kind: lead.kind, quote: n, confidence: c['led-by-claim'] });
  const prev = ctx.tokens.get(q.open - 1);
  const opensSentence =
    !prev || prev.block !== ctx.tokens.get(q.open)!.block || ENDERS.has(prev.text) || prev.kind === Kind.Quote;
  return event(q.open, {
    context: opensSentence,
    quote: n,
    confidence: c[opensSentence ? 'last-speaker' : 'no-speaker'],
  });
}

/** The most tokens an apposition may have between a speaker's name and the verb after a quote. */
const APPOSITION_MAX = 8;

function cueAfter(ctx: Context, close: number, quote: number): Event | null {
  const { tokens, lex } = ctx;
  const c = lex.confidence;
  const lang = lex.lang;
  const block = tokens.get(close)!.block;
  let k = close + 1;
  if (tokens.get(k)?.text === ',') k++;
  if (tokens.get(k)?.lower === 'demikian') k++;
  const t = tokens.get(k);
  if (!t || t.block !== block || t.kind !== Kind.Word) return null;
  const end = ctx.sentences[ctx.sentenceOf[k]!]!.last;
  const cue = lang.after.get(t.lower) ?? lang.speech.get(t.lower) ?? lang.passive.get(t.lower);
  if (cue) {
    if (cue.pronoun) {
      const who = encliticPronoun(ctx, k);
      return event(k, {
        who,
        cue: { first: k, end: k + 1 },
        kind: cue.kind,
        quote,
        source: sourceIn(ctx, k + 1, end),
        confidence: c['pronoun-after-quote'],
      });
    }
    let from = k + 1;
    if (tokens.get(from)?.lower === 'oleh') from++;
    const phrase = readPhrase(ctx, from, end);
    const who = phrase ? headOf(ctx, phrase) : null;
    const confidence = c[!who ? 'no-speaker' : who.kind === 'pronoun' ? 'pronoun-after-quote' : 'name-after-quote'];
    return event(k, {
      who,
      cue: { first: k, end: k + 1 },
      kind: cue.kind,
      quote,
      source: sourceIn(ctx, phrase?.end ?? k + 1, end),
      confidence,
    });
  }
  // "…," Stoltenberg menambahkan.
  if (!startsPhrase(ctx, k, end) && !isPronoun(ctx, t)) return null;
  const phrase = readPhrase(ctx, k, end);
  if (!phrase) return null;
  let v = phrase.end;
  // "…," Budi Santoso, juru bicara Polda Bali, mengatakan …: an apposition between name and verb.
  if (tokens.get(v)?.text === ',') {
    let c = v + 1;
    while (c < end && c <= v + APPOSITION_MAX && tokens.get(c)!.text !== ',') c++;
    // The phrase may have taken the apposition in (a title after the name): then the comma closes it.
    v = tokens.get(c)?.text === ',' && c < end ? c + 1 : v + 1;
  }
  while (v < end && lang.adverbs.at(tokens, v)) v++;
  const verb = tokens.get(v);
  const vcue = verb && v < end ? (lang.speech.get(verb.lower) ?? lang.after.get(verb.lower)) : undefined;
  if (!vcue) return null;
  const who = headOf(ctx, phrase);
  return event(v, {
    who,
    cue: { first: v, end: v + 1 },
    kind: vcue.kind,
    quote,
    source: sourceIn(ctx, v + 1, end),
    confidence: c[who ? 'subject-after-quote' : 'no-speaker'],
  });
}

/** "seperti dilansir CNA": the outlet that relayed the words, within the rest of the sentence. */
export function sourceIn(ctx: Context, from: number, end: number): Phrase | null {
  const { tokens, lex } = ctx;
  for (let k = from; k < end; k++) {
    if (!lex.lang.source.at(tokens, k)) continue;
    let s = k + 1;
    if (tokens.get(s)?.lower === 'dari' || tokens.get(s)?.lower === 'oleh') s++;
    const phrase = readPhrase(ctx, s, end);
    if (phrase) return phrase;
  }
  return null;
}
