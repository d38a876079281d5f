import { ENCODINGS, type Encoding } from '../input/decode.js';
import { loadMeta, MetaError, type MetaTable } from '../input/meta.js';
import type { DateWords } from '../text/dates.js';
import type { Lexicon } from '../lexicon/compile.js';
import { LexiconError } from '../lexicon/errors.js';
import { loadLexicon, type LoadOptions } from '../lexicon/load.js';
import type { Filters } from '../report/filter.js';
import type { Query } from '../report/match.js';
import { idFromName } from '../report/ids.js';
import type { EntityType } from '../report/types.js';
import type { Format } from './config.js';
import { isIsoDate } from '../text/dates.js';

/** A user error: one line on stderr, exit 2, no stack trace. */
export class UsageError extends Error {}

/** Loads the lexicon a command asked for: a bad file is a usage error that names it and the position. */
export function lexiconFor(options: LoadOptions): Lexicon {
  try {
    return loadLexicon(options);
  } catch (e) {
    if (e instanceof LexiconError) throw new UsageError(`lexicon: ${e.message}`);
    throw e;
  }
}

/** Reads --meta FILE: a malformed file is a usage error that names it and the line. */
export function metaFor(file: string, words: DateWords): MetaTable {
  try {
    return loadMeta(file, words);
  } catch (e) {
    if (e instanceof MetaError) throw new UsageError(`meta: ${e.message}`);
    throw e;
  }
}

/** The flags as commander hands them over. */
export interface ExtractFlags {
  format: Format;
  ext: string;
  filesFrom?: string;
  inputFormat: string;
  stdinFilepath: string;
  out?: string;
  entity: string[];
  about: string[];
  type: string[];
  kind: string[];
  minConfidence?: string;
  jobs?: string;
  shard?: string;
  failOnEmpty?: boolean;
  lexicon: string[];
  defaultLexicon: boolean;
  date?: string;
  maxFileSize: string;
  encoding: string;
  lang: 'auto' | 'id' | 'en';
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
  meta?: string;
  documents?: boolean;
  groupBy?: 'outlet' | 'month';
}

export interface Options {
  format: Format;
  exts: string[];
  inputFormat: 'text' | 'jsonl';
  outDir: string | null;
  filters: Omit<Filters, 'entities' | 'about'>;
  jobs: number;
  shard: { index: number; count: number } | null;
  lexicon: LoadOptions;
  date: string | null;
  maxBytes: number;
  encoding: Encoding;
  lang: 'auto' | 'id' | 'en';
  /** --meta FILE: the documents' known metadata. */
  meta: string | null;
  /** --documents: one CSV row per document. */
  documents: boolean;
  groupBy: 'outlet' | 'month' | null;
}

const TYPES: readonly EntityType[] = ['person', 'state', 'organization'];

/** Checks and converts the flags; a bad value is a UsageError that says what was expected. */
export function parseFlags(f: ExtractFlags, cores: number): Options {
  const maxMb = Number(f.maxFileSize);
  if (!(maxMb > 0)) throw new UsageError(`--max-file-size must be a positive number of MB (got "${f.maxFileSize}")`);
  if (f.date !== undefined && !isIsoDate(f.date))
    throw new UsageError(`--date must be a date YYYY-MM-DD (got "${f.date}")`);
  if (f.inputFormat !== 'text' && f.inputFormat !== 'jsonl')
    throw new UsageError(`--input-format must be text or jsonl (got "${f.inputFormat}")`);
  for (const t of f.type)
    if (!TYPES.includes(t as EntityType))
      throw new UsageError(`--type must be person, state or organization (got "${t}")`);
  for (const k of f.kind)
    if (k !== 'quote' && k !== 'claim') throw new UsageError(`--kind must be quote or claim (got "${k}")`);
  const minConfidence = f.minConfidence === undefined ? 0 : Number(f.minConfidence);
  if (!(minConfidence >= 0 && minConfidence <= 1))
    throw new UsageError(`--min-confidence must be a number from 0 to 1 (got "${f.minConfidence}")`);
  const jobs = f.jobs === undefined ? cores : Number(f.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1 (got "${f.jobs}")`);
  let shard: Options['shard'] = null;
  if (f.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(f.shard);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
      throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n (got "${f.shard}")`);
    shard = { index, count };
  }
  const encoding = f.encoding
    .toLowerCase()
    .replace(/^(utf8|cp1252)$/, (x) => (x === 'utf8' ? 'utf-8' : 'windows-1252'));
  if (!(ENCODINGS as readonly string[]).includes(encoding))
    throw new UsageError(`--encoding must be utf-8, latin1 or windows-1252 (got "${f.encoding}")`);
  const exts = f.ext
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => (x.startsWith('.') ? x : `.${x}`));
  if (exts.length === 0) throw new UsageError('--ext needs at least one file ending, such as .txt');
  if (f.documents && f.format !== 'csv') throw new UsageError('--documents works with --format csv');
  if (f.groupBy && f.format !== 'text' && f.format !== 'md')
    throw new UsageError(
      '--group-by works with --format text or md (in json and yaml, each corpus item carries its outlet and published date)',
    );
  return {
    format: f.format,
    exts,
    inputFormat: f.inputFormat,
    outDir: f.out ?? null,
    filters: { types: f.type as EntityType[], kinds: f.kind as ('quote' | 'claim')[], minConfidence },
    jobs,
    shard,
    lexicon: { paths: f.lexicon, defaults: f.defaultLexicon },
    date: f.date ?? null,
    maxBytes: maxMb * 1024 * 1024,
    encoding: encoding as Encoding,
    lang: f.lang,
    meta: f.meta ?? null,
    documents: f.documents === true,
    groupBy: f.groupBy ?? null,
  };
}

/**
 * --entity and --about take an id or any name of an entity ("Stoltenberg", "AS"); a name not
 * in the lexicon stands for an unlisted speaker, by the id its name makes. Each value is kept
 * as given too, to be matched against each document's entities (report/match.ts); a value
 * given twice counts once.
 */
export function resolveEntities(names: readonly string[], lexicon: Lexicon): Query[] {
  return [...new Set(names)].map((text) => ({ text, id: resolveId(text, lexicon) }));
}

function resolveId(n: string, lexicon: Lexicon): string {
  if (lexicon.index.has(n)) return n;
  const lower = n.toLowerCase();
  const hit = lexicon.entities.find((e) =>
    [e.name, ...e.aliases.map((a) => a.text), ...e.metonyms.map((a) => a.text), ...e.epithets.map((a) => a.text)].some(
      (a) => a.toLowerCase() === lower,
    ),
  );
  return hit?.id ?? idFromName(n);
}
