import { resolve } from 'node:path';
import { isIsoDate } from '../text/dates.js';
import { isPublished, type Known } from '../text/known.js';
import type { MetaEntry } from './meta.js';
import type { InputSource } from './sources.js';

const LANGS = ['auto', 'id', 'en'];
const TEXT_FIELDS = ['title', 'outlet', 'url', 'author'] as const;

/** Where a record's relative "path" is read from, and what a metadata file (--meta) knows of it. */
export interface RecordContext {
  /** The jsonl file's folder, or the working folder for standard input. */
  base: string;
  /** The metadata of a record, by its id or the absolute path of its file. */
  meta?: (id: string | null, file: string | null) => MetaEntry | undefined;
}

/**
 * Reads `--input-format jsonl` records, { "id" | "path", "text" } one per line, as they
 * arrive, each with an optional "lang" (auto, id, en) and "date" (YYYY-MM-DD) of its own over
 * the run's --lang and --date, and title, outlet, url, author, published for its document. A
 * record without "text" is read from its "path". A line that is not such a record becomes an
 * error entry named after the record's id (or path), else after its line.
 */
export async function* readRecords(
  stream: AsyncIterable<Buffer | string> | Iterable<string>,
  label: string,
  context: RecordContext = { base: process.cwd() },
): AsyncGenerator<InputSource> {
  let carry = '';
  let line = 0;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = carry.indexOf('\n')) >= 0) {
      const raw = carry.slice(0, nl);
      carry = carry.slice(nl + 1);
      line++;
      const rec = parseRecord(raw, `${label}:${line}`, context);
      if (rec) yield rec;
    }
  }
  carry += decoder.decode();
  if (carry.trim() !== '') {
    const rec = parseRecord(carry, `${label}:${line + 1}`, context);
    if (rec) yield rec;
  }
}

export function parseRecord(raw: string, where: string, context: RecordContext = { base: '.' }): InputSource | null {
  const text = raw.replace(/\r$/, '');
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return bad(where, `not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return bad(where, 'a record must be an object { "id" | "path", "text" }');
  const r = value as Record<string, unknown>;
  const name = r.id ?? r.path;
  if (typeof name !== 'string' && typeof name !== 'number') return bad(where, 'a record needs an "id" or a "path"');
  // From here the record has a name: its error is named by it, as its result would be.
  const display = String(name);
  const fail = (message: string) => bad(display, message);
  if (r.text !== undefined && typeof r.text !== 'string') return fail('"text" must be a string');
  if (r.text === undefined && typeof r.path !== 'string') return fail('a record needs a "text", or a "path" to read');
  if (r.lang !== undefined && !LANGS.includes(r.lang as string))
    return fail(`"lang" must be one of ${LANGS.join(', ')} (got ${JSON.stringify(r.lang)})`);
  if (r.date !== undefined && (typeof r.date !== 'string' || !isIsoDate(r.date)))
    return fail(`"date" must be a date YYYY-MM-DD (got ${JSON.stringify(r.date)})`);
  const own: Known = {};
  for (const f of TEXT_FIELDS) {
    const v = r[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${f}" must be a string (got ${JSON.stringify(v)})`);
    own[f] = v;
  }
  if (r.published !== undefined && r.published !== null) {
    if (typeof r.published !== 'string' || !isPublished(r.published))
      return fail(`"published" must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm (got ${JSON.stringify(r.published)})`);
    own.published = r.published;
  } else if (r.date !== undefined) {
    own.published = r.date as string;
  }
  const file = typeof r.path === 'string' ? resolve(context.base, r.path) : null;
  const meta = context.meta?.(r.id !== undefined ? String(r.id) : null, file);
  const known = { ...meta?.known, ...own };
  const lang = (r.lang as MetaEntry['lang']) ?? meta?.lang;
  const given = {
    ...(lang !== undefined && { lang }),
    ...(r.date !== undefined && { date: r.date as string }),
    ...(Object.keys(known).length > 0 && { known }),
  };
  const out = display.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '') || where;
  if (typeof r.text === 'string') return { kind: 'text', display, out, text: r.text, ...given };
  return { kind: 'file', path: file!, display, out, ...given };
}

function bad(name: string, message: string): InputSource {
  return { kind: 'error', display: name, out: name, error: { code: 'bad-record', message } };
}
