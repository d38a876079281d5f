// Beyond one machine on existing engines: Dask distributed (bin/extract-dask, on a local cluster
// of two worker processes) and GNU parallel across hosts (--sshlogin, on localhost). Each merged
// output must be byte for byte one run's over the same records. Without Debian's
// python3-distributed, or without an ssh server on localhost, the test says so and is skipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, sh, tempDir } from './spawn.js';

const CORPUS = '../shared/corpus/articles';
const ok = (cmd: string) => spawnSync('bash', ['-c', cmd], { stdio: 'ignore', timeout: 10_000 }).status === 0;
const hasDask = ok('/usr/bin/python3 -c "import distributed"');
const hasSsh = ok('command -v parallel && ssh -o BatchMode=yes -o ConnectTimeout=3 localhost true');
if (!hasDask) console.warn('skipped: Dask (Debian python3-distributed for /usr/bin/python3) is not installed');
if (!hasSsh) console.warn('skipped: GNU parallel --sshlogin needs parallel and an ssh server on localhost');

/** 60 real articles as jsonl records, and one run of extract over them. */
function records(): { input: string; single: string } {
  const dir = tempDir('distributed');
  const lines = readdirSync(CORPUS)
    .sort()
    .slice(200, 260)
    .map((f) => JSON.stringify({ id: f, text: readFileSync(join(CORPUS, f), 'utf8') }));
  const input = join(dir, 'records.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const single = cli(['--input-format', 'jsonl', input, '--format', 'jsonl', '--quiet']);
  expect(single.code).toBe(0);
  expect(single.stdout.split('\n').length).toBe(61);
  return { input, single: single.stdout };
}

describe.skipIf(!hasDask)('Dask distributed as the map step (skipped without python3-distributed)', () => {
  it('partitions of 20 records on a local cluster of two workers, gathered in order, equal one run', () => {
    const { input, single } = records();
    const mapped = sh(`bin/extract-dask ${input} --local 2 --partition 20 2>/dev/null`);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toBe(single);
  });

  it('a partition that fails names itself and the run exits non-zero', () => {
    const dir = tempDir('distributed-bad');
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, '{"id": "a", "text": "Jokowi berkata."}\nnot json\n');
    const mapped = sh(`bin/extract-dask ${input} --local 1 --partition 1`);
    expect(mapped.code).toBe(2);
    expect(mapped.stderr).toContain('extract-dask: partition 2 (records 2–): extract exited 2');
    // The partition before it is still written: nothing is lost.
    expect(mapped.stdout.split('\n').filter((l) => l.includes('"path":"a"'))).toHaveLength(1);
  });
});

describe.skipIf(!hasSsh)('GNU parallel across hosts (skipped without an ssh server on localhost)', () => {
  it('blocks of records sent to localhost over ssh, outputs in order, equal one run', () => {
    const { input, single } = records();
    const mapped = sh(
      `parallel --sshlogin 2/localhost --workdir ${resolve('.')} --pipe --keep-order -N 20 node bin/extract --input-format jsonl - --format jsonl --quiet < ${input}`,
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toBe(single);
  });
});
