import type { ClaimResult, DocumentResult, QuoteResult, Speaker } from '../report/types.js';
import type { Gold, GoldClaim, GoldQuote, MetaField } from './gold.js';
import {
  type GoldPerson,
  matchClaims,
  matchItems,
  matchQuotes,
  overlap,
  samePerson,
  sameSpeaker,
  surfaceOf,
  words,
} from './match.js';

/** Found, expected and matched counts of one kind of item. */
export interface Tally {
  gold: number;
  found: number;
  matched: number;
}

/** Right and judged counts of one kind of link. */
export interface Rate {
  right: number;
  judged: number;
}

export interface Scores {
  articles: number;
  direct: Tally;
  partial: Tally;
  claims: Tally;
  /** Claims matched on their text alone, whoever the speaker. */
  claimText: Tally;
  quoteSpeaker: Rate;
  quoteSpeakerHigh: Rate;
  claimSpeaker: Rate;
  claimSpeakerHigh: Rate;
  /** The same person (DESIGN.md §6, strict), not one shared name word. */
  quoteSame: Rate;
  claimSame: Rate;
  /** Gold speakers judged, and those whose matched items carry more than one predicted id ("right" counts the split ones). */
  split: Rate;
  cues: Rate;
  entities: Rate;
  metadata: Rate;
  /** Per field, the judgments where the text prints the gold's value (or the gold says none). */
  printed: Record<MetaField, Rate>;
}

/** The most words a claim may have to be listed as short (a fragment, or a clause to check). */
const SHORT_CLAIM = 3;

/** One thing the extraction got wrong, for --verbose. */
export interface Finding {
  path: string;
  what:
    | 'missed quote'
    | 'missed claim'
    | 'extra quote'
    | 'extra claim'
    | 'short claim'
    | 'wrong speaker'
    | 'wrong cue'
    | 'split speaker'
    | 'missed entity'
    | 'wrong metadata';
  text: string;
  gold?: string | null;
  got?: string | null;
  start?: number;
}

export function emptyScores(): Scores {
  const t = (): Tally => ({ gold: 0, found: 0, matched: 0 });
  const r = (): Rate => ({ right: 0, judged: 0 });
  return {
    articles: 0,
    direct: t(),
    partial: t(),
    claims: t(),
    claimText: t(),
    quoteSpeaker: r(),
    quoteSpeakerHigh: r(),
    claimSpeaker: r(),
    claimSpeakerHigh: r(),
    quoteSame: r(),
    claimSame: r(),
    split: r(),
    cues: r(),
    entities: r(),
    metadata: r(),
    printed: { title: r(), author: r(), outlet: r(), published: r(), dateline: r() },
  };
}

/**
 * Scores one article against its gold (DESIGN.md §6): quotes match on token overlap, claims too,
 * preferring the prediction with the same speaker; optional claims count when found, never when
 * missed. Speakers are judged on the matched items whose gold speaker is named (an empty gold
 * speaker is unknown), loosely (a shared name word) and strictly (the same person); a gold
 * speaker whose items carry more than one predicted id is split.
 */
