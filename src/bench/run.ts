// npm run bench: throughput, memory and start-up of the command line over a real corpus, beside
// the library in this process and a bare tokenizer pass over the same files, each against its
// target; then the compromise baseline on the same files. Not part of the tests.
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
import { bareTokenizerPass, libraryPass } from './library.js';

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

/** The speed figures: the reference pass, the library, the command line on one and on all cores, each as MB/s and as a share of the reference; allocation and start-up. */
function speed(files: readonly string[], mb: number, all: string[], cores: number, runs: number): void {
  const tokenizer = bareTokenizerPass(files);
  const library = libraryPass(files);
  const one = medianRun(all, 1, runs);
  const many = medianRun(all, cores, runs);
  const node = wall([process.execPath, '-e', '0'], 11);
  const small = wall([process.execPath, join(ROOT, 'bin', 'extract'), SMALL, '--format', 'json'], 11);
  const perSecond = (seconds: number) => mb / seconds;
  const line = (name: string, seconds: number, extra = '') =>
    console.log(
      `${name.padEnd(30)} ${seconds.toFixed(2).padStart(6)} s  ${perSecond(seconds).toFixed(1).padStart(5)} MB/s  ${(perSecond(seconds) / perSecond(tokenizer.seconds)).toFixed(2)} of the tokenizer pass${extra}`,
    );
  line('bare tokenizer (read + scan)', tokenizer.seconds, `  (${tokenizer.tokens} tokens)`);
  line('library, in process', library.seconds, '  (texts read beforehand)');
  line('command line, one worker', one.seconds, `  peak ${one.peakMB.toFixed(0)} MB`);
  line(`command line, ${cores} workers`, many.seconds, `  peak ${many.peakMB.toFixed(0)} MB`);
  const perChar = library.allocated / library.chars;
  console.log(
    `allocated by the library        ${(library.allocated / 1e9).toFixed(2)} GB for ${(library.chars / 1e6).toFixed(1)} M characters: ${perChar.toFixed(1)} bytes per character`,
  );
  console.log(
    `start-up                        ${small.toFixed(0)} ms for one small article; Node alone ${node.toFixed(0)} ms (+${(small - node).toFixed(0)} ms)`,
  );

  targets(mb, { tokenizer, one, many, perChar, startUp: small - node }, cores);
}

/** Each Done-means target of the speed work, met or not, beside its measured figure. */
function targets(
  mb: number,
  m: { tokenizer: { seconds: number }; one: Timed; many: Timed; perChar: number; startUp: number },
  cores: number,
): void {
  const { tokenizer, one, many, perChar, startUp: up } = m;
  const perSecond = (seconds: number) => mb / seconds;
  const speedup = one.seconds / many.seconds;
  const peak = Math.max(one.peakMB, many.peakMB);
  console.log('\ntargets:');
  const target = (ok: boolean, what: string, measured: string) =>
    console.log(`  ${ok ? '✓' : '✗'} ${what.padEnd(44)} ${measured}`);
  target(
    perSecond(one.seconds) >= 15,
    'command line, one worker ≥ 15 MB/s',
    `${perSecond(one.seconds).toFixed(1)} MB/s`,
  );
  target(
    tokenizer.seconds / one.seconds >= 0.5,
    'one worker ≥ 0.5 of the bare tokenizer pass',
    `${(tokenizer.seconds / one.seconds).toFixed(2)}`,
  );
  target(speedup >= 1.6, `${cores} workers ≥ 1.6× one worker`, `${speedup.toFixed(2)}×`);
  target(perChar <= 15, 'allocation ≤ 15 bytes per input character', `${perChar.toFixed(1)}`);
  target(peak <= 300, 'peak memory ≤ 300 MB on the whole corpus', `${peak.toFixed(0)} MB`);
  target(up <= 60, 'start-up within 60 ms of node -e 0', `+${up.toFixed(0)} ms`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(args.corpus, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const mb = bytes / 1e6;
  const all = [args.corpus];
  const cores = availableParallelism();
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

  console.log(
    `extract benchmark: ${files.length} articles, ${mb.toFixed(1)} MB, ${relative(process.cwd(), args.corpus) || '.'}`,
  );
  console.log(`machine: ${cores} cores (${cpu}), Node ${process.version}; median of ${args.runs} runs\n`);

  speed(files, mb, all, cores, args.runs);

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
