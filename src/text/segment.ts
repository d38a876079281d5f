import { parseDate, type DateWords } from './dates.js';

export type BlockKind = 'title' | 'lead' | 'byline' | 'caption' | 'heading' | 'body' | 'furniture';

/** A paragraph of the article: one line of the text, trimmed, with what it is. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface Article {
  title: string | null;
  author: string | null;
  published: string | null;
  outlet: string | null;
  dateline: string | null;
  /** A full date the opening paragraph gives ("Jakarta, Senin (2/12/2024)"): the day of the
   * news when the page gives no byline date. Titles resolve by it; it is not `published`. */
  leadDate: string | null;
  blocks: Block[];
}

/** What the segmenter knows about pages: furniture, bylines, credits, outlets, dates. */
export interface PageWords extends DateWords {
  furniture: ReadonlySet<string>;
  /** The longest furniture line: longer lines are never looked up. */
  furnitureLength: number;
  furniturePrefixes: readonly string[];
  bylineOpeners: readonly string[];
  bylineDateWords: readonly string[];
  creditOpeners: readonly string[];
  /** Day names, lowercased: "Senin, 3 Februari 2025" is a date, not part of an author's name. */
  days: ReadonlySet<string>;
  /** Lowercased outlet names and aliases → the outlet's canonical name. */
  outlets: ReadonlyMap<string, string>;
  /** Lowercased place names (Jakarta, Brussels): the city of a dateline. */
  places: ReadonlySet<string>;
}

const REPORTER =
  /^Laporan [Ww]artawan ([^,\n]{2,40}), ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,4}) (?=[\p{Lu}\d][\p{Lu}\d.-]*(?:, | [-–—]))/u;

/** How far into the opening paragraph a date still dates the news. */
const LEAD_DATE_SPAN = 400;

interface Line {
  start: number;
  end: number;
}

/**
 * Reads the page structure: title, lead, byline (author and date), photo captions,
 * dateline (outlet and city), subheadings and page furniture. Only body and lead blocks
 * carry quotes and claims; furniture and credits are never read as article text.
 */
export function segment(text: string, words: PageWords): Article {
  const lines = splitLines(text);
  const article: Article = {
    title: null,
    author: null,
    published: null,
    outlet: null,
    dateline: null,
    leadDate: null,
    blocks: [],
  };
  // A byline sits near the top; what comes before it (after the title) is the lead.
  const bylineAt = lines.slice(0, 8).findIndex((l) => isByline(text.slice(l.start, l.end), words));
  let lastLong = -1;
  lines.forEach((l, n) => {
    if (l.end - l.start > 80) lastLong = n;
  });
  let sawBody = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const s = text.slice(line.start, line.end);
    const block: Block = { kind: 'body', start: line.start, end: line.end };
    if (isFurniture(s, words)) {
      block.kind = 'furniture';
    } else if (article.author === null && readByline(s, words, article)) {
      block.kind = 'byline';
    } else if (n === 0 && lines.length > 1 && looksLikeTitle(s)) {
      block.kind = 'title';
      article.title = s;
    } else {
      const credit = creditStart(s, words);
      if (credit >= 0) {
        block.kind = 'caption';
        block.end = line.start + trimEnd(s, credit);
      } else if (sawBody && n < lastLong && looksLikeHeading(s)) {
        block.kind = 'heading';
      } else {
        if (article.outlet === null && article.dateline === null && !sawBody) {
          // "Laporan wartawan Tribunnews.com, Fahdi Fahlevi TRIBUNNEWS.COM, JAKARTA - …": the
          // reporter's credit runs into the dateline on one line.
          const credit = REPORTER.exec(s);
          const from = credit ? credit[0].length : 0;
          if (credit && article.author === null) article.author = credit[2]!;
          const skip = readDateline(s.slice(from), words, article);
          if (skip > 0 || from > 0) block.start = line.start + from + skip;
        }
        if (n < bylineAt) {
          block.kind = 'lead';
        } else {
          sawBody = true;
        }
      }
    }
    article.blocks.push(block);
  }
  const opening = article.blocks.find((b) => b.kind === 'body' || b.kind === 'lead');
  if (opening)
    article.leadDate =
      parseDate(text.slice(opening.start, Math.min(opening.end, opening.start + LEAD_DATE_SPAN)), words)?.slice(
        0,
        10,
      ) ?? null;
  return article;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    let s = i;
    let e = j;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e });
    if (j >= text.length) break;
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return lines;
}

