// The young generation of a run on workers (src/input/nursery.ts), in a process of its own: the
// settings are the process's, so they are tried where nothing else runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const NURSERY = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'input', 'nursery.js')).href;

/** The nursery's size in MB, in this thread and in a new worker, at each step of a child process. */
const CHILD = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
const { nurseriesForWorkers, nurseriesInline, WORKER_YOUNG_MB } = await import(${JSON.stringify(NURSERY)});
const here = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20;
const inWorker = () => new Promise((resolve) => {
  const w = new Worker("const v8 = require('node:v8'); require('node:worker_threads').parentPort.postMessage((" + here + ')())', {
    eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  w.once('message', (mb) => w.terminate().then(() => resolve(mb)));
});
// Objects that live through several scavenges: what makes V8 grow a nursery.
const survivors = () => { let kept = []; for (let i = 0; i < 400000; i++) kept.push({ i }); kept = null; };
const sizes = { worker: await inWorker() };
nurseriesForWorkers();
sizes.start = here();
survivors();
sizes.pool = here();
sizes.poolWorker = await inWorker();
nurseriesInline();
survivors();
sizes.inline = here();
console.log(JSON.stringify(sizes));
`;

const run = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'extract-nursery-')), 'child.mjs');
  writeFileSync(file, CHILD);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<'worker' | 'start' | 'pool' | 'poolWorker' | 'inline', number>;
};

describe('the nurseries of a run on workers', () => {
  const sizes = run();

  it('this thread keeps the smallest nursery (two semi-spaces of 1 MB), however much lives through a scavenge', () => {
    expect(sizes.start).toBeLessThanOrEqual(2);
    expect(sizes.pool).toBeLessThanOrEqual(2);
  });

  it("a worker's starts at its semi-space's full size, not V8's smallest", () => {
    expect(sizes.poolWorker).toBe(8);
    expect(sizes.worker).toBeLessThan(8);
  });

  it('a run that goes inline after all grows its nursery as V8 does', () => {
    expect(sizes.inline).toBeGreaterThanOrEqual(8);
  });
});
