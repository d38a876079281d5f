import type { Context } from './context.js';
import { Discourse, type DiscourseOptions } from './discourse.js';
import type { Event, ResolvedSpeaker } from './events.js';
import { scanClaims } from './claims.js';
import { quoteEvents } from './quote-cues.js';

/**
 * Finds every act of attribution, then resolves speakers in text order, so that a pronoun,
 * a bare title or a cue-less quote takes the right earlier speaker.
 */
export function attribute(ctx: Context): Event[] {
  const claims = scanClaims(ctx);
  return resolveInOrder(ctx, [...claims, ...quoteEvents(ctx, claims)]);
}

/** Resolves the speakers of events in text order (any language's events); notes are dropped. */
export function resolveInOrder(ctx: Context, found: Event[], options: DiscourseOptions = {}): Event[] {
  const events = found.sort((a, b) => a.at - b.at);
  const discourse = new Discourse(ctx, options);
  for (const e of events) {
    e.speaker = speakerOf(e, discourse);
    if (e.speaker) discourse.note(e.speaker);
  }
  return events.filter((e) => !e.noteOnly);
}

function speakerOf(e: Event, discourse: Discourse): ResolvedSpeaker | null {
  if (e.follow) {
    e.confidence = Math.min(e.confidence, e.follow.confidence);
    return e.follow.speaker;
  }
  if (e.context) {
    const who = discourse.last();
    return who ? { ...who, via: 'context' } : null;
  }
  if (!e.who) return null;
  const s = discourse.resolve(e.who);
  return s && e.passive && s.via === 'name' ? { ...s, via: 'passive' } : s;
}
