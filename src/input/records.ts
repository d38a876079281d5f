import { isIsoDate } from '../text/dates.js';
import type { InputSource } from './sources.js';

const LANGS = ['auto', 'id', 'en'];

/**
 * Reads `--input-format jsonl` records, { "id" | "path", "text" } one per line, as they
 * arrive, each with an optional "lang" (auto, id, en) and "date" (YYYY-MM-DD) of its own over
 * the run's --lang and --date. A line that is not such a record becomes an error entry named
 * after its line.
 */
export async function* readRecords(
  stream: AsyncIterable<Buffer | string> | Iterable<string>,
  label: string,
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
      const rec = parseRecord(raw, `${label}:${line}`);
      if (rec) yield rec;
    }
  }
  carry += decoder.decode();
  if (carry.trim() !== '') {
    const rec = parseRecord(carry, `${label}:${line + 1}`);
    if (rec) yield rec;
  }
}

export function parseRecord(raw: string, where: string): InputSource | null {
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
  if (typeof r.text !== 'string') return bad(where, 'a record needs a "text" string');
  if (r.lang !== undefined && !LANGS.includes(r.lang as string))
    return bad(where, `"lang" must be one of ${LANGS.join(', ')} (got ${JSON.stringify(r.lang)})`);
  if (r.date !== undefined && (typeof r.date !== 'string' || !isIsoDate(r.date)))
    return bad(where, `"date" must be a date YYYY-MM-DD (got ${JSON.stringify(r.date)})`);
  const display = String(name);
  const out = display.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '') || where;
  return {
    kind: 'text',
    display,
    out,
    text: r.text,
    ...(r.lang !== undefined && { lang: r.lang as 'auto' | 'id' | 'en' }),
    ...(r.date !== undefined && { date: r.date as string }),
  };
}

function bad(where: string, message: string): InputSource {
  return { kind: 'error', display: where, out: where, error: { code: 'bad-record', message } };
}
