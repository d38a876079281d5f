// npm run bench: throughput, memory and start-up of the command line over a real corpus, and
// the compromise baseline on the same files, side by side. Not part of the tests.
//
//   node dist/bench/run.js [CORPUS_DIR] [--runs N] [--baseline-files N]
import { spawnSync } from 'node:child_process';
import { openSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../pipeline.js';
import { loadLexicon } from '../lexicon/load.js';
import { readFileSync } from 'node:fs';
import { runBaseline } from './baseline.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MEASURED = fileURLToPath(new URL('./measured.js', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract');
const SMALL = join(ROOT, 'fixtures', 'nato-rusia-korut.txt');

interface Args {
  corpus: string;
  runs: number;
  baselineFiles: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: join(ROOT, '..', 'shared', 'corpus', 'articles'), runs: 3, baselineFiles: 300 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--baseline-files') args.baselineFiles = Number(argv[++i]);
    else args.corpus = a;
  }
  return args;
}

interface Timed {
  seconds: number;
  peakMB: number;
}

/** One run of the command line over a folder or a list of files, output to /dev/null: wall time and peak memory. */
function runCli(input: string[], jobs: number): Timed {
  const out = openSync('/dev/null', 'w');
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', MEASURED, BIN, ...input, '--format', 'jsonl', '--jobs', String(jobs), '--quiet'],
    {
      cwd: ROOT,
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`extract exited with ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = /peak-rss-kb (\d+)/.exec(r.stderr);
  return { seconds, peakMB: kb ? Number(kb[1]) / 1024 : NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function medianRun(input: string[], jobs: number, runs: number): Timed {
  const all = Array.from({ length: runs }, () => runCli(input, jobs));
  return { seconds: median(all.map((t) => t.seconds)), peakMB: Math.max(...all.map((t) => t.peakMB)) };
}

function wall(cmd: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited with ${r.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Our extraction in this process over the same files as the baseline, so the ratio compares
 * like with like. The files are few, so they are run over until the code is warm (as it is a
 * few hundred articles into any real run), and the best round counts.
 */
function ourInProcess(files: readonly string[], lang: 'auto' | 'en' = 'auto'): { bytes: number; seconds: number } {
  const lexicon = loadLexicon();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let best = Infinity;
  for (let round = 0; round < 10; round++) {
    const start = performance.now();
    for (const t of texts) extract(t, { lexicon, lang });
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return { bytes, seconds: best };
}

/** The English articles at hand: the corpus's own (its path tells none; its text does) and the English fixtures. */
function englishFiles(files: readonly string[]): string[] {
  const lexicon = loadLexicon();
  const corpus = files.filter((f) => extract(readFileSync(f, 'utf8'), { lexicon }).document.language === 'en');
  const fixtures = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.en.txt'))
    .map((f) => join(ROOT, 'fixtures', f));
  return [...corpus, ...fixtures];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(args.corpus, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const mb = bytes / 1e6;
  const lists = (n: number) => {
    const p = join(tmpdir(), `extract-bench-${n}.txt`);
    writeFileSync(p, `${files.slice(0, n).join('\n')}\n`);
    return p;
  };
  const all = [args.corpus];
  const quarter = ['--files-from', lists(Math.floor(files.length / 4))];
  const cores = availableParallelism();
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

  console.log(
    `extract benchmark: ${files.length} articles, ${mb.toFixed(1)} MB, ${relative(process.cwd(), args.corpus) || '.'}`,
  );
  console.log(`machine: ${cores} cores (${cpu}), Node ${process.version}; median of ${args.runs} runs\n`);

  const one = medianRun(all, 1, args.runs);
  const many = medianRun(all, cores, args.runs);
  const part = medianRun(quarter, 1, 1);
  const rate = (t: Timed) => `${(mb / t.seconds).toFixed(1)} MB/s, ${Math.round(files.length / t.seconds)} articles/s`;
  console.log(`one worker       ${one.seconds.toFixed(2)} s   ${rate(one)}   peak ${one.peakMB.toFixed(0)} MB`);
  console.log(
    `${cores} workers        ${many.seconds.toFixed(2)} s   ${rate(many)}   peak ${many.peakMB.toFixed(0)} MB`,
  );
  console.log(`a quarter, one worker: peak ${part.peakMB.toFixed(0)} MB (whole corpus: ${one.peakMB.toFixed(0)} MB)`);

  const node = wall([process.execPath, '-e', '0'], 11);
  const small = wall([process.execPath, join(ROOT, 'bin', 'extract'), SMALL, '--format', 'json'], 11);
  console.log(
    `start-up         ${small.toFixed(0)} ms for one small article; Node alone ${node.toFixed(0)} ms (+${(small - node).toFixed(0)} ms)`,
  );

  const subset = files.slice(0, args.baselineFiles);
  const base = runBaseline(subset);
  const ours = ourInProcess(subset);
  const baseRate = base.bytes / 1e6 / base.seconds;
  const ourRate = ours.bytes / 1e6 / ours.seconds;
  console.log(
    `\nbaseline on compromise (sentences, quotations(), lexicon lookup), first ${subset.length} articles, in process:`,
  );
  console.log(
    `  compromise      ${baseRate.toFixed(2)} MB/s   (${base.sentences} sentences, ${base.quotes} quotations, ${base.mentions} lexicon matches)`,
  );
  console.log(`  extract         ${ourRate.toFixed(2)} MB/s   (the same files, the full pipeline)`);
  console.log(`  ratio           ${(ourRate / baseRate).toFixed(0)}×`);

  const english = englishFiles(files);
  const eng = ourInProcess(english, 'en');
  console.log(
    `\nEnglish path (compromise), the ${english.length} English articles at hand, in process: ${(eng.bytes / 1e6 / eng.seconds).toFixed(2)} MB/s`,
  );
  console.log(`  (the Indonesian path on the 300 articles above: ${ourRate.toFixed(2)} MB/s)`);

  // One long document each way: memory must grow with the pieces read at once, not the text.
  const id = longDocument(files[0]!, 10, 'besar.txt');
  const en = longDocument(join(ROOT, 'fixtures', 'nato-russia-north-korea.en.txt'), 1, 'long.en.txt');
  console.log(`
long documents, one worker:`);
  console.log(`  Indonesian, 10 MB  ${id.seconds.toFixed(2)} s   peak ${id.peakMB.toFixed(0)} MB`);
  console.log(
    `  English, 1 MB      ${en.seconds.toFixed(2)} s   peak ${en.peakMB.toFixed(0)} MB (read in 32 KB pieces)`,
  );
}

/** An article repeated to about `mb` megabytes in one file, run through the command line once. */
function longDocument(article: string, mb: number, name: string): Timed {
  const text = readFileSync(article, 'utf8');
  const path = join(tmpdir(), `extract-bench-${name}`);
  writeFileSync(path, `${text}\n\n`.repeat(Math.ceil((mb * 1024 * 1024) / (text.length + 2))));
  return runCli([path], 1);
}

main();
