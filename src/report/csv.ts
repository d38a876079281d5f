import type { DocumentResult } from './types.js';

/**
 * One row per quote or claim; the first eleven columns are the ones users pivot on, and the
 * document's metadata comes last (columns are only ever added at the end).
 */
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
  'title',
  'outlet',
  'published',
  'url',
  'year',
  'sentence',
  'line',
  'column',
  'speaker_written',
  'speaker_role',
] as const;

/** --documents: one row per document, its metadata and how many quotes and claims it has. */
export const DOCUMENT_COLUMNS = [
  'path',
  'title',
  'outlet',
  'author',
  'published',
  'year',
  'dateline',
  'language',
  'url',
  'quotes',
  'claims',
] as const;

export function csvHeader(documents = false): string {
  return `${(documents ? DOCUMENT_COLUMNS : CSV_COLUMNS).join(',')}\r\n`;
}

/** The row of one document (--documents). */
export function documentRow(r: DocumentResult): string {
  const d = r.document;
  return `${[
    d.path ?? '',
    d.title ?? '',
    d.outlet ?? '',
    d.author ?? '',
    d.published ?? '',
    d.year ?? '',
    d.dateline ?? '',
    d.language,
    d.url ?? '',
    r.quotes.length,
    r.claims.length,
  ]
    .map(field)
    .join(',')}\r\n`;
}

/** The rows of one document, in text order, quoted as RFC 4180 says. */
export function csvRows(r: DocumentResult): string {
  const rowOf = new Map<string, DocumentResult['entities'][number]>();
  for (const e of r.entities) for (const id of [...e.quotes, ...e.claims]) rowOf.set(id, e);
  const items = [
    ...r.quotes.map((q) => ({ x: q, kind: 'quote' })),
    ...r.claims.map((c) => ({ x: c, kind: 'claim' })),
  ].sort((a, b) => a.x.start - b.x.start || a.x.end - b.x.end || (a.kind < b.kind ? 1 : -1));
  const d = r.document;
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
        d.title ?? '',
        d.outlet ?? '',
        d.published ?? '',
        d.url ?? '',
        d.year ?? '',
        x.sentence.text,
        x.line,
        x.column,
        x.speaker?.written ?? '',
        x.speaker?.role ?? '',
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
