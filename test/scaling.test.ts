// Past one machine: extract as the map step of GNU parallel, over shards of a folder and over
// blocks of jsonl records; the merged output must be byte for byte a single run's.
// (GNU parallel is the Debian package `parallel`; without it these tests are skipped.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, sh, tempDir } from './spawn.js';

const hasParallel = spawnSync('bash', ['-c', 'command -v parallel']).status === 0;
const CORPUS = '../shared/corpus/articles';

/** A folder of 40 real articles. */
function folder(): string {
  const dir = tempDir('map');
  for (const f of readdirSync(CORPUS).sort().slice(100, 140)) copyFileSync(join(CORPUS, f), join(dir, f));
  return dir;
}

describe.skipIf(!hasParallel)('GNU parallel as the map step', () => {
  it('--shard i/n on each node, outputs concatenated in shard order, equals one run', () => {
    const dir = folder();
    const single = cli([dir, '--format', 'jsonl', '--quiet']);
    expect(single.code).toBe(0);
    const mapped = sh(
      `parallel --keep-order -j 3 node bin/extract ${dir} --shard {}/3 --format jsonl --quiet ::: 1 2 3`,
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout.split('\n').length).toBe(41);
    expect(mapped.stdout).toBe(single.stdout);
  });

  it('blocks of jsonl records piped to each job, outputs in order, equal one run', () => {
    const dir = folder();
    const records = `${readdirSync(dir)
      .sort()
      .map((f) => JSON.stringify({ id: f, text: readFileSync(join(dir, f), 'utf8') }))
      .join('\n')}\n`;
    const input = join(dir, 'records.jsonl');
    writeFileSync(input, records);
    const single = cli(['--input-format', 'jsonl', input, '--format', 'jsonl', '--quiet']);
    expect(single.code).toBe(0);
    const mapped = sh(
      `parallel --pipe --keep-order -N 7 -j 3 node bin/extract --input-format jsonl - --format jsonl --quiet < ${input}`,
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout.split('\n').length).toBe(41);
    expect(mapped.stdout).toBe(single.stdout);
  });
});
