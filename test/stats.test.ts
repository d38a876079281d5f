// extract stats: the figures of small hand-made results, exactly; the CLI's output, as golden files.
import { describe, expect, it } from 'vitest';
import { pairsOf, type Stats, statsOf } from '../src/report/stats.js';
import type { DocumentResult } from '../src/report/types.js';
import { cli, golden } from './spawn.js';

type Kind = 'direct' | 'partial' | 'statement' | 'belief' | 'concern';
/** [kind, speaker id or null, about ids]; a bare title is 'title:Name'. */
type Row = [Kind, string | null, string[]];

const NAMES: Record<string, string> = {
  retno: 'Retno Marsudi',
  blinken: 'Antony Blinken',
  rusia: 'Rusia',
  china: 'China',
  ukraina: 'Ukraina',
};

/** A document result with just what the figures read. */
function doc(rows: Row[], outlet: string | null = null, published: string | null = null): DocumentResult {
  const ids = new Set(rows.flatMap(([, s, a]) => [...(s && !s.startsWith('title:') ? [s] : []), ...a]));
  const item = ([kind, s, about]: Row, n: number) => ({
    id: `${kind === 'direct' || kind === 'partial' ? 'q' : 'c'}${n + 1}`,
    kind,
    text: 'x',
    start: n,
    end: n + 1,
    speaker: s
      ? {
          id: s.startsWith('title:') ? null : s,
          entity: null,
          name: s.startsWith('title:') ? s.slice(6) : NAMES[s]!,
          type: 'person' as const,
          via: 'name' as const,
          start: 0,
          end: 1,
          written: 'x',
          role: null,
        }
      : null,
    cue: null,
    source: null,
    sentence: { text: 'x', start: n, end: n + 1 },
    line: 1,
    column: n + 1,
    about,
    confidence: 0.9,
    quotes: [],
  });
  const quotes = rows.filter(([k]) => k === 'direct' || k === 'partial').map(item);
  const claims = rows.filter(([k]) => k !== 'direct' && k !== 'partial').map(item);
  return {
    schema: 'extract/1',
    document: {
      path: null,
      title: null,
      outlet,
      author: null,
      published,
      dateline: null,
      language: 'id',
      url: null,
      year: null,
    },
    entities: [...ids].sort().map((id) => ({
      id,
      name: NAMES[id]!,
      type: 'person' as const,
      listed: true,
      mentions: [],
      quotes: [],
      claims: [],
    })),
    quotes: quotes.map(({ quotes: _, ...q }) => q as DocumentResult['quotes'][number]),
    claims: claims as DocumentResult['claims'],
    warnings: [],
  };
}

const pick = (s: Stats) => ({
  totals: [s.documents, s.quotes, s.claims],
  unattributed: [s.unattributed.quotes, s.unattributed.claims],
  speakers: s.speakers.map((x) => [x.name, x.quotes, x.claims]),
  about: s.about.map((x) => [x.id, x.items]),
  pairs: pairsOf(s).map((p) => `${p.speaker}>${p.about}:${p.count}`),
  claimKinds: s.kinds.claims.map((k) => `${k.kind}:${k.count}`),
  quoteKinds: s.kinds.quotes.map((k) => `${k.kind}:${k.count}`),
  outlets: s.outlets.map((g) => `${g.key}:${g.documents}/${g.items}`),
  months: s.months.map((g) => `${g.key}:${g.documents}/${g.items}`),
});

