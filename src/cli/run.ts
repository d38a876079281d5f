import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MetaEntry, MetaTable } from '../input/meta.js';
import type { Answer } from '../input/pool.js';
import type { Encoding } from '../input/decode.js';
import { fromBytes } from '../input/read.js';
import { readRecords } from '../input/records.js';
import { expandInputs, outName, type InputSource } from '../input/sources.js';
import { chalkFor, colorLevel } from './color.js';
import { OUT_EXT, type RunConfig } from './config.js';
import { EXIT, type IO } from './io.js';
import type { Lexicon } from '../lexicon/compile.js';
import {
  lexiconFor,
  metaFor,
  type Options,
  parseFlags,
  resolveEntities,
  UsageError,
  type ExtractFlags,
} from './options.js';
import { Output } from './output.js';
import { type Counted, processSource, type Sent } from './process.js';
import { Progress } from './progress.js';
import { Sink } from './sink.js';
import { nurseriesForWorkers, nurseriesInline } from '../input/nursery.js';
import { noMatches } from '../report/match.js';
import { count } from '../report/plural.js';

export { UsageError };

/**
 * An HTML report over more documents than this keeps the sentences around each item, not every
 * text whole: the 28,846 articles of the shared corpus make a page of 105 MB with their texts,
 * and past some 40,000 articles of that size a page would pass 150 MB. A stream of jsonl records
 * has no count beforehand, and keeps the texts.
 */
const EXCERPT_ABOVE = 40_000;

/** Below this many documents, workers cost more to start than they save. */
const MIN_PARALLEL = 8;

/** The main action: inputs → documents → output, in sorted order, with one exit code. */
export async function runExtract(
  inputs: string[],
  flags: ExtractFlags,
  io: IO,
  cwd: string,
  stats: number | null = null,
): Promise<number> {
  const options = parseFlags(flags, availableParallelism());
  // The workers load the lexicon for themselves. This thread loads it only when it needs it:
  // to resolve --entity and --about, to check a user's lexicon before any work (a malformed one
  // is one usage error, not one per document), and to process documents inline. A run over the
  // built-in lexicon on workers does without it (some 18 MB less).
  let loaded: Lexicon | undefined;
  const lexicon = () => (loaded ??= lexiconFor(options.lexicon));
  if (flags.entity.length || flags.about.length || options.lexicon.paths?.length) lexicon();
  const filters = {
    ...options.filters,
    entities: flags.entity.length ? resolveEntities(flags.entity, lexicon()) : [],
    about: flags.about.length ? resolveEntities(flags.about, lexicon()) : [],
  };
  // The metadata file is read whole before any document: a malformed one is one usage error.
  const meta = options.meta ? metaFor(options.meta, lexicon().page) : null;
  if (options.jobs >= 2) nurseriesForWorkers(); // until it turns out to go inline
  const { tasks, single, total } = await gatherTasks(inputs, flags, options, io, cwd, meta);
  const cfg = runConfig(options, flags, filters, io, { single, total, stats });
  const progress = progressFor(flags, io, single, total);
  const out = new Output(io.stdout);
  const sink = new Sink(
    cfg,
    (s) => out.write(s),
    chalkFor(io.stdout, flags.color, io.env),
    !options.shard || options.shard.index === 1,
  );
  let empty = 0;
  // The --entity and --about values that named an entity in some document, by index.
  const matched = { entities: new Set<number>(), about: new Set<number>() };
  const take = (p: Counted) => {
    progress.tick(p.display);
    for (const i of p.matched.entities) matched.entities.add(i);
    for (const i of p.matched.about) matched.about.add(i);
    if (p.error) {
      progress.clear();
      io.stderr.write(`extract: ${p.display}: ${p.error.message}\n`);
      if (p.trace) io.stderr.write(`${p.trace}\n`);
    } else if (p.quotes + p.claims === 0) {
      empty++;
    }
  };

  const interrupt = onInterrupt();
  sink.start();
  const parallel = options.jobs >= 2 && (total === null || total >= MIN_PARALLEL);
  if (parallel) await runOnWorkers(tasks, cfg, options.jobs, take, sink, out, interrupt);
  else await runInline(tasks, cfg, lexicon, take, sink, out, interrupt);
  interrupt.release();
  sink.finish();
  out.flush();
  progress.clear();
  if (interrupt.requested) {
    io.stderr.write(
      `extract: interrupted after ${count(sink.documents + sink.errors.length, 'document')}; what is written is whole\n`,
    );
    return EXIT.interrupted;
  }

  // Warnings come after the documents' errors and before the summary.
  for (const w of noMatches(filters, matched, sink.documents)) io.stderr.write(`extract: ${w.message}\n`);
  const errors = sink.errors.length;
  if (!flags.quiet && !(single && errors === 0)) {
    io.stderr.write(
      `extract: ${count(sink.documents, 'document')}, ${count(sink.quotes, 'quote')}, ${count(sink.claims, 'claim')}${errors ? `, ${count(errors, 'error')}` : ''}${empty && flags.failOnEmpty ? `, ${empty} without quotes or claims` : ''}\n`,
    );
  }
  if (errors > 0) return EXIT.error;
  if (flags.failOnEmpty && empty > 0) return EXIT.gate;
  return EXIT.ok;
}

