import type { ClaimResult, QuoteResult, Speaker } from '../report/types.js';
import type { GoldClaim, GoldQuote } from './gold.js';

/** Lowercased word tokens, for overlap scores. */
export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 between two texts (bags of words). */
export function tokenF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of wb) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
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

/** Quotes match on token F1 ≥ 0.6 (DESIGN.md §6). */
export function matchQuotes(
  preds: readonly QuoteResult[],
  golds: readonly GoldQuote[],
): Matching<QuoteResult, GoldQuote> {
  return matchItems(preds, golds, (p, g) => tokenF1(p.text, g.text), 0.6);
}

/** Claims need the same speaker and token F1 ≥ 0.5 (DESIGN.md §6). */
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
    (p, g) =>
      sameSpeaker(p.speaker, g.speaker, titleWords, surfaceOf(p.speaker, cps), g.aliases) ? tokenF1(p.text, g.text) : 0,
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