export function scoreArticle(
  r: DocumentResult,
  g: Gold,
  text: string,
  titleWords: ReadonlySet<string>,
  into: Scores,
  findings: Finding[],
  outletName: (printed: string) => string = (s) => s,
): void {
  const path = r.document.path ?? '';
  const cps = [...text];
  const people = goldPeople(g);
  const idsOf = new Map<string, Set<string>>();
  into.articles++;

  const judge = (pred: QuoteResult | ClaimResult, gold: GoldQuote | GoldClaim, loose: Rate, high: Rate, same: Rate) => {
    if (!gold.speaker || words(gold.speaker).length === 0) return;
    const surface = surfaceOf(pred.speaker, cps);
    const right = sameSpeaker(pred.speaker, gold.speaker, titleWords, surface, gold.aliases);
    rate(loose, right);
    if (gold.confidence === 'high' || gold.confidence === null) rate(high, right);
    const person = people.of(gold);
    const strict = samePerson(pred.speaker, surface, person, people.others(person), titleWords);
    rate(same, strict);
    // The older sets name speakers by a short form and list no entities: their misses are the loose ones.
    if (g.entities.length > 0 ? !strict : !right) {
      findings.push({
        path,
        what: 'wrong speaker',
        text: pred.text,
        gold: gold.speaker,
        got: pred.speaker ? `${pred.speaker.name} (${pred.speaker.via})` : null,
        start: pred.start,
      });
    }
    if (pred.speaker) {
      const key = words(person.name).join(' ');
      idsOf.set(key, (idsOf.get(key) ?? new Set()).add(speakerId(pred.speaker)));
    }
  };

  scoreQuotes(r, g, into, findings, path, judge);
  scoreClaims(r, g, text, titleWords, into, findings, path, judge);

  for (const [name, ids] of idsOf) {
    rate(into.split, ids.size > 1);
    if (ids.size > 1) findings.push({ path, what: 'split speaker', text: name, got: [...ids].join(', ') });
  }
  scoreEntities(r, g, into, findings, path);
  scoreMetadata(r, g, text, into, findings, path, outletName);
}

type Judge = (
  pred: QuoteResult | ClaimResult,
  gold: GoldQuote | GoldClaim,
  loose: Rate,
  high: Rate,
  same: Rate,
) => void;

/** Direct and partial quotes: matched, missed, extra; each match's speaker and cue judged. */
function scoreQuotes(r: DocumentResult, g: Gold, into: Scores, findings: Finding[], path: string, judge: Judge): void {
  for (const kind of ['direct', 'partial'] as const) {
    const preds = r.quotes.filter((q) => q.kind === kind);
    const golds = g.quotes.filter((q) => q.kind === kind);
    const m = matchQuotes(preds, golds);
    add(into[kind], golds.length, preds.length, m.pairs.length);
    for (const miss of m.missed) findings.push({ path, what: 'missed quote', text: miss.text, gold: miss.speaker });
    for (const x of m.extra)
      findings.push({ path, what: 'extra quote', text: x.text, got: x.speaker?.name ?? null, start: x.start });
    for (const { pred, gold } of m.pairs) {
      judge(pred, gold, into.quoteSpeaker, into.quoteSpeakerHigh, into.quoteSame);
      if (gold.cue) {
        const right = (pred.cue?.text.toLowerCase() ?? '') === gold.cue.toLowerCase();
        rate(into.cues, right);
        if (!right)
          findings.push({
            path,
            what: 'wrong cue',
            text: pred.text,
            gold: gold.cue,
            got: pred.cue?.text ?? null,
            start: pred.start,
          });
      }
    }
  }
}

/** Claims: matched (optional ones credited), by text, missed, extra, short; each match's speaker judged. */
function scoreClaims(
  r: DocumentResult,
  g: Gold,
  text: string,
  titleWords: ReadonlySet<string>,
  into: Scores,
  findings: Finding[],
  path: string,
  judge: Judge,
): void {
  const matched = matchClaims(r.claims, g.claims, titleWords, text);
  const optional = matchClaims(matched.extra, g.optionalClaims, titleWords, text);
  const found = r.claims.length - optional.pairs.length;
  add(into.claims, g.claims.length, found, matched.pairs.length);
  const byText = matchItems(r.claims, g.claims, (p, q) => overlap(p.text, q.text, 0.5), 0.5);
  add(into.claimText, g.claims.length, found, byText.pairs.length);
  for (const { pred, gold } of matched.pairs) {
    judge(pred, gold, into.claimSpeaker, into.claimSpeakerHigh, into.claimSame);
  }
  for (const miss of matched.missed) findings.push({ path, what: 'missed claim', text: miss.text, gold: miss.speaker });
  for (const x of optional.extra)
    findings.push({ path, what: 'extra claim', text: x.text, got: x.speaker?.name ?? null, start: x.start });
  // Claims of three words or fewer, matched or not, so that fragments can be found and read.
  for (const x of r.claims) {
    if (x.text.split(/\s+/).filter(Boolean).length > SHORT_CLAIM) continue;
    const got = `${x.speaker?.name ?? '(none)'} · confidence ${x.confidence}`;
    findings.push({ path, what: 'short claim', text: x.text, got, start: x.start });
  }
}

