// Maintainer tool's counting of given names (see vocabulary-build.ts), apart so that a test
// can run it on a handful of runs.

/** Capitalized runs of running text ("kepala desa dedi supriadi", lowercased) → how often seen. */
export type NameRuns = Map<string, number>;

export interface GivenWords {
  /** Words used in people's names (the vocabulary's names). */
  names: ReadonlySet<string>;
  /** Words that are no part of a person's name: titles, function words, places, months. */
  other: ReadonlySet<string>;
  /** Whether the news also writes a word in lowercase: then it is no surname. */
  lowercase: (word: string) => boolean;
}

/** The fewest different surnames that make a name a given name many people share. */
export const MIN_GIVEN = 5;
/** Surnames closer than this (edits) are spellings of one ("Hartarto", "Hartato"). */
const VARIANT = 2;

/**
 * The given names among `words.names`: those that open a person's name of two or three words
 * ("Dedi Prasetyo", "Dedi Mulyadi Hidayat") before at least MIN_GIVEN different surnames. A
 * middle name is not counted as a surname ("Luhut Binsar" beside "Luhut Binsar Pandjaitan"),
 * nor is a spelling variant of a surname counted already.
 */
export function givenNames(runs: NameRuns, words: GivenWords): string[] {
  const surnames = new Map<string, Map<string, number>>();
  const middles = new Map<string, Set<string>>();
  for (const [key, n] of runs) {
    const all = key.split(' ');
    let a = 0;
    while (a < all.length && words.other.has(all[a]!)) a++;
    const run = all.slice(a);
    if (run.length < 2 || run.length > 3 || run.some((w) => words.other.has(w))) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (!words.names.has(first) || words.lowercase(last)) continue;
    const seen = surnames.get(first) ?? new Map<string, number>();
    seen.set(last, (seen.get(last) ?? 0) + n);
    surnames.set(first, seen);
    if (run.length === 3) middles.set(first, (middles.get(first) ?? new Set()).add(run[1]!));
  }
  const out: string[] = [];
  for (const [first, seen] of surnames) {
    const kept: string[] = [];
    const byUse = [...seen.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [s] of byUse) {
      if (middles.get(first)?.has(s) || kept.some((k) => edits(k, s) <= VARIANT)) continue;
      kept.push(s);
    }
    if (kept.length >= MIN_GIVEN) out.push(first);
  }
  return out.sort();
}

/** Levenshtein distance. */
function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