/** White space, as /\s/ reads it. */
function isBlank(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isFurniture(s: string, words: PageWords): boolean {
  if (s.length <= words.furnitureLength && words.furniture.has(s.toLowerCase())) return true;
  return words.furniturePrefixes.some((p) => s.startsWith(p) && (s.length === p.length || /[\s:]/.test(s[p.length]!)));
}

function isByline(s: string, words: PageWords): boolean {
  return readByline(s, words, null);
}

/** "oleh Khairisa Ferida diperbarui 19 Jun 2024, 17:23 WIB" → author and date. */
function readByline(s: string, words: PageWords, into: Article | null): boolean {
  if (s.length > 200) return false;
  // Most lines open with no byline word: tell that before lowercasing the line.
  const first = s.charAt(0).toLowerCase();
  const opener = words.bylineOpeners.find(
    (o) =>
      o.charAt(0) === first && (s[o.length] === ' ' || s[o.length] === ':') && s.slice(0, o.length).toLowerCase() === o,
  );
  if (!opener) return false;
  const rest = s.slice(opener.length).replace(/^[:\s]+/, '');
  const restLower = rest.toLowerCase();
  // The author ends where the date begins: a date word, a separator or a digit.
  let cut = rest.search(/[|\d]/);
  if (cut < 0) cut = rest.length;
  for (const w of words.bylineDateWords) {
    const at = restLower.search(new RegExp(`(^|\\s)${w}(\\s|:|$)`));
    if (at >= 0 && at < cut) cut = at;
  }
  const published = parseDate(rest.slice(cut), words);
  const names = rest
    .slice(0, cut)
    .replace(/[\s,|-]+$/, '')
    .trim()
    .split(/\s+/);
  while (names.length > 1 && words.days.has(names[names.length - 1]!.toLowerCase().replace(/,$/, ''))) names.pop();
  const author = names.join(' ').replace(/,$/, '');
  const nameLike = /^[\p{Lu}][\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,5}$/u.test(author);
  if (!nameLike || (published === null && cut < rest.length)) return false;
  if (published === null && author.split(/\s+/).length > 4) return false;
  if (into) {
    into.author = author;
    into.published = published;
  }
  return true;
}

function looksLikeTitle(s: string): boolean {
  return s.length <= 250 && !/[.:;,]$/.test(s);
}

function looksLikeHeading(s: string): boolean {
  return (
    s.length <= 70 && s.split(/\s+/).length <= 8 && !/[.!?:;,"”“]$/.test(s) && !/["“”]/.test(s) && /^\p{Lu}/u.test(s)
  );
}

/** Where a closing photo credit starts ("… (Dok. Pixabay)"), or -1. */
function creditStart(s: string, words: PageWords): number {
  if (s.length > 400 || !s.endsWith(')')) return -1;
  const open = s.lastIndexOf('(');
  if (open < 0) return -1;
  const inner = s.slice(open + 1, -1).trim();
  return words.creditOpeners.some((c) => inner.startsWith(c)) ? open : -1;
}

function trimEnd(s: string, end: number): number {
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  return end;
}

// "Outlet, City - ", "CITY, OUTLET — ", "City (OUTLET) - ", "OUTLET, City: ": a hyphen inside a
// name (TRIBUN-TIMUR.COM) is part of it; the separator stands apart, or is a colon.
const PART = String.raw`(?:[^,()\n–—:\s-]|-(?=\S)|\s(?![-–—]))`;
// ("Singkil, Aceh, (ANTARA News) - …": a comma may stand before the parenthesis.)
const DATELINE = new RegExp(
  String.raw`^(${PART}{2,40}?)(?:\s*,\s*(${PART}{2,40}?))?(?:\s*,?\s*\(([^()\n]{2,30})\))?(?:\s+(?:-{1,2}|–|—)\s+|:\s+)`,
  'u',
);
/** "Merdeka.com-Imam besar …", "Suara.com - …": an outlet's domain opening the body, glued to its dash or not. */
const DOMAIN_DATELINE = /^([\p{L}\d]+(?:\.[\p{L}\d]+)*\.(?:com|co\.id|id|net|org|co))\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})/u;

/**
 * "Liputan6.com, Brussels - …", "JAKARTA, KOMPAS — …", "Jakarta (ANTARA) - …": sets the
 * outlet and the dateline city and returns how many characters the dateline takes.
 */
function readDateline(s: string, words: PageWords, into: Article): number {
  const domain = DOMAIN_DATELINE.exec(s);
  if (domain) {
    const outlet = domain[1]!;
    into.outlet = words.outlets.get(outlet.toLowerCase()) ?? outlet;
    return domain[0].length;
  }
  const m = DATELINE.exec(s);
  if (!m) return 0;
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map((p) => p.trim());
  if (!parts.every(isProperPhrase)) return 0;
  if (m[0].trimEnd().endsWith(':') && parts.length < 2) return 0; // "Jokowi: …" is speech, not a dateline
  // Which part is the outlet: a known outlet, then a domain, then the one that is no place.
  const isPlace = (p: string) => p.split(/\s+/).every((w) => words.places.has(w.toLowerCase()));
  const score = (p: string) =>
    words.outlets.has(p.toLowerCase()) ? 3 : /\.(com|co|id|net|org)\b/i.test(p) ? 2 : isPlace(p) ? 0 : 1;
  let outlet: string | null = null;
  let city: string | null = null;
  if (parts.length === 1) {
    const p = parts[0]!;
    // "RADAR BOGOR - …": a name in capitals alone, or a known outlet, is the outlet.
    if (score(p) >= 2 || (/^[\p{Lu}\d\s.]+$/u.test(p) && p.includes(' ') && !isPlace(p))) outlet = p;
    else city = p;
  } else {
    const ranked = parts.map((p, i) => ({ p, i, s: score(p) })).sort((a, b) => b.s - a.s || b.i - a.i);
    outlet = ranked[0]!.p;
    city = ranked.find((r) => r.p !== outlet)!.p;
  }
  into.outlet = outlet === null ? null : (words.outlets.get(outlet.toLowerCase()) ?? outlet);
  into.dateline = city === null ? null : titleCase(city);
  return m[0].length;
}

function isProperPhrase(p: string): boolean {
  const ws = p.split(/\s+/);
  return ws.length <= 4 && ws.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function titleCase(p: string): string {
  if (p !== p.toUpperCase()) return p;
  return p.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
