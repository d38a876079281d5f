import type { EntityType } from '../lexicon/types.js';
import type { Phrase } from './phrase.js';
import type { Candidate } from './speaker.js';

/** How a speaker was found: by name, by a title, by a pronoun, as a passive's agent, or from the quotes before. */
export type Via = 'name' | 'title' | 'pronoun' | 'passive' | 'context';

/** A speaker after coreference: a lexicon entity (index) or a name from the text. */
export interface Who {
  entity: number | null;
  name: string;
  type: EntityType | null;
  /** A name (listed or not), as opposed to a bare title nobody could be found behind. */
  named: boolean;
  /** The document's entity this is (Identity.clusters), or null for a bare title or a holder by date never named. */
  cluster: number | null;
  /** For a person not in the lexicon: the title and the organization the text gives. */
  role?: string | null;
  affiliation?: string | null;
}

export interface ResolvedSpeaker extends Who {
  via: Via;
  start: number;
  end: number;
  /**
   * The speaker's title or affiliation as the article gives it, as written, seen from here: the
   * phrase's own ("Sekjen NATO Jens Stoltenberg", a bare "Menlu"), else the last the article gave
   * them before, else the first it gives them; null when it gives none.
   */
  title: string | null;
}

/**
 * One act of attribution found in the text: a cue with its speaker phrase and what it
 * attributes (a quote, a claim's content, or both). Events are resolved in text order so
 * that pronouns and bare titles see the speakers before them.
 */
export interface Event {
  /** Token index that orders the event. */
  at: number;
  who: Candidate | null;
  /** Take the speaker of this earlier event (a second verb of one subject, a quote after its cue). */
  follow: Event | null;
  /** No cue: the quote continues the last speaker. */
  context: boolean;
  /** Only tells the discourse who the sentence is about; attributes nothing. */
  noteOnly: boolean;
  /** Attributes, but tells the discourse nothing: a witness nobody names ("Dari penuturan saksi, …"). */
  aside: boolean;
  passive: boolean;
  cue: { first: number; end: number } | null;
  kind: string;
  /** The claim's content, as characters [start, end). */
  claim: { start: number; end: number } | null;
  /** Index of the direct quote this event attributes. */
  quote: number;
  /** Token index of a direct quote that this cue introduces (X mengatakan, "…"). */
  lead: number;
  source: Phrase | null;
  /** The source resolved: a lexicon entity (index) or the phrase as written, in characters [start, end). */
  relayedBy: { entity: number | null; start: number; end: number } | null;
  confidence: number;
  speaker: ResolvedSpeaker | null;
}

export function event(at: number, fields: Partial<Event>): Event {
  return {
    at,
    who: null,
    follow: null,
    context: false,
    noteOnly: false,
    aside: false,
    passive: false,
    cue: null,
    kind: 'statement',
    claim: null,
    quote: -1,
    lead: -1,
    source: null,
    relayedBy: null,
    confidence: 0.9,
    speaker: null,
    ...fields,
  };
}
