import { names, type Query } from './match.js';
import type { ClaimResult, DocumentResult, EntityResult, EntityType, QuoteResult } from './types.js';

/** What the user asked to keep. Empty sets keep everything. */
export interface Filters {
  /** Speakers, by id or name: keep their quotes and claims. */
  entities: readonly Query[];
  /** Entities, by id or name: keep the quotes and claims that mention them. */
  about: readonly Query[];
  types: readonly EntityType[];
  kinds: readonly ('quote' | 'claim')[];
  minConfidence: number;
}

export const NO_FILTERS: Filters = { entities: [], about: [], types: [], kinds: [], minConfidence: 0 };

/** Which --entity and --about values named an entity of a document: their indices. */
export interface Matched {
  entities: number[];
  about: number[];
}

export function isFiltering(f: Filters): boolean {
  return f.entities.length + f.about.length + f.types.length + f.kinds.length > 0 || f.minConfidence > 0;
}

/**
 * Keeps the quotes and claims that pass every filter, and the entities that are left with
 * something to show (or that the user named), and says which queries named something. Ids
 * stay as they were, so a filtered result still points into the document the same way.
 */
export function filterDocument(r: DocumentResult, f: Filters): { result: DocumentResult; matched: Matched } {
  if (!isFiltering(f)) return { result: r, matched: { entities: [], about: [] } };
  const speakers = f.entities.map((q) => r.entities.filter((e) => names(q, e)));
  const topics = f.about.map((q) => r.entities.filter((e) => names(q, e)));
  const speakerIds = new Set(speakers.flat().map((e) => e.id));
  const topicIds = new Set(topics.flat().map((e) => e.id));
  // An unlisted entity is not among an item's `about` ids: its mentions inside the item count.
  const topicMentions = topics.flat().flatMap((e) => e.mentions);
  const mentions = (x: QuoteResult | ClaimResult) =>
    x.about.some((id) => topicIds.has(id)) || topicMentions.some((m) => m.start >= x.start && m.end <= x.end);

  const speakerOf = new Map<string, EntityResult>();
  for (const e of r.entities) for (const id of [...e.quotes, ...e.claims]) speakerOf.set(id, e);
  const keep = (x: QuoteResult | ClaimResult, kind: 'quote' | 'claim') => {
    const e = speakerOf.get(x.id);
    if (f.kinds.length && !f.kinds.includes(kind)) return false;
    if (x.confidence < f.minConfidence) return false;
    if (f.entities.length && !(e && speakerIds.has(e.id))) return false;
    if (f.types.length && !(e && f.types.includes(e.type))) return false;
    if (f.about.length && !mentions(x)) return false;
    return true;
  };
  const quotes = r.quotes.filter((q) => keep(q, 'quote'));
  const claims = r.claims.filter((c) => keep(c, 'claim'));
  const kept = new Set([...quotes, ...claims].map((x) => x.id));
  const entities = r.entities
    .map((e) => ({
      ...e,
      quotes: e.quotes.filter((id) => kept.has(id)),
      claims: e.claims.filter((id) => kept.has(id)),
    }))
    .filter((e) => e.quotes.length + e.claims.length > 0 || speakerIds.has(e.id) || topicIds.has(e.id))
    .filter((e) => !f.types.length || f.types.includes(e.type));
  const found = (lists: EntityResult[][]) => lists.flatMap((list, i) => (list.length ? [i] : []));
  return {
    result: {
      ...r,
      entities,
      quotes,
      claims: claims.map((c) => ({ ...c, quotes: c.quotes.filter((id) => kept.has(id)) })),
    },
    matched: { entities: found(speakers), about: found(topics) },
  };
}
