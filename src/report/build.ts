import { claimConfidence, quoteConfidence } from '../extract/confidence.js';
import type { Context } from '../extract/context.js';
import type { Event, ResolvedSpeaker } from '../extract/events.js';
import type { Cluster, Identity } from '../extract/identity.js';
import type { QuoteWarning } from '../extract/quotes.js';
import { idFromName } from './ids.js';
import { codePointMapper, type ToCodePoint } from '../text/codepoints.js';
import type { Language } from '../text/language.js';
import type { Page } from '../text/known.js';
import { lineMapper } from '../text/lines.js';
import { sentenceSpan } from '../text/sentences.js';
import { sortInPlace } from '../text/order.js';
import {
  SCHEMA,
  type ClaimKind,
  type ClaimResult,
  type DocumentResult,
  type EntityResult,
  type QuoteResult,
  type Source,
  type Speaker,
} from './types.js';

/** Turns the stages' findings into the output contract, with code-point offsets. */
export function buildResult(
  ctx: Context,
  page: Page,
  identity: Identity,
  events: readonly Event[],
  warnings: readonly QuoteWarning[],
  path: string | null,
  language: Language = 'id',
): DocumentResult {
  const cp = codePointMapper(ctx.text);
  const entities = new EntityTable(ctx, cp, identity, path);
  const place = placeOf(ctx, cp);

  const quoteEvent = new Map<number, Event>();
  for (const e of events) if (e.quote >= 0) quoteEvent.set(e.quote, e);
  const claimEvents = sortInPlace(
    events.filter((e) => e.claim !== null),
    (a, b) => a.claim!.start - b.claim!.start || a.claim!.end - b.claim!.end,
  );

  const { claimOfPartial, partialsOf } = partialQuotes(ctx, claimEvents);

  const quotes: QuoteResult[] = ctx.quotes.map((q, n) => {
    const id = `q${n + 1}`;
    const e = q.kind === 'partial' ? claimOfPartial.get(n) : quoteEvent.get(n);
    return {
      id,
      kind: q.kind,
      text: ctx.text.slice(q.start, q.end),
      start: cp(q.start),
      end: cp(q.end),
      speaker: entities.speaker(e?.speaker ?? null, id, 'quotes'),
      cue: cueOf(ctx, e ?? null, cp),
      source: sourceOf(ctx, e ?? null, cp),
      about: entities.about(q.start, q.end),
      confidence: round(quoteConfidence(ctx, q, e)),
      ...place(q.start, q.end),
    };
  });

  const claims: ClaimResult[] = claimEvents.map((e, n) => {
    const id = `c${n + 1}`;
    const { start, end } = e.claim!;
    return {
      id,
      // The cue tables hold only these kinds (test/lexicon.test.ts holds them to CLAIM_KINDS).
      kind: e.kind as ClaimKind,
      text: ctx.text.slice(start, end),
      start: cp(start),
      end: cp(end),
      speaker: entities.speaker(e.speaker, id, 'claims'),
      cue: cueOf(ctx, e, cp),
      source: sourceOf(ctx, e, cp),
      about: entities.about(start, end),
      quotes: partialsOf.get(e) ?? [],
      confidence: round(claimConfidence(ctx, e)),
      ...place(start, end),
    };
  });

  return {
    schema: SCHEMA,
    document: {
      path,
      title: page.title,
      outlet: page.outlet,
      author: page.author,
      published: page.published,
      dateline: page.dateline,
      language,
      url: page.url,
      year: page.year,
    },
    entities: entities.list(),
    quotes,
    claims,
    warnings: warnings.map((w) => ({ code: w.code, message: w.message, start: cp(w.start), end: cp(w.end) })),
  };
}

/** Each partial quote belongs to the claim around it: one pass, both lists in text order. */
function partialQuotes(ctx: Context, claimEvents: readonly Event[]) {
  const claimOfPartial = new Map<number, Event>();
  const partialsOf = new Map<Event, string[]>();
  let open = 0;
  ctx.quotes.forEach((q, n) => {
    if (q.kind !== 'partial') return;
    while (open < claimEvents.length && claimEvents[open]!.claim!.end < q.end) open++;
    for (let c = open; c < claimEvents.length && claimEvents[c]!.claim!.start <= q.start; c++) {
      const e = claimEvents[c]!;
      if (q.end > e.claim!.end) continue;
      claimOfPartial.set(n, e);
      partialsOf.set(e, [...(partialsOf.get(e) ?? []), `q${n + 1}`]);
      break;
    }
  });
  return { claimOfPartial, partialsOf };
}

/**
 * The entities of one document: a row for each entity of its model (listed or not), with every
 * mention of it, and the quotes and claims it speaks.
 */
