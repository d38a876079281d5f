import { nameWords } from '../extract/identity.js';
import type { ClaimResult, QuoteResult, Speaker } from '../report/types.js';
import type { GoldClaim, GoldQuote } from './gold.js';

/** Lowercased word tokens, diacritics folded, for overlap scores and name comparison: as the extraction compares names. */
export const words = nameWords;

/** How many of a's tokens b holds, each of b's tokens counted once (bags of words). */
function shared(wa: readonly string[], wb: readonly string[]): number {
  const bag = new Map<string, number>();
  for (const w of wb) bag.set(w, (bag.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of wa) {
    const left = bag.get(w) ?? 0;
    if (left > 0) {
      n++;
      bag.set(w, left - 1);
    }
  }
  return n;
}

/** Token F1 between two texts (bags of words). */
export function tokenF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const common = shared(wa, wb);
  if (common === 0) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

/**
 * Does a predicted speaker name the gold speaker? They must share a name word; title words
 * (Menteri, Sekjen, …) do not count, unless the gold speaker is a bare title. A gold item
 * with no speaker leaves it unknown, and any speaker matches.
 */
export function sameSpeaker(
  pred: Speaker | null,
  gold: string | null,
  titleWords: ReadonlySet<string>,
  surface = '',
  aliases: readonly string[] = [],
): boolean {
  const g = words(gold ?? '');
  if (g.length === 0) return true; // the gold leaves the speaker unknown: anyone matches
  if (pred === null) return false;
  // The speaker's canonical name, or the words the text used for it ("Presiden", "Jokowi").
  const p = new Set([...words(pred.name), ...words(surface)]);
  const all = [...g, ...aliases.flatMap(words)];
  const names = all.filter((w) => !titleWords.has(w));
  return (names.length > 0 ? names : all).some((w) => p.has(w));
}

/** The names a gold speaker goes by in one article: its fullest name, then the other forms. */
export interface GoldPerson {
  name: string;
  aliases: readonly string[];
}

/**
 * Is a predicted speaker the same person as the gold one (DESIGN.md §6, strict)? Its name, or
 * the words the text used for it, equal the gold name or an alias; or all their name words are
 * in the gold name, include its first or last name word, and fit no other speaker or entity
 * of the article ("Kim" is not Kim Yo Jong when Kim Jong Un is also there).
 */
export function samePerson(
  pred: Speaker | null,
  surface: string,
  gold: GoldPerson,
  others: readonly GoldPerson[],
  titleWords: ReadonlySet<string>,
): boolean {
  if (pred === null) return false;
  const forms = new Set([gold.name, ...gold.aliases].map((x) => words(x).join(' ')));
  const said = [pred.name, surface].filter(Boolean);
  if (said.some((x) => forms.has(words(x).join(' ')))) return true;
  const goldWords = words(gold.name).filter((w) => !titleWords.has(w));
  const ends = [goldWords[0], goldWords[goldWords.length - 1]];
  return said.some((x) => {
    const name = words(x).filter((w) => !titleWords.has(w));
    if (name.length === 0 || !name.every((w) => goldWords.includes(w))) return false;
    if (!name.some((w) => ends.includes(w))) return false;
    return !others.some((o) =>
      [o.name, ...o.aliases].some((f) => {
        const other = new Set(words(f));
        return name.every((w) => other.has(w));
      }),
    );
  });
}

export interface Pair<P, G> {
  pred: P;
  gold: G;
  f1: number;
}

export interface Matching<P, G> {
  pairs: Pair<P, G>[];
  missed: G[];
  extra: P[];
}

/** One-to-one matching, best scores first, of predictions to gold items. */
export function matchItems<P, G>(
  preds: readonly P[],
  golds: readonly G[],
  score: (p: P, g: G) => number,
  threshold: number,
): Matching<P, G> {
  const candidates: Pair<P, G>[] = [];
  for (const pred of preds) {
    for (const gold of golds) {
      const f1 = score(pred, gold);
      if (f1 >= threshold) candidates.push({ pred, gold, f1 });
    }
  }
  candidates.sort((a, b) => b.f1 - a.f1);
  const usedP = new Set<P>();
  const usedG = new Set<G>();
  const pairs: Pair<P, G>[] = [];
  for (const c of candidates) {
    if (usedP.has(c.pred) || usedG.has(c.gold)) continue;
    usedP.add(c.pred);
    usedG.add(c.gold);
    pairs.push(c);
  }
  return { pairs, missed: golds.filter((g) => !usedG.has(g)), extra: preds.filter((p) => !usedP.has(p)) };
}

/**
 * How well a prediction covers a gold text: its token F1 when that reaches the threshold, else
 * the threshold itself when it holds 80% of the gold's tokens (a longer span around the gold
 * text), else 0 (DESIGN.md §6).
 */
export function overlap(pred: string, gold: string, threshold: number): number {
  const f1 = tokenF1(pred, gold);
  if (f1 >= threshold) return f1;
  return contained(gold, pred) >= 0.8 ? threshold : 0;
}

/** The share of a's tokens that b holds. */
function contained(a: string, b: string): number {
  const wa = words(a);
  return wa.length === 0 ? 0 : shared(wa, words(b)) / wa.length;
}

/** Quotes match on token F1 ≥ 0.6, or 80% of the gold's tokens held (DESIGN.md §6). */
export function matchQuotes(
  preds: readonly QuoteResult[],
  golds: readonly GoldQuote[],
): Matching<QuoteResult, GoldQuote> {
  return matchItems(preds, golds, (p, g) => overlap(p.text, g.text, 0.6), 0.6);
}

/**
 * Claims match on token F1 ≥ 0.5, or 80% of the gold's tokens held; where a gold claim could
 * go to several predictions, the one with the same speaker is preferred (DESIGN.md §6).
 */
export function matchClaims(
  preds: readonly ClaimResult[],
  golds: readonly GoldClaim[],
  titleWords: ReadonlySet<string>,
  text = '',
): Matching<ClaimResult, GoldClaim> {
  const cps = text ? [...text] : [];
  return matchItems(
    preds,
    golds,
    (p, g) => {
      const o = overlap(p.text, g.text, 0.5);
      if (o === 0) return 0;
      return sameSpeaker(p.speaker, g.speaker, titleWords, surfaceOf(p.speaker, cps), g.aliases) ? o + 1 : o;
    },
    0.5,
  );
}

/** The words the text used for a speaker (offsets are code points). */
export function surfaceOf(s: Speaker | null, codePoints: readonly string[]): string {
  return s && s.end > s.start ? codePoints.slice(s.start, s.end).join('') : '';
}

/** The words of every title in the lexicon: they never make two speakers the same. */
export function titleWordsOf(titles: readonly { title: string; short?: string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) for (const w of [t.title, ...(t.short ?? [])].flatMap(words)) out.add(w);
  return out;
}