/** The progress line: on a terminal's stderr, for several inputs, never in CI or with --quiet. */
function progressFor(flags: ExtractFlags, io: IO, single: boolean, total: number | null): Progress {
  return new Progress(io.stderr, !flags.quiet && io.stderr.isTTY === true && !io.env.CI && !single, total, io.now);
}

type Tasks = AsyncIterable<InputSource> | InputSource[];

/** What each document's processing needs to know, the same inline and in the workers. */
function runConfig(
  options: Options,
  flags: ExtractFlags,
  filters: RunConfig['filters'],
  io: IO,
  { single, total, stats }: { single: boolean; total: number | null; stats: number | null },
): RunConfig {
  return {
    stats,
    excerpt: total !== null && total > EXCERPT_ABOVE,
    format: options.format,
    single: single && !options.outDir,
    lexicon: options.lexicon,
    date: options.date,
    maxBytes: options.maxBytes,
    encoding: options.encoding,
    lang: options.lang,
    filters,
    outDir: options.outDir,
    color: colorLevel(io.stdout, flags.color, io.env),
    corpus: !single && !options.outDir && ['json', 'yaml', 'text', 'md'].includes(options.format),
    debug: flags.debug === true,
    documents: options.documents,
    groupBy: options.groupBy,
  };
}

/** The documents to read: jsonl records, or files, folders and globs expanded and sorted (sharded, their outputs claimed). */
async function gatherTasks(
  inputs: string[],
  flags: ExtractFlags,
  options: Options,
  io: IO,
  cwd: string,
  meta: MetaTable | null,
): Promise<{ tasks: Tasks; single: boolean; total: number | null }> {
  const fromStdin = inputs.length === 0 || inputs.includes('-');
  if (inputs.length === 0 && io.stdin.isTTY && !flags.filesFrom)
    throw new UsageError('no input: give files or folders, or pipe text to standard input (extract --help)');
  const args = [...inputs, ...(flags.filesFrom ? await readList(flags.filesFrom, io) : [])];
  let tasks: Tasks;
  let single = false;
  if (options.inputFormat === 'jsonl') {
    tasks = records(args.length ? args : ['-'], io, flags.stdinFilepath, cwd, meta);
    if (options.shard) tasks = await collect(tasks);
  } else {
    const expanded = expandInputs(args.length ? args : ['-'], {
      exts: options.exts,
      cwd,
      stdinLabel: flags.stdinFilepath,
    });
    single = expanded.single;
    tasks = await Promise.all(
      expanded.sources.map((s) => (s.kind === 'stdin' && fromStdin ? readStdin(s, io, options.encoding) : s)),
    );
    if (meta) tasks = withMeta(tasks, meta, cwd, io);
  }
  if (!Array.isArray(tasks)) return { tasks, single, total: null };
  if (options.shard) tasks = shard(tasks, options.shard.index, options.shard.count);
  if (options.outDir) tasks = claimOutPaths(tasks, options.format);
  return { tasks, single, total: tasks.length };
}

/**
 * Each file (and standard input, by its --stdin-filepath) with what the metadata file knows of
 * it, joined by absolute path; standard input also by id. When no file is known there, the
 * paths most likely do not meet (they are relative to the metadata file's folder): a warning.
 */
function withMeta(sources: InputSource[], meta: MetaTable, cwd: string, io: IO): InputSource[] {
  let files = 0;
  let found = 0;
  const joined = sources.map((s): InputSource => {
    if (s.kind !== 'file' && s.kind !== 'text') return s;
    const entry = meta.byPath.get(resolve(cwd, s.kind === 'file' ? s.path : s.display)) ?? meta.byId.get(s.display);
    if (s.kind === 'file') files++;
    if (!entry) return s;
    if (s.kind === 'file') found++;
    return { ...s, ...given(entry) };
  });
  if (files > 0 && found === 0)
    io.stderr.write(
      'extract: warning: --meta: no input file has a record there (its paths are read relative to its own folder)\n',
    );
  return joined;
}