/** A gold entity is found when an output entity's name or a mention's text is its name or an alias. */
function scoreEntities(r: DocumentResult, g: Gold, into: Scores, findings: Finding[], path: string): void {
  const seen = new Set<string>();
  for (const x of r.entities) {
    seen.add(words(x.name).join(' '));
    for (const m of x.mentions) seen.add(words(m.text).join(' '));
  }
  for (const e of g.entities) {
    const found = [e.name, ...e.aliases].some((f) => seen.has(words(f).join(' ')));
    rate(into.entities, found);
    if (!found) findings.push({ path, what: 'missed entity', text: e.name });
  }
}

/**
 * Per field the gold gives: published on the date, the title exactly, the others holding every
 * word of the gold; a field the gold gives as null (the text prints none) must be null.
 */
/**
 * Each metadata field the gold gives: a null must be null, a date must begin the published
 * time, a title must be exact, an outlet is the same outlet (one canonical name for its printed
 * forms: "ANTARA News" is Kantor Berita Antara), other fields hold the gold's words.
 */
function scoreMetadata(
  r: DocumentResult,
  g: Gold,
  text: string,
  into: Scores,
  findings: Finding[],
  path: string,
  outletName: (printed: string) => string,
): void {
  for (const [key, want] of Object.entries(g.meta) as [MetaField, string | null][]) {
    const got = r.document[key];
    let right: boolean;
    if (want === null) right = got === null;
    else if (key === 'published') right = (got ?? '').startsWith(want);
    else if (key === 'title') right = got === want;
    else if (key === 'outlet' && got !== null && outletName(want) === outletName(got)) right = true;
    else {
      const have = new Set(words(got ?? ''));
      right = got !== null && words(want).every((w) => have.has(w));
    }
    rate(into.metadata, right);
    // A date is written many ways; the other fields are printed as the gold gives them.
    const printed = want === null || key === 'published' || text.toLowerCase().includes(want.toLowerCase());
    if (printed) rate(into.printed[key], right);
    if (!right) findings.push({ path, what: 'wrong metadata', text: key, gold: want, got });
  }
}

/** The article's gold people: each speaker with the forms the entity list gives for it. */
function goldPeople(g: Gold) {
  const key = (s: string) => words(s).join(' ');
  const byName = new Map<string, GoldPerson>();
  for (const e of g.entities) byName.set(key(e.name), { name: e.name, aliases: e.aliases });
  for (const item of [...g.quotes, ...g.claims, ...g.optionalClaims]) {
    if (!item.speaker || byName.has(key(item.speaker))) continue;
    byName.set(key(item.speaker), { name: item.speaker, aliases: [] });
  }
  return {
    of(item: GoldQuote | GoldClaim): GoldPerson {
      const known = byName.get(key(item.speaker ?? ''));
      return { name: item.speaker ?? '', aliases: [...(known?.aliases ?? []), ...item.aliases] };
    },
    others(person: GoldPerson): GoldPerson[] {
      const own = new Set([person.name, ...person.aliases].map(key));
      return [...byName.values()].filter((p) => !own.has(key(p.name)));
    },
  };
}

/** The id a predicted speaker goes by: its entity's id in the document, listed or not. */
function speakerId(s: Speaker): string {
  return s.id ?? s.entity ?? `name:${words(s.name).join(' ')}`;
}

function add(t: Tally, gold: number, found: number, matched: number): void {
  t.gold += gold;
  t.found += found;
  t.matched += matched;
}

function rate(r: Rate, right: boolean): void {
  r.judged++;
  if (right) r.right++;
}