const CASES: [name: string, docs: DocumentResult[], top: number, expected: ReturnType<typeof pick>][] = [
  [
    'no documents',
    [],
    10,
    {
      totals: [0, 0, 0],
      unattributed: [0, 0],
      speakers: [],
      about: [],
      pairs: [],
      claimKinds: [],
      quoteKinds: [],
      outlets: [],
      months: [],
    },
  ],
  [
    'one speaker, quotes and claims, about two entities',
    [
      doc(
        [
          ['direct', 'retno', ['rusia']],
          ['statement', 'retno', ['rusia', 'china']],
          ['belief', 'retno', []],
        ],
        'Kompas',
        '2024-06-19',
      ),
    ],
    10,
    {
      totals: [1, 1, 2],
      unattributed: [0, 0],
      speakers: [['Retno Marsudi', 1, 2]],
      about: [
        ['rusia', 2],
        ['china', 1],
      ],
      pairs: ['retno>rusia:2', 'retno>china:1'],
      claimKinds: ['belief:1', 'statement:1'],
      quoteKinds: ['direct:1'],
      outlets: ['Kompas:1/3'],
      months: ['2024-06:1/3'],
    },
  ],
  [
    'unattributed items count apart and make no pair; an about named twice counts once',
    [
      doc([
        ['direct', null, ['rusia']],
        ['concern', null, []],
        ['statement', 'blinken', ['china', 'china']],
      ]),
    ],
    10,
    {
      totals: [1, 1, 2],
      unattributed: [1, 1],
      speakers: [['Antony Blinken', 0, 1]],
      about: [
        ['china', 1],
        ['rusia', 1],
      ],
      pairs: ['blinken>china:1'],
      claimKinds: ['concern:1', 'statement:1'],
      quoteKinds: ['direct:1'],
      outlets: ['unknown:1/3'],
      months: ['unknown:1/3'],
    },
  ],
  [
    'ties go by name; months in time order, unknown last; outlets by count, then name',
    [
      doc([['statement', 'retno', ['ukraina']]], 'Tempo', '2024-07-01T10:00:00+07:00'),
      doc([['statement', 'blinken', ['rusia']]], 'Antara', '2023-12-31'),
      doc(
        [
          ['partial', 'title:Sekjen NATO', ['rusia']],
          ['statement', 'blinken', []],
        ],
        'Tempo',
        null,
      ),
      doc([], null, '2024-07-09'),
    ],
    10,
    {
      totals: [4, 1, 3],
      unattributed: [0, 0],
      speakers: [
        ['Antony Blinken', 0, 2],
        ['Retno Marsudi', 0, 1],
        ['Sekjen NATO', 1, 0],
      ],
      about: [
        ['rusia', 2],
        ['ukraina', 1],
      ],
      pairs: ['blinken>rusia:1', 'retno>ukraina:1', 'title:Sekjen NATO>rusia:1'],
      claimKinds: ['statement:3'],
      quoteKinds: ['partial:1'],
      outlets: ['Tempo:2/3', 'Antara:1/1', 'unknown:1/0'],
      months: ['2023-12:1/1', '2024-07:2/1', 'unknown:1/2'],
    },
  ],
  [
    '--top cuts the lists and the matrix, not the totals',
    [
      doc([
        ['statement', 'retno', ['rusia', 'china']],
        ['statement', 'retno', ['rusia']],
        ['statement', 'blinken', ['china']],
      ]),
    ],
    1,
    {
      totals: [1, 0, 3],
      unattributed: [0, 0],
      speakers: [['Retno Marsudi', 0, 2]],
      about: [['china', 2]],
      pairs: ['retno>china:1'],
      claimKinds: ['statement:3'],
      quoteKinds: [],
      outlets: ['unknown:1/3'],
      months: ['unknown:1/3'],
    },
  ],
];

describe('the figures of a run', () => {
  it.each(CASES)('%s', (_, docs, top, expected) => {
    expect(pick(statsOf(docs, top))).toEqual(expected);
  });

  it('totals count every speaker and entity before the top N', () => {
    const s = statsOf(
      [
        doc([
          ['statement', 'retno', ['rusia', 'china']],
          ['belief', 'retno', []],
          ['statement', 'blinken', ['ukraina']],
        ]),
      ],
      1,
    );
    expect(s.totals).toEqual({ speakers: 2, about: 3 });
    expect(s.matrix).toEqual({ speakers: ['retno'], about: ['china'], counts: [[1]] });
  });
});

describe('extract stats', () => {
  it('text', () => {
    const r = cli(['stats', 'fixtures/corpus']);
    expect([r.code, r.stderr]).toEqual([0, 'extract: 3 documents, 3 quotes, 3 claims\n']);
    golden('stats.txt', r.stdout);
  });

  it('json', () => {
    golden('stats.json', cli(['stats', 'fixtures/corpus', '--format', 'json', '-q']).stdout);
  });

  it('csv and md carry the same figures', () => {
    const csv = cli(['stats', 'fixtures/corpus', '--format', 'csv', '-q']).stdout;
    expect(csv.split('\r\n')[0]).toBe('table,id,name,about_id,about_name,documents,quotes,claims,count');
    expect(csv).toContain('\r\nspeaker,retno-marsudi,Retno Marsudi,,,,2,2,4\r\n');
    expect(csv).toContain('\r\npair,retno-marsudi,Retno Marsudi,pbb,Perserikatan Bangsa-Bangsa,,,,1\r\n');
    const md = cli(['stats', 'fixtures/corpus', '--format', 'md', '-q']).stdout;
    expect(md).toContain('| Retno Marsudi | 4 | 2 | 2 |');
  });

  it('the filters, workers and --top of the main command apply', () => {
    const seed = 'fixtures/nato-rusia-korut.txt';
    const s = JSON.parse(cli(['stats', seed, '--kind', 'quote', '--top', '2', '--format', 'json']).stdout) as Stats;
    expect([s.quotes, s.claims, s.speakers.length, s.top]).toEqual([6, 0, 2, 2]);
    const one = cli(['stats', 'fixtures/corpus', '-j', '1', '-q', '--format', 'json']).stdout;
    expect(cli(['stats', 'fixtures/corpus', '-j', '2', '-q', '--format', 'json']).stdout).toBe(one);
    const bad = cli(['stats', seed, '--top', '0']);
    expect([bad.code, bad.stderr]).toEqual([2, 'extract: --top must be a whole number of at least 1 (got "0")\n']);
  });
});
