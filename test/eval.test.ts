// extract eval: scores, --verbose, --format json and --min gates (golden CLI scenarios).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../src/eval/gold.js';
import { samePerson } from '../src/eval/match.js';
import { metrics } from '../src/eval/metrics.js';
import { emptyScores, type Finding, scoreArticle } from '../src/eval/score.js';
import { run } from './helpers.js';
import { cli, golden, tempDir } from './spawn.js';

/** A folder with one small article and a gold that expects one quote the text lacks. */
function goldFolder(): string {
  const dir = join(tempDir('eval'), 'gold');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'a.txt'),
    'Menlu Retno Marsudi tiba di Jenewa.\n\n"Kami siap membantu," kata Retno.\n\nBlinken mengatakan AS akan hadir.',
  );
  writeFileSync(
    join(dir, 'a.gold.yaml'),
    `${[
      'quotes:',
      '  - {kind: direct, speaker: Retno Marsudi, speaker_confidence: high, cue: kata, text: "Kami siap membantu,"}',
      '  - {kind: direct, speaker: Jokowi, speaker_confidence: high, cue: ujar, text: "Kalimat yang tidak ada di teks ini sama sekali"}',
      'claims:',
      '  - {speaker: Antony Blinken, speaker_confidence: high, cue: mengatakan, text: AS akan hadir}',
    ].join('\n')}\n`,
  );
  return dir;
}

