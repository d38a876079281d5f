import type { DocumentResult } from '../report/types.js';
import type { Gold, GoldClaim, GoldQuote } from './gold.js';
import { matchClaims, matchItems, matchQuotes, sameSpeaker, surfaceOf, tokenF1, words } from './match.js';

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
  cues: Rate;
  entities: Rate;
  metadata: Rate;
}

/** One thing the extraction got wrong, for --verbose. */
export interface Finding {
  path: string;
  what:
    | 'missed quote'
    | 'missed claim'
    | 'extra quote'
    | 'extra claim'
    | 'wrong speaker'
    | 'wrong cue'
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
    cues: r(),
    entities: r(),
    metadata: r(),
  };
}

/**
 * Scores one article against its gold (DESIGN.md §6): quotes match on token F1 ≥ 0.6; claims
 * need the same speaker and F1 ≥ 0.5, and optional claims count when found, never when missed.
 * Speaker accuracy is judged on quotes and claims matched by text, against gold speakers that
 * are named (an empty gold speaker is unknown, not judged).
 */
export function scoreArticle(
  r: DocumentResult,
  g: Gold,
  text: string,
  titleWords: ReadonlySet<string>,
  into: Scores,
  findings: Finding[],
): void {
  const path = r.document.path ?? '';
  const cps = [...text];
  into.articles++;
  for (const kind of ['direct', 'partial'] as const) {
    const preds = r.quotes.filter((q) => q.kind === kind);
    const golds = g.quotes.filter((q) => q.kind === kind);
    const m = matchQuotes(preds, golds);
    add(into[kind], golds.length, preds.length, m.pairs.length);
    for (const miss of m.missed) findings.push({ path, what: 'missed quote', text: miss.text, gold: miss.speaker });
    for (const x of m.extra)
      findings.push({ path, what: 'extra quote', text: x.text, got: x.speaker?.name ?? null, start: x.start });
    for (const { pred, gold } of m.pairs) {
      judgeSpeaker(
        pred.speaker,
        surfaceOf(pred.speaker, cps),
        gold,
        titleWords,
        into.quoteSpeaker,
        into.quoteSpeakerHigh,
        findings,
        path,
        pred.text,
        pred.start,
      );
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

  const strict = matchClaims(r.claims, g.claims, titleWords, text);
  const optional = matchClaims(strict.extra, g.optionalClaims, titleWords, text);
  add(into.claims, g.claims.length, r.claims.length - optional.pairs.length, strict.pairs.length);
  const byText = matchItems(r.claims, g.claims, (p, q) => tokenF1(p.text, q.text), 0.5);
  add(into.claimText, g.claims.length, r.claims.length - optional.pairs.length, byText.pairs.length);
  for (const { pred, gold } of byText.pairs) {
    judgeSpeaker(
      pred.speaker,
      surfaceOf(pred.speaker, cps),
      gold,
      titleWords,
      into.claimSpeaker,
      into.claimSpeakerHigh,
      findings,
      path,
      pred.text,
      pred.start,
    );
  }
  for (const miss of byText.missed) findings.push({ path, what: 'missed claim', text: miss.text, gold: miss.speaker });
  for (const x of optional.extra)
    if (!byText.pairs.some((p) => p.pred === x))
      findings.push({ path, what: 'extra claim', text: x.text, got: x.speaker?.name ?? null, start: x.start });

  for (const e of g.entities) {
    const found = r.entities.some((x) => x.name === e.name && (!e.type || x.type === e.type));
    rate(into.entities, found);
    if (!found) findings.push({ path, what: 'missed entity', text: e.name });
  }
  for (const [key, want] of Object.entries(g.meta)) {
    const got = r.document[key as keyof typeof r.document];
    const right = key === 'published' ? String(got ?? '').startsWith(want) : got === want;
    rate(into.metadata, right);
    if (!right)
      findings.push({ path, what: 'wrong metadata', text: key, gold: want, got: got === null ? null : String(got) });
  }
}

function judgeSpeaker(
  pred: DocumentResult['quotes'][number]['speaker'],
  surface: string,
  gold: GoldQuote | GoldClaim,
  titleWords: ReadonlySet<string>,
  all: Rate,
  high: Rate,
  findings: Finding[],
  path: string,
  text: string,
  start: number,
): void {
  if (!gold.speaker || words(gold.speaker).length === 0) return;
  const right = sameSpeaker(pred, gold.speaker, titleWords, surface, gold.aliases);
  rate(all, right);
  if (gold.confidence === 'high' || gold.confidence === null) rate(high, right);
  if (!right)
    findings.push({
      path,
      what: 'wrong speaker',
      text,
      gold: gold.speaker,
      got: pred ? `${pred.name} (${pred.via})` : null,
      start,
    });
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
