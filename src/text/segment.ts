import { parseDate, parseDateLine, type DateLineWords } from './dates.js';
import { outletOf, readHeaderLine, type HeaderLayout, type HeaderReading } from './layouts.js';
import { sortInPlace } from './order.js';

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
export interface PageWords extends DateLineWords {
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
  /** Lowercased words after a dateline's city that belong to the place (DC). */
  datelinePlaces: ReadonlySet<string>;
  /** Lowercased words that open a newspaper's name (harian, koran, radar). */
  outletWords: ReadonlySet<string>;
  /** "(kepada|diterima|dihubungi)\s": the words after which an outlet is the one told. */
  told: RegExp;
  /** The first three letters, lowercased, of the home outlets' names and forms. */
  homePrefixes: ReadonlySet<string>;
  /** The outlets whose pages are described: Indonesian outlets, told statements in person. */
  homeOutlets: ReadonlySet<string>;
  /** The header lines outlets print, most particular first. */
  layouts: readonly HeaderLayout[];
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
  const article = emptyArticle();
  const at = (n: number) => text.slice(lines[n]!.start, lines[n]!.end);
  const header = readHeader(lines.length, at, words, article);
  // What comes before the first header line (after the title) is the lead.
  const bylineAt = header.size > 0 ? Math.min(...header) : -1;
  let lastLong = -1;
  lines.forEach((l, n) => {
    if (l.end - l.start > 80) lastLong = n;
  });
  let sawBody = false;
  let dated = false;
  let paragraphs = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const s = at(n);
    const block: Block = { kind: 'body', start: line.start, end: line.end };
    if (isFurniture(s, words) || (n > 0 && s === article.title)) {
      block.kind = 'furniture';
    } else if (header.has(n)) {
      block.kind = 'byline';
    } else if (n === 0 && lines.length > 1 && looksLikeTitle(s)) {
      block.kind = 'title';
      article.title = s;
    } else {
      const credit = creditStart(s, words);
      if (credit >= 0) {
        block.kind = 'caption';
        if (credit > 0) block.end = line.start + trimEnd(s, credit);
      } else if (sawBody && n < lastLong && looksLikeHeading(s)) {
        block.kind = 'heading';
      } else {
        // A dateline opens one of the first paragraphs (a teaser may stand above it); further
        // down, only an outlet's own ("Liputan6.com, Jakarta - …" after a scraped preamble).
        if (!dated && (paragraphs++ < DATELINE_PARAGRAPHS || article.outlet === null)) {
          // "Laporan wartawan Tribunnews.com, Fahdi Fahlevi TRIBUNNEWS.COM, JAKARTA - …": the
          // reporter's credit runs into the dateline on one line.
          const credit = REPORTER.exec(s);
          const from = credit ? credit[0].length : 0;
          if (credit && article.author === null) article.author = credit[2]!;
          const skip = readDateline(s.slice(from), words, article, paragraphs > DATELINE_PARAGRAPHS);
          if (skip > 0 || from > 0) block.start = line.start + from + skip;
          dated = skip > 0;
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
  if (article.outlet === null) article.outlet = toldOutlet(text, article.blocks, words);
  const opening = article.blocks.find((b) => b.kind === 'body' || b.kind === 'lead');
  if (opening)
    article.leadDate =
      parseDate(text.slice(opening.start, Math.min(opening.end, opening.start + LEAD_DATE_SPAN)), words)?.slice(
        0,
        10,
      ) ?? null;
  return article;
}

/**
 * "… dalam keterangan tertulis yang diterima kumparan", "kata Budi kepada Tempo": the Indonesian
 * outlet a statement was given to is the page's own, when the page prints no outlet.
 */
function toldOutlet(text: string, blocks: readonly Block[], words: PageWords): string | null {
  for (const b of blocks) {
    if (b.kind !== 'body' && b.kind !== 'lead') continue;
    const s = text.slice(b.start, b.end);
    words.told.lastIndex = 0;
    for (let m = words.told.exec(s); m; m = words.told.exec(s)) {
      if (m.index > 0 && !isBlank(s.charCodeAt(m.index - 1))) continue;
      // Most words after "kepada" open no outlet's name: tell that by their first letters.
      const next = s.slice(m.index + m[0].length, m.index + m[0].length + 3).toLowerCase();
      if (!words.homePrefixes.has(next) && !AFTER_TOLD_NOUN.test(next)) continue;
      TOLD_AFTER.lastIndex = m.index + m[0].length - 1;
      const after = TOLD_AFTER.exec(s);
      if (!after) continue;
      const one = after[1]!.replace(/[.,;:]+$/, '');
      const two = after[2] === undefined ? null : `${one} ${after[2].replace(/[.,;:]+$/, '')}`;
      for (const form of [two, one]) {
        const outlet = form === null ? undefined : words.outlets.get(form.toLowerCase());
        if (outlet !== undefined && words.homeOutlets.has(outlet)) return outlet;
      }
    }
  }
  return null;
}

const AFTER_TOLD_NOUN = /^(?:war|red|tim)/;
/** The one or two words after a told word ("diterima kumparan", "kepada wartawan Tempo"). */
const TOLD_AFTER = /\s+(?:(?:wartawan|redaksi|tim)\s+)?([\p{L}\d.]+)(?:\s+([\p{L}\d.]+))?/uy;

/** How many paragraphs a dateline may open: the first, or the first after a teaser or two. */
const DATELINE_PARAGRAPHS = 3;

/** How many lines after the title a header may take, and how many close an article. */
const HEADER_LINES = 12;
const FOOTER_LINES = 4;

/**
 * Reads the page's header lines (writer, date, outlet) between the title and the first
 * paragraph, and the writer's credit closing the article ("Pewarta: …"); gives their lines.
 * A name alone counts as the writer only beside the header's date.
 */
function readHeader(count: number, at: (n: number) => string, words: PageWords, into: Article): Set<number> {
  const found = new Map<number, HeaderReading>();
  let prose = 0;
  for (let n = 0; n < Math.min(count, HEADER_LINES + 1); n++) {
    const s = at(n);
    if (isFurniture(s, words) || creditStart(s, words) >= 0) continue;
    if (n > 0 && isProse(s)) {
      if (++prose === 2) break; // a lead may stand above the header
      continue;
    }
    const line = readHeaderLine(s, words);
    const r = line && !line.bare ? line : (bylineReading(s, words) ?? line);
    if (r && !(r.bare && n === 0)) found.set(n, r); // a name on the first line is the title
  }
  for (let n = Math.max(count - FOOTER_LINES, 1); n < count; n++) {
    if (found.has(n) || isProse(at(n))) continue;
    const r = readHeaderLine(at(n), words);
    if (r?.labelled && r.published === undefined && r.outlet === undefined) found.set(n, r);
  }
  const dated = [...found].filter(([, r]) => r.published !== undefined).map(([n]) => n);
  for (const [n, r] of sortInPlace([...found], (a, b) => a[0] - b[0])) {
    if (r.bare && !dated.some((d) => Math.abs(d - n) === 1)) {
      found.delete(n);
      continue;
    }
    if (r.published !== undefined) into.published ??= r.published;
    if (r.author !== undefined && !r.bare) into.author ??= r.author;
    if (r.outlet !== undefined) into.outlet ??= r.outlet;
  }
  for (const r of found.values()) if (r.bare && r.author !== undefined) into.author ??= r.author;
  return new Set(found.keys());
}

/** A paragraph of the article's text: long, or a sentence. */
function isProse(s: string): boolean {
  return s.length > 150 || (/[.!?"”]$/.test(s) && atLeastWords(s, 10));
}

/** Does `s` have n words or more, as `s.split(/\s+/)` counts them (no array made)? */
function atLeastWords(s: string, n: number): boolean {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < s.length && count < n; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : JS_SPACE.test(s[i]!);
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count >= n;
}

const JS_SPACE = /\s/;

/** "oleh Khairisa Ferida diperbarui 19 Jun 2024, 17:23 WIB" read as a header line. */
function bylineReading(s: string, words: PageWords): HeaderReading | null {
  const got = emptyArticle();
  if (!readByline(s, words, got)) return null;
  return {
    labelled: true,
    ...(got.author && { author: got.author }),
    ...(got.published && { published: got.published }),
  };
}

function emptyArticle(): Article {
  return { title: null, author: null, published: null, outlet: null, dateline: null, leadDate: null, blocks: [] };
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
  for (const p of words.furniturePrefixes)
    if (s.startsWith(p) && (s.length === p.length || /[\s:]/.test(s[p.length]!))) return true;
  return false;
}

/** The byline word a line opens with ("oleh", "penulis"), in any case, before a space or a colon. */
function bylineOpener(s: string, openers: readonly string[]): string | undefined {
  const first = s.charAt(0).toLowerCase();
  for (const o of openers)
    if (
      o.charAt(0) === first &&
      (s[o.length] === ' ' || s[o.length] === ':') &&
      s.slice(0, o.length).toLowerCase() === o
    )
      return o;
  return undefined;
}

/** "oleh Khairisa Ferida diperbarui 19 Jun 2024, 17:23 WIB" → author and date. */
function readByline(s: string, words: PageWords, into: Article): boolean {
  if (s.length > 200) return false;
  // Most lines open with no byline word: tell that before lowercasing the line.
  const opener = bylineOpener(s, words.bylineOpeners);
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
  into.author = author;
  into.published = published;
  return true;
}

function looksLikeTitle(s: string): boolean {
  // "…, Padahal..." trails off; a title ends with no full stop.
  return s.length <= 250 && (!/[.:;,]$/.test(s) || /(?:\.\.\.|…)$/.test(s));
}

function looksLikeHeading(s: string): boolean {
  return s.length <= 70 && !atLeastWords(s, 9) && !/[.!?:;,"”“]$/.test(s) && !/["“”]/.test(s) && /^\p{Lu}/u.test(s);
}

/** A photo credit closing a caption: "… Foto: Fajar/detikcom", "… FOTO/Reuters", "… ANTARA FOTO/Reuters". */
const TRAILING_CREDIT = /(?:^|\s)\(?(?:ANTARA FOTO|FOTO|Foto|Photo)\s*[:/]\s*[^()\n]{1,60}\)?$/u;
/** A caption that opens with its credit word: "Foto: Ilustrasi emas batangan …". */
const LEADING_CREDIT = /^(?:FOTO|Foto|Photo)\s*:/u;

/** Where a closing photo credit starts ("… (Dok. Pixabay)", "… Foto: Dok. Panitia"), or -1; 0 for a caption that opens with "Foto:". */
function creditStart(s: string, words: PageWords): number {
  if (s.length > 400) return -1;
  if (LEADING_CREDIT.test(s)) return 0;
  const credited = s.includes('FOTO') || s.includes('Foto') || s.includes('Photo');
  const trailing = credited ? TRAILING_CREDIT.exec(s) : null;
  if (trailing) return trailing.index;
  if (!s.endsWith(')')) return -1;
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
function readDateline(s: string, words: PageWords, into: Article, outletOnly = false): number {
  const domain = DOMAIN_DATELINE.exec(s);
  if (domain) {
    const outlet = domain[1]!;
    into.outlet = words.outlets.get(outlet.toLowerCase()) ?? outlet;
    return domain[0].length + cityAfterOutlet(s.slice(domain[0].length), into);
  }
  // A dateline ends at its dash or colon within its first few words.
  if (s.slice(0, 100).search(/\s(?:-{1,2}|–|—)\s|:\s/) < 0) return 0;
  const m = DATELINE.exec(s);
  if (!m) return 0;
  const raw = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map((p) => p.trim());
  if (!raw.every((p) => isProperPhrase(p) || outletOf(p, words) !== null)) return 0;
  const parts = datelineParts(raw, words);
  const colon = m[0].trimEnd().endsWith(':');
  // "Jokowi: …", "…, Pelatih Malaysia: Kami …" are speech: a colon follows a place or an outlet.
  if (colon && (raw.length < 2 || !parts.some((p) => p.score !== 1))) return 0;
  if (outletOnly && !parts.some((p) => p.score >= 2)) return 0;
  let outlet: string | null = null;
  let city: string | null = null;
  if (parts.length === 1) {
    // "NEW YORK - …" is a city; "RADAR BOGOR - …" (a known outlet or a domain) and "HARIAN
    // CAKRAWALA - …" (a name opening with a word for a newspaper) are outlets.
    const p = parts[0]!;
    if (p.score >= 2 || words.outletWords.has(p.text.split(/\s+/)[0]!.toLowerCase())) outlet = p.text;
    else city = p.text;
  } else if (parts.length > 1) {
    const ranked = sortInPlace([...parts], (a, b) => b.score - a.score || b.at - a.at);
    // An unknown name is an outlet's when it is printed like one (TRIBUN-BALI, Radar X), not a
    // person's ("Glandy Burnama, Tangerang — …").
    if (ranked[0]!.score >= 2 || looksLikeOutlet(ranked[0]!.text, words)) outlet = ranked[0]!.text;
    city = ranked.find((r) => r !== ranked[0])!.text;
  }
  if (outlet !== null) into.outlet = words.outlets.get(outlet.toLowerCase()) ?? outlet;
  into.dateline = city === null ? null : titleCase(city);
  const after = city === null ? cityAfterOutlet(s.slice(m[0].length), into) : 0;
  return m[0].length + after;
}

interface DatelinePart {
  text: string;
  /** 3 a known outlet, 2 a domain, 1 an unknown name, 0 a place. */
  score: number;
  at: number;
}

/**
 * The parts of a dateline, each scored: a date ("Jakarta, 24 April 2019 -") and a state after
 * the city ("WASHINGTON, DC -") are dropped; "TEMPO.CO Yogyakarta" is an outlet and a city.
 */
function datelineParts(raw: readonly string[], words: PageWords): DatelinePart[] {
  const isPlace = (p: string) => p.split(/\s+/).every((w) => words.places.has(w.toLowerCase()));
  const score = (p: string) =>
    words.outlets.has(p.toLowerCase()) ? 3 : /\.(com|co|id|net|org)\b/i.test(p) ? 2 : isPlace(p) ? 0 : 1;
  const texts: string[] = [];
  raw.forEach((p, i) => {
    if (parseDateLine(p, words) !== null || (i > 0 && words.datelinePlaces.has(p.toLowerCase()))) return;
    const ws = p.split(/\s+/);
    const known = (k: number) => words.outlets.has(ws.slice(0, k).join(' ').toLowerCase());
    const cut = known(ws.length) ? -1 : ws.findIndex((_, k) => k > 0 && known(k));
    if (cut > 0 && isPlace(ws.slice(cut).join(' '))) texts.push(ws.slice(0, cut).join(' '), ws.slice(cut).join(' '));
    else texts.push(p);
  });
  return texts.map((text, at) => ({ text, score: score(text), at }));
}

/** A name printed as an outlet's: in capitals or a domain, or opening with a newspaper word. */
function looksLikeOutlet(p: string, words: PageWords): boolean {
  return (p === p.toUpperCase() && /\p{Lu}{2}/u.test(p)) || words.outletWords.has(p.split(/\s+/)[0]!.toLowerCase());
}

/** "KONTAN.CO.ID - JAKARTA. Presiden …": a city in capitals and a full stop after the outlet. */
function cityAfterOutlet(s: string, into: Article): number {
  const m = /^(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\.\s+(?=\p{Lu})/u.exec(s);
  if (!m) return 0;
  into.dateline = titleCase(m[1]!);
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