describe('extract eval', () => {
  it('scores the seed at 100% on everything', () => {
    const r = cli(['eval', 'fixtures']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    golden('eval-seed.txt', r.stdout);
  });

  it('--format json gives every metric', () => {
    const [folder] = JSON.parse(cli(['eval', 'fixtures', '--format', 'json']).stdout);
    expect(folder.folder).toBe('fixtures');
    for (const name of [
      'quoteRecall',
      'quotePrecision',
      'partialRecall',
      'claimRecall',
      'speakerHigh',
      'cueAccuracy',
      'entityRecall',
      'metadata',
    ]) {
      expect(folder.metrics[name], name).toBe(1);
    }
    expect(folder.counts).toMatchObject({
      articles: 1,
      direct: { gold: 5, found: 5, matched: 5 },
      claims: { gold: 12, matched: 12 },
    });
  });

  it('counts a miss against recall, and --verbose lists it with its place', () => {
    const dir = goldFolder();
    const [folder] = JSON.parse(cli(['eval', dir, '--format', 'json']).stdout);
    expect(folder.metrics).toMatchObject({ quoteRecall: 0.5, quotePrecision: 1, claimRecall: 1, speakerHigh: 1 });
    const verbose = cli(['eval', dir, '--verbose']).stdout;
    expect(verbose).toContain(
      `${join(dir, 'a.txt')}:0: missed quote (gold: Jokowi)\n    “Kalimat yang tidak ada di teks ini sama sekali”\n    in: (not found in the text)\n`,
    );
  });

  it('--min: exit 1 and a line per shortfall when a threshold is not met', () => {
    const dir = goldFolder();
    const r = cli(['eval', dir, '--min', 'quoteRecall=0.9,claimRecall=0.9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract eval: below threshold: ${dir}: quoteRecall 0.5000 < 0.9\n`);
    expect(cli(['eval', dir, '--min', 'quoteRecall=0.5']).code).toBe(0);
  });

  it('--max: exit 1 when a share of errors rises over its ceiling', () => {
    const dir = goldFolder();
    const r = cli(['eval', dir, '--max', 'speakersSplit=0']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const over = cli(['eval', 'fixtures', '--max', 'quoteRecall=0.5']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('extract eval: over threshold: fixtures: quoteRecall 1.0000 > 0.5\n');
  });

  it('a bad --min or a missing folder is a usage error: exit 2', () => {
    expect(cli(['eval', 'fixtures', '--min', 'recall=0.9']).code).toBe(2);
    expect(cli(['eval', 'fixtures', '--min', 'recall=0.9']).stderr).toMatch(/^extract: --min takes name=number pairs/);
    expect(cli(['eval', 'no-such-folder'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'extract: no-such-folder: no such folder\n',
    });
  });
});

describe('the same person (DESIGN.md §6, strict)', () => {
  const titles = new Set(['menteri', 'ketua', 'presiden']);
  const speaker = (name: string) => ({
    id: null,
    entity: null,
    name,
    type: 'person' as const,
    via: 'name' as const,
    start: 0,
    end: 0,
    written: name,
    role: null,
  });
  const agus = { name: 'Agus Rahardjo', aliases: ['Agus', 'Ketua KPK'] };
  const kimJongUn = { name: 'Kim Jong Un', aliases: [] };
  const kimYoJong = { name: 'Kim Yo Jong', aliases: [] };
  const rows: [
    string,
    string,
    string,
    { name: string; aliases: string[] },
    { name: string; aliases: string[] }[],
    boolean,
  ][] = [
    ['the fullest name', 'Agus Rahardjo', '', agus, [], true],
    ['an alias the article uses', 'Agus', '', agus, [], true],
    ['the words the text used, an alias', 'Agus Rahardjo', 'Ketua KPK', agus, [], true],
    ['diacritics folded', 'Agus Rahardjó', '', agus, [], true],
    ['the surname alone, no one else fits it', 'Rahardjo', '', { name: 'Agus Rahardjo', aliases: [] }, [], true],
    ['a word of the name that is neither first nor last', 'Jong', '', kimJongUn, [], false],
    ['a short form another person of the article also fits', 'Kim', '', kimYoJong, [kimJongUn], false],
    ['a name with a word the gold lacks', 'Agus Haryadi', '', { name: 'Agus Rahardjo', aliases: [] }, [], false],
    ['a title alone', 'Ketua', '', { name: 'Agus Rahardjo', aliases: [] }, [], false],
  ];
  it.each(rows)('%s', (_, name, surface, gold, others, same) => {
    expect(samePerson(speaker(name), surface, gold, others, titles)).toBe(same);
  });
});

describe('scores of an article in the full gold format', () => {
  const gold = (extra: string) =>
    [
      'meta: {title: "Rapat ditunda", outlet: null, published: null}',
      'entities:',
      '  - {name: Agus Rahardjo, type: person, aliases: [Agus, Ketua KPK]}',
      '  - {name: Komisi Pemberantasan Korupsi, type: organization, aliases: [KPK]}',
      '  - {name: Budi Santoso, type: person, aliases: []}',
      extra,
    ].join('\n');
  const score = (text: string, yaml: string) => {
    const into = emptyScores();
    const findings: Finding[] = [];
    scoreArticle(run(text), readGold(yaml, 'a.gold.yaml'), text, new Set(['ketua']), into, findings);
    return { m: metrics(into), findings };
  };
  const text =
    'Rapat ditunda\n\nKetua KPK Agus Rahardjo menegaskan rapat ditunda. "Kami siap," kata Agus. "Kami menunggu," kata Rahardjo.';
  const quotes = [
    'quotes:',
    '  - {kind: direct, speaker: Agus Rahardjo, cue: kata, text: "Kami siap,"}',
    '  - {kind: direct, speaker: Agus Rahardjo, cue: null, text: "Kami menunggu,"}',
  ].join('\n');

  it('reads null metadata and cues, and entity aliases', () => {
    const g = readGold(gold(quotes), 'a.gold.yaml');
    expect(g.meta).toEqual({ title: 'Rapat ditunda', outlet: null, published: null });
    expect(g.entities[0]).toEqual({ name: 'Agus Rahardjo', type: 'person', aliases: ['Agus', 'Ketua KPK'] });
    expect(g.quotes[1]!.cue).toBeNull();
  });

  it('an entity is found by its name or an alias the text uses; one the text never names is missed', () => {
    const { m, findings } = score(text, gold(quotes));
    expect(m.entityRecall).toBeCloseTo(2 / 3);
    expect(findings.filter((f) => f.what === 'missed entity').map((f) => f.text)).toEqual(['Budi Santoso']);
  });

  it('a null metadata field is right when the output has none too; the title must be exact', () => {
    const { findings } = score(text, gold(quotes));
    expect(findings.filter((f) => f.what === 'wrong metadata')).toEqual([]);
  });

  it('one person quoted under two ids is a split speaker', () => {
    const { m } = score(
      'Rapat ditunda\n\n"Kami siap," kata Agus Rahardjo. "Kami menunggu," ujar Agus Rahardjo.',
      gold(quotes),
    );
    expect(m.speakerSame).toBe(1);
    expect(m.speakersSplit).toBe(0);
    const { m: split, findings } = score(
      'Rapat ditunda\n\n"Kami siap," kata Agus Rahardjo. "Kami menunggu," kata Agus Haryadi.',
      gold(quotes),
    );
    expect(split.speakersSplit).toBe(1);
    expect(findings.find((f) => f.what === 'split speaker')).toMatchObject({ text: 'agus rahardjo' });
  });
});
