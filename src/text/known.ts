import { isIsoDate } from './dates.js';
import type { Article } from './segment.js';

/**
 * What a publisher's records already say about a document (a manifest, a jsonl record, a
 * library caller). Each field may be absent or null for "not known".
 */
export interface Known {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  author?: string | null;
  /** YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with an optional ±hh:mm offset. */
  published?: string | null;
  year?: number | null;
}

/** The document's metadata as the output gives it: the page's reading with what is known over it. */
export interface Page {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  dateline: string | null;
  url: string | null;
  year: number | null;
}

const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d([+-]\d{2}:\d{2})?)?$/;

/**
 * Known metadata over the page's own reading: a publisher's record is more reliable than what
 * the text prints, so each known field wins; but a known year alone never erases a full date
 * the text gives, and a known day that is the text's day keeps the text's time. A known outlet
 * takes its canonical name when the lexicon lists it (`outlets`, lowercased form → name).
 */
export function withKnown(article: Article, known: Known | undefined, outlets: ReadonlyMap<string, string>): Page {
  const k = checked(known ?? {});
  let published = article.published;
  if (k.published && !(article.published?.startsWith(`${k.published}T`) ?? false)) published = k.published;
  return {
    title: k.title ?? article.title,
    outlet: k.outlet ? canonicalOutlet(k.outlet, outlets) : article.outlet,
    author: k.author ?? article.author,
    published,
    dateline: article.dateline,
    url: k.url ?? null,
    year: k.year ?? (published ? Number(published.slice(0, 4)) : null),
  };
}

/** "antaranews" → "Kantor Berita Antara"; a bare name also as its .com domain ("merdeka" → "Merdeka.com"). */
export function canonicalOutlet(name: string, outlets: ReadonlyMap<string, string>): string {
  const lower = name.trim().toLowerCase();
  return outlets.get(lower) ?? (lower.includes('.') ? undefined : outlets.get(`${lower}.com`)) ?? name.trim();
}

/** A published value the contract can carry. */
export function isPublished(s: string): boolean {
  const m = PUBLISHED.exec(s);
  return m !== null && isIsoDate(m[1]!);
}

/** The known fields, empty strings as unknown; a published date or year the contract cannot carry is the caller's error. */
function checked(k: Known): Known {
  const text = (s: string | null | undefined) => (typeof s === 'string' && s.trim() !== '' ? s.trim() : null);
  const published = text(k.published);
  if (published !== null && !isPublished(published))
    throw new TypeError(
      `known.published must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm (got ${JSON.stringify(k.published)})`,
    );
  if (k.year !== undefined && k.year !== null && !Number.isInteger(k.year))
    throw new TypeError(`known.year must be a whole number (got ${JSON.stringify(k.year)})`);
  return {
    title: text(k.title),
    outlet: text(k.outlet),
    url: text(k.url),
    author: text(k.author),
    published,
    year: k.year ?? null,
  };
}
