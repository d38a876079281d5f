import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { readDocument, type Loaded } from '../input/read.js';
import type { Given, InputSource } from '../input/sources.js';
import type { Lexicon } from '../lexicon/compile.js';
import { extract } from '../pipeline.js';
import { type Contribution, contribution } from '../report/corpus.js';
import { csvHeader, csvRows, documentRow } from '../report/csv.js';
import { filterDocument, type Matched } from '../report/filter.js';
import { pageDoc, singlePage, type PageDoc } from '../report/html.js';
import { toJson, toJsonLine } from '../report/json.js';
import { documentMarkdown } from '../report/md.js';
import { toText } from '../report/text.js';
import { statsPart, type StatsPart } from '../report/stats.js';
import type { DocumentResult } from '../report/types.js';
import { toYaml } from '../report/yaml.js';
import { indent } from './indent.js';
import { OUT_EXT, type Format, type RunConfig } from './config.js';

/** What one document gives the run: its piece of the output, its share of the corpus view. */
export interface Processed {
  display: string;
  error: { code: string; message: string } | null;
  /** The stack trace of an internal error, kept only under --debug. */
  trace?: string | null;
  /** This document's part of the output stream ('' when it only feeds the corpus view). */
  output: string;
  parts: Contribution | null;
  /** This document's share of the figures (extract stats, --format html). */
  stats?: StatsPart | null;
  /** This document's data for the HTML page. */
  page?: PageDoc | null;
  quotes: number;
  claims: number;
  /** Which --entity and --about values named an entity of this document. */
  matched: Matched;
}

/** A document as the run counts it, apart from its output. */
export type Counted = Omit<Processed, 'output'>;

/** A document processed in a worker: its output is the next `size` bytes of its batch's. */
export type Sent = Counted & { size: number };

const NONE: Matched = { entities: [], about: [] };

let temps = 0;

/**
 * Reads, extracts, filters and renders one document. Used inline and in worker threads. A
 * failure inside (a bug) costs this document only: it becomes an error record asking for a
 * report, with the stack trace under --debug, and the run goes on.
 */
export function processSource(src: InputSource, cfg: RunConfig, lexicon: Lexicon): Processed {
  try {
    return processLoaded(src, load(src, cfg), cfg, lexicon);
  } catch (e) {
    const err = e as Error;
    const message = `internal error: ${err.message} (this is a bug: please report it with the input that caused it)`;
    return failed(src, cfg, { code: 'internal', message }, cfg.debug ? (err.stack ?? null) : null);
  }
}

function failed(
  src: InputSource,
  cfg: RunConfig,
  error: { code: string; message: string },
  trace: string | null = null,
): Processed {
  const output = cfg.format === 'jsonl' && !cfg.outDir ? toJsonLine({ path: src.display, error }) : '';
  return { display: src.display, error, trace, output, parts: null, quotes: 0, claims: 0, matched: NONE };
}

function processLoaded(src: InputSource, loaded: Loaded, cfg: RunConfig, lexicon: Lexicon): Processed {
  if ('error' in loaded) return failed(src, cfg, loaded.error);
  // A jsonl record may give its own language and date; a record or --meta, what is known of the document.
  const own: Given = src.kind === 'text' || src.kind === 'file' ? src : {};
  const { result, matched } = filterDocument(
    extract(loaded.text, {
      path: src.display,
      lexicon,
      // Titles resolve by the document's own date first, then by the run's.
      date: own.date ?? own.known?.published?.slice(0, 10) ?? cfg.date,
      lang: own.lang ?? cfg.lang,
      ...(own.known && { known: own.known }),
    }),
    cfg.filters,
  );
  const counts = { quotes: result.quotes.length, claims: result.claims.length, matched };
  if (cfg.stats !== null) {
    return { display: src.display, error: null, output: '', parts: null, stats: statsPart(result), ...counts };
  }
  if (cfg.format === 'html' && !cfg.outDir) {
    return {
      display: src.display,
      error: null,
      output: '',
      parts: contribution(result),
      stats: statsPart(result),
      page: pageDoc(result, loaded.text, cfg.excerpt),
      ...counts,
    };
  }
  if (cfg.outDir) {
    const content =
      cfg.format === 'html' ? singlePage(result, loaded.text) : render(result, cfg.format, true, 0, cfg.documents);
    const error = writeAtomically(join(cfg.outDir, outPath(src.out, cfg.format)), content);
    return { display: src.display, error, output: '', parts: null, ...counts };
  }
  return {
    display: src.display,
    error: null,
    output: cfg.corpus ? corpusPiece(result, cfg.format) : render(result, cfg.format, false, cfg.color, cfg.documents),
    parts: cfg.corpus ? contribution(result) : null,
    ...counts,
  };
}

/**
 * A document's place in the corpus view's stream: indented into the documents list of JSON
 * and YAML (the run puts the commas between them); none in text and Markdown, which show
 * the entities only.
 */
function corpusPiece(r: DocumentResult, format: Format): string {
  if (format === 'json') return indent(toJson(r), '    ', '    ');
  if (format === 'yaml') return `${indent(toYaml(r), '  - ', '    ')}\n`;
  return '';
}

function load(src: InputSource, cfg: RunConfig): Loaded {
  switch (src.kind) {
    case 'file':
      return readDocument(src.path, cfg.maxBytes, cfg.encoding);
    case 'text':
      return { path: src.display, text: src.text };
    case 'error':
      return { path: src.display, error: src.error };
    case 'stdin':
      throw new Error('standard input is read before processing');
  }
}

/** One document in a format; a file of its own (--out) gets a CSV header, a stream has one already. */
export function render(
  r: DocumentResult,
  format: Format,
  standalone: boolean,
  color: 0 | 1 | 2 | 3,
  documents = false,
): string {
  switch (format) {
    case 'jsonl':
      return toJsonLine(r);
    case 'json':
      return toJson(r);
    case 'yaml':
      return toYaml(r);
    case 'csv': {
      const rows = documents ? documentRow(r) : csvRows(r);
      return standalone ? csvHeader(documents) + rows : rows;
    }
    case 'md':
      return documentMarkdown(r);
    case 'text':
      return toText(r, new Chalk({ level: color }));
    case 'html':
      throw new Error('an HTML page is made from the text as well: singlePage');
  }
}

function outPath(rel: string, format: Format): string {
  return rel.replace(/\.[^./]*$/, '') + OUT_EXT[format];
}

/** Writes through a temporary file and a rename: a result file is whole or absent. */
function writeAtomically(path: string, content: string): Processed['error'] {
  const { threadId } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const tmp = join(dirname(path), `.${process.pid}.${threadId}.${++temps}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
    return null;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself could not be made: there is no temporary file
    }
    const err = e as NodeJS.ErrnoException;
    return { code: 'write-failed', message: `cannot write ${path}: ${err.code ?? err.message}` };
  }
}
