// Ctrl-C in the middle of a run: exit 130, and what was written is whole — every result file
// parses, none is left half-written under a temporary name, the jsonl stream ends on a whole line.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../spawn.js';

const CORPUS = '../shared/corpus/articles';
const TOTAL = readdirSync(CORPUS).length;

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts extract, sends SIGINT once `ready` says so, and waits for the end. */
function interrupted(args: string[], ready: (stdout: string) => boolean): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/extract', ...args], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      if (!sent && ready(stdout)) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    });
  });
}

const written = (dir: string) => readdirSync(dir);

describe('SIGINT mid-run', () => {
  it.each([['1'], ['2']])(
    '--out with --jobs %s: exit 130, every file written is whole, no temporary file left',
    async (jobs) => {
      const out = tempDir('sigint');
      const r = await interrupted(
        [CORPUS, '--out', out, '--format', 'json', '--jobs', jobs],
        () => written(out).length >= 200,
      );
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/^extract: interrupted after [\d,]+ documents; what is written is whole\n$/);
      const files = written(out);
      expect(files.length).toBeGreaterThanOrEqual(200);
      expect(files.length).toBeLessThan(TOTAL);
      expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
      for (const f of files) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schema).toBe('extract/1');
    },
  );

  it('a jsonl stream on stdout ends on a whole line', async () => {
    const r = await interrupted([CORPUS, '--format', 'jsonl', '--jobs', '1'], (stdout) => stdout.length > 1_000_000);
    expect(r.code).toBe(130);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeLessThan(TOTAL);
    for (const l of lines) expect(JSON.parse(l).schema).toBe('extract/1');
  });
});
