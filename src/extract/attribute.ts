import type { Context } from './context.js';
import { Discourse } from './discourse.js';
import type { Event, ResolvedSpeaker } from './events.js';
import type { Identity } from './identity.js';
import { scanClaims } from './claims.js';
import type { Phrase } from './phrase.js';
import { quoteEvents } from './quote-cues.js';
import { headOf } from './speaker.js';
import { sortInPlace } from '../text/order.js';

/**
 * Finds every act of attribution, then resolves speakers in text order, so that a pronoun,
 * a bare title or a cue-less quote takes the right earlier speaker.
 */
export function attribute(ctx: Context, identity: Identity): Event[] {
  const claims = scanClaims(ctx);
  return resolveInOrder(ctx, identity, [...claims, ...quoteEvents(ctx, claims)]);
}

/** Resolves the speakers of events in text order (any language's events); notes are dropped. */
export function resolveInOrder(ctx: Context, identity: Identity, found: Event[]): Event[] {
  const events = sortInPlace(found, (a, b) => a.at - b.at);
  const discourse = new Discourse(ctx, identity);
  for (const e of events) {
    e.relayedBy = e.source ? relayedBy(ctx, e.source) : null;
    e.speaker = speakerOf(ctx, e, discourse);
    if (e.speaker && !e.aside) discourse.note(e.speaker, e.noteOnly);
  }
  return events.filter((e) => !e.noteOnly);
}

/** "seperti dilansir CNA": the outlet a source phrase names, else the phrase as written. */
function relayedBy(ctx: Context, phrase: Phrase): Event['relayedBy'] {
  const head = headOf(ctx, phrase);
  if (head?.kind === 'entity') return { entity: head.entity, start: head.start, end: head.end };
  return { entity: null, start: ctx.tokens.get(phrase.first)!.start, end: ctx.tokens.get(phrase.end - 1)!.end };
}

function speakerOf(ctx: Context, e: Event, discourse: Discourse): ResolvedSpeaker | null {
  if (e.follow) {
    e.confidence = Math.min(e.confidence, e.follow.confidence);
    return e.follow.speaker;
  }
  if (e.context) {
    const who = discourse.last();
    return who ? { ...who, via: 'context' } : null;
  }
  if (!e.who) return null;
  // A sentence about a titled person ("Emir Kuwait … juga mengutuk …") counts for pronouns only
  // when the article gave the title to someone.
  if (e.noteOnly && e.who.kind === 'title' && !e.who.anaphoric) return discourse.holder(e.who);
  const s = discourse.resolve(e.who);
  const quote = e.quote >= 0 ? ctx.quotes[e.quote] : undefined;
  if (s && quote) return discourse.notAbout(s, quote);
  return s && e.passive && s.via === 'name' ? { ...s, via: 'passive' } : s;
}
