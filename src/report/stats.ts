// Figures over a run: who speaks most, who is spoken about, who about whom, what kinds of speech,
// which outlets and months. Built a document at a time (statsPart in the worker, StatsCounter in
// the main thread), so a corpus of any size never has to be held in memory.
import { UNKNOWN_GROUP } from './corpus.js';
import type { DocumentResult, EntityType } from './types.js';

/** What one document adds to the figures: small, plain data (it crosses from a worker). */
export interface StatsPart {
  outlet: string | null;
  /** YYYY-MM of document.published, or null. */
  month: string | null;
  /** Names and types of the entities this document gives, by id, for those its items name. */
  names: [id: string, name: string, type: EntityType | null][];
  /** One row per quote or claim: [quote or claim, kind, speaker key or null, about ids]. */
  items: [form: 'quote' | 'claim', kind: string, speaker: string | null, about: string[]][];
}

export interface Count {
  id: string;
  name: string;
  type: EntityType | null;
  quotes: number;
  claims: number;
  items: number;
}

export interface GroupCount {
  key: string;
  documents: number;
  quotes: number;
  claims: number;
  items: number;
}

export interface KindCount {
  kind: string;
  count: number;
}

/** The figures of a run (extract stats --format json prints this object). */
export interface Stats {
  documents: number;
  errors: number;
  quotes: number;
  claims: number;
  /** Quotes and claims with no speaker. */
  unattributed: { quotes: number; claims: number; items: number };
  /** How many speakers and about-entities there are in all, before the top N. */
  totals: { speakers: number; about: number };
  top: number;
  speakers: Count[];
  about: Count[];
  /** Rows: the top speakers; columns: the top about-entities; cells: items by that speaker naming that entity. */
  matrix: { speakers: string[]; about: string[]; counts: number[][] };
  kinds: { quotes: KindCount[]; claims: KindCount[] };
  /** Count desc, then name; documents without an outlet under "unknown". */
  outlets: GroupCount[];
  /** Months in time order (YYYY-MM), "unknown" last. */
  months: GroupCount[];
}

/** The key a speaker is counted under: its entity in the document, else the words that name it (a bare title). */
function speakerKey(s: NonNullable<DocumentResult['quotes'][number]['speaker']>): string {
  return s.id ?? `title:${s.name}`;
}

export function statsPart(r: DocumentResult): StatsPart {
  const names = new Map<string, [string, string, EntityType | null]>();
  for (const e of r.entities) names.set(e.id, [e.id, e.name, e.type]);
  const used = new Set<string>();
  const items: StatsPart['items'] = [];
  const add = (form: 'quote' | 'claim', x: DocumentResult['quotes'][number] | DocumentResult['claims'][number]) => {
    const speaker = x.speaker ? speakerKey(x.speaker) : null;
    if (x.speaker && speaker && !names.has(speaker)) names.set(speaker, [speaker, x.speaker.name, x.speaker.type]);
    if (speaker) used.add(speaker);
    for (const a of x.about) used.add(a);
    items.push([form, x.kind, speaker, [...new Set(x.about)]]);
  };
  for (const q of r.quotes) add('quote', q);
  for (const c of r.claims) add('claim', c);
  return {
    outlet: r.document.outlet,
    month: r.document.published?.slice(0, 7) ?? null,
    names: [...used].sort().map((id) => names.get(id) ?? [id, id, null]),
    items,
  };
}

interface Tally {
  quotes: number;
  claims: number;
}

interface Group extends Tally {
  documents: number;
}

/** Accumulates the parts of a run, in document order, and gives the figures at the end. */
export class StatsCounter {
  private documents = 0;
  private errors = 0;
  private quotes = 0;
  private claims = 0;
  private readonly unattributed: Tally = { quotes: 0, claims: 0 };
  /** The first name and type each id was given, in document order. */
  private readonly names = new Map<string, { name: string; type: EntityType | null }>();
  private readonly speakers = new Map<string, Tally>();
  private readonly about = new Map<string, Tally>();
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly quoteKinds = new Map<string, number>();
  private readonly claimKinds = new Map<string, number>();
  private readonly outlets = new Map<string, Group>();
  private readonly months = new Map<string, Group>();

  addError(): void {
    this.errors++;
  }

