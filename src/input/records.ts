import type { Source } from './sources.js';

/**
 * Reads `--input-format jsonl` records, { "id" | "path", "text" } one per line, as they
 * arrive. A line that is not such a record becomes an error entry named after its line.
 */
export async function* readRecords(stream: AsyncIterable<Buffer | string> | Iterable<string>, label: string): AsyncGenerator<Source> {
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

export function parseRecord(raw: string, where: string): Source | null {
  const text = raw.replace(/\r$/, '');
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return bad(where, `not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(where, 'a record must be an object { "id" | "path", "text" }');
  const r = value as Record<string, unknown>;
  const name = r.id ?? r.path;
  if (typeof name !== 'string' && typeof name !== 'number') return bad(where, 'a record needs an "id" or a "path"');
  if (typeof r.text !== 'string') return bad(where, 'a record needs a "text" string');
  const display = String(name);
  return { kind: 'text', display, out: display.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '') || where, text: r.text };
}

function bad(where: string, message: string): Source {
  return { kind: 'error', display: where, out: where, error: { code: 'bad-record', message } };
}
