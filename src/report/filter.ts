import type { ClaimResult, DocumentResult, EntityType, QuoteResult } from './types.js';

/** What the user asked to keep. Empty sets keep everything. */
export interface Filters {
  /** Entity ids (listed, or made from an unlisted name): keep their quotes and claims. */
  entities: readonly string[];
  /** Entity ids: keep quotes and claims about them. */
  about: readonly string[];
  types: readonly EntityType[];
  kinds: readonly ('quote' | 'claim')[];
  minConfidence: number;
}

export const NO_FILTERS: Filters = { entities: [], about: [], types: [], kinds: [], minConfidence: 0 };

export function isFiltering(f: Filters): boolean {
  return f.entities.length + f.about.length + f.types.length + f.kinds.length > 0 || f.minConfidence > 0;
}

/**
 * Keeps the quotes and claims that pass every filter, and the entities that are left with
 * something to show (or that the user named). Ids stay as they were, so a filtered result
 * still points into the document the same way.
 */
export function applyFilters(r: DocumentResult, f: Filters): DocumentResult {
  if (!isFiltering(f)) return r;
  const speakerOf = new Map<string, DocumentResult['entities'][number]>();
  for (const e of r.entities) for (const id of [...e.quotes, ...e.claims]) speakerOf.set(id, e);
  const keep = (x: QuoteResult | ClaimResult, kind: 'quote' | 'claim') => {
    const e = speakerOf.get(x.id);
    if (f.kinds.length && !f.kinds.includes(kind)) return false;
    if (x.confidence < f.minConfidence) return false;
    if (f.entities.length && !(e && f.entities.includes(e.id))) return false;
    if (f.types.length && !(e && f.types.includes(e.type))) return false;
    if (f.about.length && !x.about.some((id) => f.about.includes(id))) return false;
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
    .filter((e) => e.quotes.length + e.claims.length > 0 || f.entities.includes(e.id) || f.about.includes(e.id))
    .filter((e) => !f.types.length || f.types.includes(e.type));
  return {
    ...r,
    entities,
    quotes,
    claims: claims.map((c) => ({ ...c, quotes: c.quotes.filter((id) => kept.has(id)) })),
  };
}
