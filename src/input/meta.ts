import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { type DateWords, parseDateFields } from '../text/dates.js';
import { isPublished, type Known } from '../text/known.js';
import { CsvError, csvRecords } from './csv.js';

/** What a metadata file says of one document: its known fields, and maybe its language. */
export interface MetaEntry {
  known: Known;
  lang?: 'auto' | 'id' | 'en';
}

/** A metadata file's records, by the absolute path of their file and by their id. */
export interface MetaTable {
  byPath: Map<string, MetaEntry>;
  byId: Map<string, MetaEntry>;
}

/** A metadata file that cannot be read; the message names file:line. */
export class MetaError extends Error {}

const LANGS = ['auto', 'id', 'en'];
const TEXT_FIELDS = ['title', 'outlet', 'url', 'author'] as const;
/** Where a date may be written, most trusted first: an explicit date before a scraper's raw columns. */
const RAW_DATES = ['date_iso', 'date', 'date_raw', 'time_raw', 'time', 'datetime'] as const;

/** Reads a --meta file: .csv, or one JSON object a line (.jsonl, .json). Paths are relative to its folder. */
export function loadMeta(file: string, words: DateWords): MetaTable {
  const ext = extname(file).toLowerCase();
  const format = ext === '.csv' ? 'csv' : ext === '.jsonl' || ext === '.json' ? 'jsonl' : null;
  if (!format) throw new MetaError(`${file}: a metadata file ends in .csv, .jsonl or .json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MetaError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code}`);
  }
  return parseMeta(text, format, { file, base: dirname(resolve(file)) }, words);
}

/**
 * The records of a metadata file's text: each needs a "path", "file" or "id"; it may give
 * title, outlet, url, author, lang, published, year, and raw date fields (date_iso, date,
 * date_raw, time_raw, time) that a published date is read from. A malformed record is a
 * MetaError naming file:line; nothing is half-read.
 */
export function parseMeta(
  text: string,
  format: 'csv' | 'jsonl',
  where: { file: string; base: string },
  words: DateWords,
): MetaTable {
  const table: MetaTable = { byPath: new Map(), byId: new Map() };
  const seen = new Map<string, number>();
  const rows = format === 'csv' ? csvRecords(text.replace(/^\uFEFF/, ''), where.file) : jsonRecords(text, where.file);
  for (const { line, fields } of reading(rows)) {
    const at = `${where.file}:${line}`;
    const entry = entryOf(fields, at, words);
    const path = fields.path ?? fields.file;
    const keys: [Map<string, MetaEntry>, string][] = [];
    if (isGiven(path)) keys.push([table.byPath, resolve(where.base, String(path))]);
    if (isGiven(fields.id)) keys.push([table.byId, String(fields.id)]);
    if (keys.length === 0) throw new MetaError(`${at}: a record needs a "path", "file" or "id"`);
    for (const [map, key] of keys) {
      const before = seen.get(`${map === table.byId ? 'id' : 'path'}:${key}`);
      if (before !== undefined) throw new MetaError(`${at}: the same document as line ${before}`);
      seen.set(`${map === table.byId ? 'id' : 'path'}:${key}`, line);
      map.set(key, entry);
    }
  }
  return table;
}

/** The rows, a CSV error as a metadata error. */
function* reading<T>(rows: Iterable<T>): Generator<T> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof CsvError ? new MetaError(e.message) : e;
  }
}

function* jsonRecords(text: string, file: string): Generator<{ line: number; fields: Record<string, unknown> }> {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new MetaError(`${file}:${n + 1}: not JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new MetaError(`${file}:${n + 1}: a record must be a JSON object`);
    yield { line: n + 1, fields: value as Record<string, unknown> };
  }
}

function entryOf(r: Record<string, unknown>, at: string, words: DateWords): MetaEntry {
  const known: Known = {};
  for (const name of TEXT_FIELDS) {
    const v = r[name];
    if (!isGiven(v)) continue;
    if (typeof v !== 'string') throw new MetaError(`${at}: "${name}" must be a string (got ${JSON.stringify(v)})`);
    known[name] = v.trim();
  }
  if (isGiven(r.published)) {
    const p = typeof r.published === 'string' ? r.published.trim() : '';
    const published = isPublished(p) ? p : parseDateFields([p], words);
    if (!published) throw new MetaError(`${at}: "published" is not a date (got ${JSON.stringify(r.published)})`);
    known.published = published;
  } else {
    const raw = RAW_DATES.map((f) => r[f]).filter(
      (v): v is string | number => typeof v === 'string' || typeof v === 'number',
    );
    const published = parseDateFields(raw.map(String), words);
    if (published) known.published = published;
  }
  if (isGiven(r.year)) {
    const year = typeof r.year === 'number' ? r.year : /^\s*\d{1,4}\s*$/.test(String(r.year)) ? Number(r.year) : NaN;
    if (!Number.isInteger(year) || year < 1)
      throw new MetaError(`${at}: "year" must be a whole number (got ${JSON.stringify(r.year)})`);
    known.year = year;
  }
  const entry: MetaEntry = { known };
  if (isGiven(r.lang)) {
    if (!LANGS.includes(r.lang as string))
      throw new MetaError(`${at}: "lang" must be one of ${LANGS.join(', ')} (got ${JSON.stringify(r.lang)})`);
    entry.lang = r.lang as MetaEntry['lang'];
  }
  return entry;
}

/** A value that says something: not absent, null or blank. */
function isGiven(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}
