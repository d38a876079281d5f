import type { Rate, Scores, Tally } from './score.js';

/** The figures `extract eval` reports and `--min` can gate on; null where nothing was judged. */
export type Metrics = Record<MetricName, number | null>;

export const METRICS = [
  'quotePrecision',
  'quoteRecall',
  'quoteF1',
  'partialPrecision',
  'partialRecall',
  'partialF1',
  'claimPrecision',
  'claimRecall',
  'claimF1',
  'claimTextRecall',
  'claimRecallSame',
  'speakerAll',
  'speakerHigh',
  'claimSpeakerAll',
  'claimSpeakerHigh',
  'speakerSame',
  'claimSpeakerSame',
  'speakersSplit',
  'cueAccuracy',
  'entityRecall',
  'metadata',
  'metaTitle',
  'metaOutlet',
  'metaPublished',
  'metaAuthor',
  'metaDateline',
] as const;
export type MetricName = (typeof METRICS)[number];

export function metrics(s: Scores): Metrics {
  const p = (t: Tally) => ratio(t.matched, t.found);
  const r = (t: Tally) => ratio(t.matched, t.gold);
  const f = (t: Tally) => {
    const [a, b] = [p(t), r(t)];
    return a === null || b === null ? null : a + b === 0 ? 0 : (2 * a * b) / (a + b);
  };
  const acc = (x: Rate) => ratio(x.right, x.judged);
  return {
    quotePrecision: p(s.direct),
    quoteRecall: r(s.direct),
    quoteF1: f(s.direct),
    partialPrecision: p(s.partial),
    partialRecall: r(s.partial),
    partialF1: f(s.partial),
    claimPrecision: p(s.claims),
    claimRecall: r(s.claims),
    claimF1: f(s.claims),
    claimTextRecall: r(s.claimText),
    // Gold claims found with the same speaker (a gold claim whose speaker the text leaves unknown counts when found).
    claimRecallSame: ratio(s.claims.matched - (s.claimSame.judged - s.claimSame.right), s.claims.gold),
    speakerAll: acc(s.quoteSpeaker),
    speakerHigh: acc(s.quoteSpeakerHigh),
    claimSpeakerAll: acc(s.claimSpeaker),
    claimSpeakerHigh: acc(s.claimSpeakerHigh),
    speakerSame: acc(s.quoteSame),
    claimSpeakerSame: acc(s.claimSame),
    speakersSplit: acc(s.split),
    cueAccuracy: acc(s.cues),
    entityRecall: acc(s.entities),
    metadata: acc(s.metadata),
    // Per field, where the text prints it.
    metaTitle: acc(s.printed.title),
    metaOutlet: acc(s.printed.outlet),
    metaPublished: acc(s.printed.published),
    metaAuthor: acc(s.printed.author),
    metaDateline: acc(s.printed.dateline),
  };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** "quoteRecall=0.97,speakerHigh=0.95" → thresholds; a bad name or number is an error. */
export function parseThresholds(spec: string, flag = '--min'): Partial<Record<MetricName, number>> {
  const out: Partial<Record<MetricName, number>> = {};
  for (const part of spec
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^(\w+)=([\d.]+)$/.exec(part);
    if (!m || !(METRICS as readonly string[]).includes(m[1]!) || !(Number(m[2]) >= 0 && Number(m[2]) <= 1)) {
      throw new Error(
        `${flag} takes name=number pairs with numbers from 0 to 1; names: ${METRICS.join(', ')} (got "${part}")`,
      );
    }
    out[m[1] as MetricName] = Number(m[2]);
  }
  return out;
}

/** The thresholds a folder's metrics fall under (--min) or rise over (--max, for shares of errors). */
export function shortfalls(
  m: Metrics,
  min: Partial<Record<MetricName, number>>,
  max: Partial<Record<MetricName, number>> = {},
): string[] {
  const value = (name: string) => m[name as MetricName];
  return [
    ...Object.entries(min)
      .filter(([name, want]) => value(name) !== null && value(name)! < want!)
      .map(([name, want]) => `${name} ${value(name)!.toFixed(4)} < ${want}`),
    ...Object.entries(max)
      .filter(([name, want]) => value(name) !== null && value(name)! > want!)
      .map(([name, want]) => `${name} ${value(name)!.toFixed(4)} > ${want}`),
  ];
}