class EntityTable {
  private readonly rows = new Map<string, EntityResult & { first: number }>();
  /** Each cluster's row id, by cluster number. */
  private readonly ids: string[] = [];
  /** Every mention with its row's id, in text order: what a quote or claim is about. */
  private readonly mentionList: { start: number; stop: number; id: string }[] = [];
  /** What each row already holds (quote and claim ids): no list is searched. */
  private readonly held = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: Context,
    private readonly cp: ToCodePoint,
    identity: Identity,
    path: string | null,
  ) {
    const taken = new Set<string>();
    // The document's own id part, for people known by one word: made only when one is there.
    let doc: string | undefined;
    const scope = () => (doc ??= idFromName(path ?? 'stdin'));
    for (const c of identity.clusters) {
      const id = this.idOf(c, scope, taken);
      taken.add(id);
      this.ids[c.n] = id;
      const listed = c.entity !== null ? ctx.lex.entities[c.entity]! : null;
      sortInPlace(c.mentions, (a, b) => a.start - b.start);
      const row = this.row(id, listed?.name ?? c.name, c.type, listed !== null, c.mentions[0]?.start ?? 0);
      if (!listed && c.role) row.role = c.role;
      if (!listed && c.affiliation) row.affiliation = c.affiliation;
      for (const m of c.mentions) {
        row.mentions.push(this.span(m.start, m.stop));
        this.mentionList.push({ start: m.start, stop: m.stop, id });
      }
    }
    sortInPlace(this.mentionList, (a, b) => a.start - b.start);
  }

  speaker(s: ResolvedSpeaker | null, id: string, list: 'quotes' | 'claims'): Speaker | null {
    if (!s) return null;
    const listed = s.entity !== null ? this.ctx.lex.entities[s.entity]! : null;
    const row =
      s.cluster !== null
        ? this.rows.get(this.ids[s.cluster]!)!
        : listed
          ? this.row(listed.id, listed.name, listed.type, true, s.start)
          : null;
    if (row && !this.holds(row.id, id)) row[list].push(id);
    return {
      id: row?.id ?? null,
      entity: listed?.id ?? null,
      name: s.name,
      type: s.type,
      via: s.via,
      start: this.cp(s.start),
      end: this.cp(s.end),
      written: this.ctx.text.slice(s.start, s.end),
      role: s.title,
    };
  }

  /** Ids of the entities mentioned inside [start, end); mentions are in text order. */
  about(start: number, end: number): string[] {
    const ids: string[] = [];
    const list = this.mentionList;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i]!.start < end; i++) {
      const m = list[i]!;
      if (m.stop > end) continue;
      if (!ids.includes(m.id)) ids.push(m.id);
    }
    return ids;
  }

  list(): EntityResult[] {
    return sortInPlace([...this.rows.values()], (a, b) => a.first - b.first).map(({ first: _, ...row }) => row);
  }

  /**
   * A listed entity's id is the lexicon's; an unlisted one's is made from its name, and a person
   * known by one word only is scoped to the document ("agus-in-corpus-berita-1-txt"): the corpus
   * never merges two people who share a first name.
   */
  private idOf(c: Cluster, doc: () => string, taken: ReadonlySet<string>): string {
    if (c.entity !== null) return this.ctx.lex.entities[c.entity]!.id;
    let id = idFromName(c.name);
    if (this.ctx.lex.index.has(id)) id = `${id}-unlisted`;
    // One word as written ("Agus", "Alexander-Arnold"): whatever its parts, nothing tells the person apart.
    if (c.type === 'person' && !/\s/.test(c.name.trim())) id = `${id}-in-${doc()}`;
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    return unique;
  }

  /** Whether a row already holds a key; notes it if not. */
  private holds(row: string, key: string): boolean {
    let keys = this.held.get(row);
    if (!keys) this.held.set(row, (keys = new Set()));
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
  }

  private row(id: string, name: string, type: EntityResult['type'], listed: boolean, at: number) {
    let row = this.rows.get(id);
    if (!row) {
      row = { id, name, type, listed, mentions: [], quotes: [], claims: [], first: at };
      this.rows.set(id, row);
    }
    return row;
  }

  private span(start: number, end: number) {
    return { start: this.cp(start), end: this.cp(end), text: this.ctx.text.slice(start, end) };
  }
}

/** Where an item stands: its sentence, and its start's line and column, in code points. */
function placeOf(ctx: Context, cp: ToCodePoint) {
  const lineOf = lineMapper(ctx.text, cp);
  return (start: number, end: number) => {
    const s = sentenceSpan(ctx.tokens, ctx.sentences, ctx.sentenceOf, start, end);
    return {
      sentence: { text: ctx.text.slice(s.start, s.end), start: cp(s.start), end: cp(s.end) },
      ...lineOf(start),
    };
  };
}

function cueOf(ctx: Context, e: Event | null, cp: ToCodePoint) {
  if (!e?.cue) return null;
  const start = ctx.tokens.get(e.cue.first)!.start;
  const end = ctx.tokens.get(e.cue.end - 1)!.end;
  return { text: ctx.text.slice(start, end), start: cp(start), end: cp(end) };
}

function sourceOf(ctx: Context, e: Event | null, cp: ToCodePoint): Source | null {
  const by = e?.relayedBy;
  if (!by) return null;
  if (by.entity !== null) {
    const entity = ctx.lex.entities[by.entity]!;
    return { entity: entity.id, name: entity.name, start: cp(by.start), end: cp(by.end) };
  }
  return { entity: null, name: ctx.text.slice(by.start, by.end), start: cp(by.start), end: cp(by.end) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
