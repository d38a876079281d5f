import type { DocumentResult, EntityType, Via } from './types.js';

/** A quote or claim in the per-entity view of a corpus: where it is, and what it says. */
export interface CorpusItem {
  path: string | null;
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  cue: string | null;
  via: Via | null;
  source: string | null;
  about: string[];
  confidence: number;
  /** The document's outlet and publication date: what --group-by groups by. */
  outlet: string | null;
  published: string | null;
  /** Where it stands: its sentence, and the line and column of its start (additions). */
  sentence: { text: string; start: number; end: number };
  line: number;
  column: number;
  /** The speaker as the text writes them there, and the title the article gives them (additions). */
  written: string | null;
  role: string | null;
}

/** One entity across the corpus: every quote and claim attributed to it. */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  listed: boolean;
  documents: number;
  mentions: number;
  quotes: CorpusItem[];
  claims: CorpusItem[];
}

/** The quotes and claims nobody could be told to have said, across the corpus. */
export interface Unattributed {
  documents: number;
  quotes: CorpusItem[];
  claims: CorpusItem[];
}

/** What one document adds to the corpus view: its entities, and its items without a speaker. */
export interface Contribution {
  entities: CorpusEntity[];
  unattributed: { quotes: CorpusItem[]; claims: CorpusItem[] };
}

/** What one document adds to the corpus view (small: no mention spans). */
export function contribution(r: DocumentResult): Contribution {
  const quotes = new Map(r.quotes.map((q) => [q.id, q]));
  const claims = new Map(r.claims.map((c) => [c.id, c]));
  const item = (x: DocumentResult['quotes'][number] | DocumentResult['claims'][number]): CorpusItem => ({
    path: r.document.path,
    id: x.id,
    kind: x.kind,
    text: x.text,
    start: x.start,
    end: x.end,
    cue: x.cue?.text ?? null,
    via: x.speaker?.via ?? null,
    source: x.source?.name ?? null,
    about: x.about,
    confidence: x.confidence,
    outlet: r.document.outlet,
    published: r.document.published,
    sentence: x.sentence,
    line: x.line,
    column: x.column,
    written: x.speaker?.written ?? null,
    role: x.speaker?.role ?? null,
  });
  const entities = r.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    listed: e.listed,
    documents: 1,
    mentions: e.mentions.length,
    quotes: e.quotes.map((id) => item(quotes.get(id)!)),
    claims: e.claims.map((id) => item(claims.get(id)!)),
  }));
  // Unattributed: no speaker, or a speaker no entity stands behind (a bare title nobody was
  // found behind, "Sekjen NATO"; its words are the item's `written`).
  const held = new Set(r.entities.flatMap((e) => [...e.quotes, ...e.claims]));
  return {
    entities,
    unattributed: {
      quotes: r.quotes.filter((q) => !held.has(q.id)).map(item),
      claims: r.claims.filter((c) => !held.has(c.id)).map(item),
    },
  };
}

/** Merges the documents' contributions, in document order, into the per-entity view. */
export class CorpusView {
  private readonly rows = new Map<string, CorpusEntity>();
  documents = 0;
  quotes = 0;
  claims = 0;
  /** The items with no speaker, in document order: a group of their own, never an entity. */
  readonly unattributed: Unattributed = { documents: 0, quotes: [], claims: [] };

  /** One document's entities and unattributed items, with its quote and claim counts. */
  add(parts: Contribution, quotes: number, claims: number): void {
    this.documents++;
    this.quotes += quotes;
    this.claims += claims;
    this.merge(parts.entities);
    const { quotes: q, claims: c } = parts.unattributed;
    if (q.length + c.length === 0) return;
    this.unattributed.documents++;
    this.unattributed.quotes.push(...q);
    this.unattributed.claims.push(...c);
  }

  private merge(parts: readonly CorpusEntity[]): void {
    for (const p of parts) {
      const row = this.rows.get(p.id);
      if (!row) {
        this.rows.set(p.id, { ...p, quotes: [...p.quotes], claims: [...p.claims] });
        continue;
      }
      row.documents += p.documents;
      row.mentions += p.mentions;
      row.quotes.push(...p.quotes);
      row.claims.push(...p.claims);
    }
  }

  get size(): number {
    return this.rows.size;
  }

  nameOf(id: string): string {
    return this.rows.get(id)?.name ?? id;
  }

  /** Most quoted first; then most mentioned; then by id, so the order never varies. */
  entities(): CorpusEntity[] {
    return [...this.rows.values()].sort(
      (a, b) =>
        b.quotes.length + b.claims.length - (a.quotes.length + a.claims.length) ||
        b.mentions - a.mentions ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}

/** Items of one entity in document order, then text order. */
export function byPlace(items: CorpusItem[]): CorpusItem[] {
  return items
    .map((x, n) => ({ x, n }))
    .sort((a, b) =>
      (a.x.path ?? '') < (b.x.path ?? '')
        ? -1
        : (a.x.path ?? '') > (b.x.path ?? '')
          ? 1
          : a.x.start - b.x.start || a.n - b.n,
    )
    .map(({ x }) => x);
}

export type GroupBy = 'outlet' | 'month';

/** The group of the items whose document gives no outlet, or no date. */
export const UNKNOWN_GROUP = 'unknown';

/**
 * Items of one entity by outlet or by month of publication (YYYY-MM): the groups in code-unit
 * order (months in time order), the unknown group last; in each, document order, then text order.
 */
export function groupItems(items: CorpusItem[], by: GroupBy): { key: string; items: CorpusItem[] }[] {
  const groups = new Map<string, CorpusItem[]>();
  for (const x of byPlace(items)) {
    const key = (by === 'outlet' ? x.outlet : (x.published?.slice(0, 7) ?? null)) ?? UNKNOWN_GROUP;
    const list = groups.get(key);
    if (list) list.push(x);
    else groups.set(key, [x]);
  }
  const rank = (k: string) => (k === UNKNOWN_GROUP ? 1 : 0);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => ({ key, items: list }));
}
