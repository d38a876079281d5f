// The accuracy gates: each annotated set of ../shared/eval, scored as `extract eval` scores it,
// must stay at or above the floor written here (and a share of errors at or under its ceiling).
// A change that costs accuracy fails the suite, with the metrics that fell. The floors sit just
// under today's scores; raise them as they rise.
import { describe, expect, it } from 'vitest';
import { evaluateFolder } from '../src/eval/folder.js';
import { type MetricName, shortfalls } from '../src/eval/metrics.js';
import { lexicon } from './helpers.js';

type Thresholds = Partial<Record<MetricName, number>>;

const gates: { set: string; folder?: string; min: Thresholds; max?: Thresholds }[] = [
  {
    set: 'seed',
    min: {
      quotePrecision: 1,
      quoteRecall: 1,
      partialPrecision: 1,
      partialRecall: 1,
      claimPrecision: 1,
      claimRecall: 1,
      speakerAll: 1,
      claimSpeakerAll: 1,
      cueAccuracy: 1,
      entityRecall: 1,
      metadata: 1,
    },
  },
  {
    set: 'pfsa-dev',
    min: { quoteRecall: 0.99, quotePrecision: 0.835, speakerHigh: 0.98, speakerAll: 0.835, cueAccuracy: 0.995 },
  },
  {
    set: 'kota-dev',
    min: {
      claimRecall: 0.935,
      claimPrecision: 0.59,
      claimTextRecall: 0.935,
      claimSpeakerHigh: 0.97,
      claimSpeakerAll: 0.895,
    },
  },
  {
    // Real news from 16 outlets, everything annotated: speakers judged as the same person.
    set: 'real-dev',
    min: {
      quoteRecall: 0.99,
      quotePrecision: 0.99,
      claimRecall: 0.9,
      claimRecallSame: 0.9,
      claimPrecision: 0.95,
      speakerSame: 0.98,
      claimSpeakerSame: 0.97,
      cueAccuracy: 0.93,
      entityRecall: 0.91,
      metaTitle: 0.97,
      metaOutlet: 0.97,
      metaPublished: 0.97,
    },
    max: { speakersSplit: 0.03 },
  },
  {
    // Invented articles in the page layouts of 25 outlets (fixtures/pages): metadata only.
    set: 'pages',
    folder: 'fixtures/pages',
    min: { metaTitle: 1, metaOutlet: 1, metaPublished: 1, metaAuthor: 1, metaDateline: 1 },
  },
];

describe('accuracy on the annotated sets', () => {
  it.each(gates)('$set', ({ set, folder = `../shared/eval/${set}`, min, max = {} }) => {
    const { metrics } = evaluateFolder(folder, lexicon);
    expect(shortfalls(metrics, min, max)).toEqual([]);
    // Every gated metric was measured: a set that lost its annotations does not pass by default.
    for (const name of [...Object.keys(min), ...Object.keys(max)]) {
      expect(metrics[name as MetricName], name).not.toBeNull();
    }
  });
});