  add(part: StatsPart): void {
    this.documents++;
    for (const [id, name, type] of part.names) if (!this.names.has(id)) this.names.set(id, { name, type });
    const outlet = group(this.outlets, part.outlet ?? UNKNOWN_GROUP);
    const month = group(this.months, part.month ?? UNKNOWN_GROUP);
    outlet.documents++;
    month.documents++;
    for (const [form, kind, speaker, about] of part.items) {
      const field = form === 'quote' ? 'quotes' : 'claims';
      this[field]++;
      outlet[field]++;
      month[field]++;
      bump(form === 'quote' ? this.quoteKinds : this.claimKinds, kind);
      if (speaker === null) this.unattributed[field]++;
      else tally(this.speakers, speaker)[field]++;
      for (const a of about) tally(this.about, a)[field]++;
      if (speaker === null) continue;
      let row = this.pairs.get(speaker);
      if (!row) this.pairs.set(speaker, (row = new Map()));
      for (const a of about) bump(row, a);
    }
  }

  /** The figures, with the top `top` speakers and about-entities. */
  result(top: number): Stats {
    const counts = (m: Map<string, Tally>) =>
      [...m].map(([id, t]): Count => {
        const n = this.names.get(id);
        return { id, name: n?.name ?? id, type: n?.type ?? null, ...t, items: t.quotes + t.claims };
      });
    const speakers = ranked(
      counts(this.speakers),
      (c) => c.items,
      (c) => c.name,
      (c) => c.id,
    );
    const about = ranked(
      counts(this.about),
      (c) => c.items,
      (c) => c.name,
      (c) => c.id,
    );
    const rows = speakers.slice(0, top).map((c) => c.id);
    const cols = about.slice(0, top).map((c) => c.id);
    const groups = (m: Map<string, Group>) =>
      [...m].map(([key, g]): GroupCount => ({ key, ...g, items: g.quotes + g.claims }));
    const unknownLast = (g: GroupCount) => (g.key === UNKNOWN_GROUP ? 1 : 0);
    return {
      documents: this.documents,
      errors: this.errors,
      quotes: this.quotes,
      claims: this.claims,
      unattributed: { ...this.unattributed, items: this.unattributed.quotes + this.unattributed.claims },
      totals: { speakers: speakers.length, about: about.length },
      top,
      speakers: speakers.slice(0, top),
      about: about.slice(0, top),
      matrix: {
        speakers: rows,
        about: cols,
        counts: rows.map((s) => cols.map((a) => this.pairs.get(s)?.get(a) ?? 0)),
      },
      kinds: { quotes: kindCounts(this.quoteKinds), claims: kindCounts(this.claimKinds) },
      outlets: ranked(
        groups(this.outlets),
        (g) => g.items,
        (g) => g.key,
      ),
      months: groups(this.months).sort((a, b) => unknownLast(a) - unknownLast(b) || compare(a.key, b.key)),
    };
  }
}

/** The figures of some documents at once (for a test or a library user with results in hand). */
export function statsOf(results: readonly DocumentResult[], top = 10): Stats {
  const counter = new StatsCounter();
  for (const r of results) counter.add(statsPart(r));
  return counter.result(top);
}

/** The speaker × about pairs with a count, row by row: the edges of the who-about-whom graph. */
export function pairsOf(stats: Stats): { speaker: string; about: string; count: number }[] {
  const { speakers, about, counts } = stats.matrix;
  return speakers.flatMap((s, i) =>
    about.map((a, j) => ({ speaker: s, about: a, count: counts[i]![j]! })).filter((p) => p.count > 0),
  );
}

function group(m: Map<string, Group>, key: string): Group {
  let g = m.get(key);
  if (!g) m.set(key, (g = { documents: 0, quotes: 0, claims: 0 }));
  return g;
}

function tally(m: Map<string, Tally>, key: string): Tally {
  let t = m.get(key);
  if (!t) m.set(key, (t = { quotes: 0, claims: 0 }));
  return t;
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function kindCounts(m: Map<string, number>): KindCount[] {
  return ranked(
    [...m].map(([kind, count]) => ({ kind, count })),
    (k) => k.count,
    (k) => k.kind,
  );
}

/** Count desc, then by name (code-unit order), then by the tie-breaker: the same order on every machine. */
function ranked<T>(list: T[], n: (x: T) => number, name: (x: T) => string, tie?: (x: T) => string | number): T[] {
  return list.sort(
    (a, b) => n(b) - n(a) || compare(name(a), name(b)) || (tie ? compare(String(tie(a)), String(tie(b))) : 0),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
