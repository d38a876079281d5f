import type { DocumentResult } from './types.js';

/** One row per quote or claim; the first eleven columns are the ones users pivot on. */
export const CSV_COLUMNS = [
  'path',
  'entity_id',
  'entity_name',
  'type',
  'kind',
  'speaker',
  'via',
  'cue',
  'text',
  'start',
  'end',
  'category',
  'confidence',
  'source',
  'about',
  'id',
  'listed',
] as const;

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** The rows of one document, in text order, quoted as RFC 4180 says. */
export function csvRows(r: DocumentResult): string {
  const rowOf = new Map<string, DocumentResult['entities'][number]>();
  for (const e of r.entities) for (const id of [...e.quotes, ...e.claims]) rowOf.set(id, e);
  const items = [
    ...r.quotes.map((q) => ({ x: q, kind: 'quote' })),
    ...r.claims.map((c) => ({ x: c, kind: 'claim' })),
  ].sort((a, b) => a.x.start - b.x.start || a.x.end - b.x.end || (a.kind < b.kind ? 1 : -1));
  return items
    .map(({ x, kind }) => {
      const e = rowOf.get(x.id);
      return `${[
        r.document.path ?? '',
        e?.id ?? '',
        e?.name ?? '',
        e?.type ?? x.speaker?.type ?? '',
        kind,
        x.speaker?.name ?? '',
        x.speaker?.via ?? '',
        x.cue?.text ?? '',
        x.text,
        x.start,
        x.end,
        x.kind,
        x.confidence,
        x.source?.name ?? '',
        x.about.join(';'),
        x.id,
        e ? String(e.listed) : '',
      ]
        .map(field)
        .join(',')}\r\n`;
    })
    .join('');
}

export function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
