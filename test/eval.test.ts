// extract eval: scores, --verbose, --format json and --min gates (golden CLI scenarios).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