function given(entry: MetaEntry): { known: MetaEntry['known']; lang?: MetaEntry['lang'] } {
  return { known: entry.known, ...(entry.lang !== undefined && { lang: entry.lang }) };
}

/**
 * The documents on worker threads: this thread sends paths (or a record's text), each worker
 * reads, extracts, renders and encodes, and this thread writes the bytes it gets back.
 */
async function runOnWorkers(
  tasks: Tasks,
  cfg: RunConfig,
  jobs: number,
  take: (p: Counted) => void,
  sink: Sink,
  out: Output,
  interrupt: { requested: boolean },
): Promise<void> {
  const { mapOrdered } = await import('../input/pool.js');
  const onAnswer = (a: Answer<Sent> & { bytes: Uint8Array }) => {
    for (const p of a.results) take(p);
    sink.addBatch(a.results, a.bytes);
  };
  await mapOrdered(new URL('./worker.cjs', import.meta.url), cfg, jobs, tasks, onAnswer, {
    ready: () => out.drained(),
    stopped: () => interrupt.requested,
  });
}

/** Each document in this thread, in order; now and then the event loop runs, so that Ctrl-C is heard. */
async function runInline(
  tasks: Tasks,
  cfg: RunConfig,
  lexicon: () => Lexicon,
  take: (p: Counted) => void,
  sink: Sink,
  out: Output,
  interrupt: { requested: boolean },
): Promise<void> {
  nurseriesInline(); // a run asked of workers lists its inputs with no nursery growth
  let n = 0;
  for await (const s of tasks) {
    if (interrupt.requested) break;
    const p = processSource(s, cfg, lexicon());
    take(p);
    sink.add(p, p.output);
    await out.drained();
    if (++n % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Contiguous chunks of the sorted list: shard i of n takes [⌊(i-1)N/n⌋, ⌊iN/n⌋). */
export function shard<T>(list: T[], index: number, count: number): T[] {
  return list.slice(Math.floor(((index - 1) * list.length) / count), Math.floor((index * list.length) / count));
}

/** Two inputs may not write the same result file. */
function claimOutPaths(sources: InputSource[], format: RunConfig['format']): InputSource[] {
  const taken = new Map<string, string>();
  return sources.map((s) => {
    const key = s.out.replace(/\.[^./]*$/, '') + OUT_EXT[format];
    const other = taken.get(key);
    if (other !== undefined && s.kind !== 'error') {
      return {
        kind: 'error',
        display: s.display,
        out: s.out,
        error: { code: 'out-collision', message: `its result file ${key} is already taken by ${other}` },
      };
    }
    taken.set(key, s.display);
    return s;
  });
}

async function readStdin(s: InputSource, io: IO, encoding: Encoding): Promise<InputSource> {
  const loaded = fromBytes(s.display, await readAll(io.stdin), encoding);
  return 'error' in loaded
    ? { kind: 'error', display: s.display, out: s.out, error: loaded.error }
    : { kind: 'text', display: s.display, out: s.out, text: loaded.text };
}

async function* records(
  args: string[],
  io: IO,
  stdinLabel: string,
  cwd: string,
  table: MetaTable | null,
): AsyncGenerator<InputSource> {
  const meta = table
    ? (id: string | null, file: string | null) =>
        (id !== null ? table.byId.get(id) : undefined) ?? (file !== null ? table.byPath.get(file) : undefined)
    : undefined;
  for (const arg of args) {
    if (arg === '-') {
      yield* readRecords(io.stdin as AsyncIterable<Buffer>, stdinLabel, { base: cwd, meta });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      yield {
        kind: 'error',
        display: arg,
        out: outName(arg),
        error: { code: 'not-found', message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? e}` },
      };
      continue;
    }
    yield* readRecords([text], arg, { base: dirname(resolve(cwd, arg)), meta });
  }
}

/**
 * Ctrl-C (SIGINT) during a run: the document in hand is finished (its result file written
 * whole, or not at all), no other is started, the output so far is flushed, and the run exits
 * 130. A second Ctrl-C stops at once.
 */
function onInterrupt(): { requested: boolean; release: () => void } {
  const state = {
    requested: false,
    release: () => {
      process.off('SIGINT', handler);
    },
  };
  const handler = () => {
    if (state.requested) process.exit(EXIT.interrupted);
    state.requested = true;
  };
  process.on('SIGINT', handler);
  return state;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** --files-from: one path per line, from a file or from stdin. */
async function readList(file: string, io: IO): Promise<string[]> {
  const text = file === '-' ? Buffer.from(await readAll(io.stdin)).toString('utf8') : readTextOr(file);
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function readTextOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `--files-from ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message)}`,
    );
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
