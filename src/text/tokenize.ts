import { shapeOf } from './shape.js';
import { isApostrophe, isAsciiDigit, isDoubleQuote, isSpace, isUpperAt, isWordChar, isLowerAt } from './chars.js';

export const Kind = { Word: 1, Number: 2, Punct: 3, Quote: 4 } as const;
export type TokenKind = (typeof Kind)[keyof typeof Kind];

/** One token; offsets are UTF-16 indices into the document text, `end` exclusive. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Whitespace separates it from the previous token. */
  readonly spaced: boolean;
  /** Index of the block (paragraph) it belongs to. */
  readonly block: number;
  /** The shape of `lower` (text/shape.ts), for word sets' first test. */
  readonly shape: number;
}

/**
 * Tokens are most of what a document allocates, so they hold as little as they can: kind,
 * capital, space and shape share one small integer, the end is the start plus the length,
 * and getters read them back.
 */
class PackedToken implements Token {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly lower: string,
    private readonly bits: number,
    readonly block: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get kind(): TokenKind {
    return (this.bits & 7) as TokenKind;
  }

  get cap(): boolean {
    return (this.bits & 8) !== 0;
  }

  get spaced(): boolean {
    return (this.bits & 16) !== 0;
  }

  get shape(): number {
    return this.bits >>> 5;
  }
}

/**
 * Splits text[start, end) into tokens. Words keep internal apostrophes (Ma'ruf) and dots
 * before lowercase parts (Liputan6.com); numbers keep their separators (11.000, 17:23,
 * 20/6/2024, 2,5). Hyphens are tokens of their own, so Rusia-Korut yields both names.
 */
export function tokenize(text: string, start: number, end: number, block: number, out: Token[]): Token[] {
  let i = start;
  let spaced = true;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const s = i;
    let kind: TokenKind;
    let seen = 0;
    if (isWordChar(c)) {
      const scanned = scanWord(text, i, end);
      seen = scanned % SCAN;
      i = (scanned - seen) / SCAN;
      if (!(seen & GLUED) && c === 65 /* A */) i = unglueFurniture(text, s, i);
      kind = isAsciiDigit(c) && isNumeric(text, s, i) ? Kind.Number : Kind.Word;
    } else if (isDoubleQuote(c)) {
      i++;
      kind = Kind.Quote;
    } else if (c === 46 && text.charCodeAt(i + 1) === 46) {
      while (i < end && text.charCodeAt(i) === 46) i++;
      kind = Kind.Punct;
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      kind = Kind.Punct;
    }
    const t = i === s + 1 ? charString(c) : text.slice(s, i);
    let lower = t;
    let cap = false;
    if (kind === Kind.Word) {
      // The scan saw whether the word is plain ASCII and has capitals: most need no folding.
      lower = seen & SAW_NON_ASCII ? foldUnicode(t) : seen & SAW_UPPER ? t.toLowerCase() : t;
      cap = c < 128 ? c >= 65 && c <= 90 : isUpperAt(text, s);
    }
    out.push(new PackedToken(s, t, lower, kind | (cap ? 8 : 0) | (spaced ? 16 : 0) | (shapeOf(lower) << 5), block));
    spaced = false;
  }
  return out;
}

/**
 * English possessives come apart: "Russia's" reads as "Russia" and "'s", so the name is found
 * like any other (the English path's; Indonesian words keep their apostrophes: Jum'at, Ma'ruf).
 */
export function splitPossessives(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const possessive = t.kind === Kind.Word && t.lower.length > 2 && t.lower.endsWith("'s");
    if (possessive) out ??= tokens.slice(0, i);
    if (!out) continue;
    if (!possessive) {
      out.push(t);
      continue;
    }
    const n = t.text.length - 2;
    const stem = t.lower.slice(0, -2);
    out.push(
      new PackedToken(
        t.start,
        t.text.slice(0, n),
        stem,
        Kind.Word | (t.cap ? 8 : 0) | (t.spaced ? 16 : 0) | (shapeOf(stem) << 5),
        t.block,
      ),
    );
    out.push(new PackedToken(t.start + n, t.text.slice(n), "'s", Kind.Punct | (shapeOf("'s") << 5), t.block));
  }
  return out ?? tokens;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, NUL included
const NON_ASCII = /[^\x00-\x7f]/;

/** One-character tokens share their strings: punctuation is most of them. */
const CHARS: string[] = [];
function charString(c: number): string {
  if (c >= 128) return String.fromCharCode(c);
  return (CHARS[c] ??= String.fromCharCode(c));
}

/**
 * A word as lookups see it: lowercase, without diacritics, with typographic apostrophes made
 * plain ("Erdoğan" → "erdogan", "Ma’ruf" → "ma'ruf"). ASCII words take the fast path.
 */
export function fold(word: string): string {
  // One pass over the char codes: a lowercase ASCII word is its own fold (no new string).
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return foldUnicode(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

function foldUnicode(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();
}

// What scanWord saw of its word, packed with where the word ends (so that no object is made per
// word): a capital, a character outside ASCII, and a lowercase word that runs into a capitalized
// one, which then ends before the capital.
const SAW_UPPER = 1;
const SAW_NON_ASCII = 2;
const GLUED = 4;
const SCAN = 8;

const WORD = 1;
const UPPER = 2;
const LOWER = 4;
/** ASCII character classes, one lookup per character. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII[c] = WORD | UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = WORD | LOWER;

/** Where the word at i ends, times SCAN, plus what was seen of it (SAW_UPPER, SAW_NON_ASCII, GLUED). */
function scanWord(text: string, i: number, end: number): number {
  const s = i;
  let sawUpper = false;
  let sawNonAscii = false;
  let gluedAt = -1;
  // Scraped text glues words together ("perhatianMeutya"): a lowercase ASCII word of four
  // letters or more that runs into a capitalized one ends before the capital. Brands written
  // in camel case (iPhone, YouTube, WhatsApp) stay whole.
  let lowerRun = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII[c]!;
      if (k !== 0) {
        if (k & LOWER) {
          if (lowerRun >= 0) lowerRun++;
        } else {
          if (k & UPPER) {
            if (lowerRun >= 4 && lowerRun === i - s && gluedAt < 0 && i + 1 < end && isLowerAt(text, i + 1))
              gluedAt = i;
            sawUpper = true;
          }
          lowerRun = -1;
        }
        i++;
        continue;
      }
    } else if (isWordChar(c)) {
      sawNonAscii = true;
      lowerRun = -1;
      i++;
      continue;
    }
    if (i + 1 >= end || !isWordChar(text.charCodeAt(i + 1))) break;
    lowerRun = -1;
    if (c >= 128) sawNonAscii = true;
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    const digits = isAsciiDigit(prev) && isAsciiDigit(next);
    if (c === 46 /* . */ && (digits || domainPart(text, i + 1, end))) {
      i++;
      continue;
    }
    if ((c === 44 /* , */ || c === 58 /* : */ || c === 47) /* / */ && digits) {
      i++;
      continue;
    }
    if (isApostrophe(c) && !isAsciiDigit(prev)) {
      i++;
      continue;
    }
    break;
  }
  const seen = (sawUpper ? SAW_UPPER : 0) | (sawNonAscii ? SAW_NON_ASCII : 0) | (gluedAt >= 0 ? GLUED : 0);
  return (gluedAt >= 0 ? gluedAt : i) * SCAN + seen;
}

/** Page furniture that scraping glues to the next word. */
const GLUED_FURNITURE = ['Advertisement', 'ADVERTISEMENT'];

/** "AdvertisementDudi": page furniture glued to the next word ends before it. */
function unglueFurniture(text: string, s: number, e: number): number {
  for (const f of GLUED_FURNITURE) {
    if (e > s + f.length && text.startsWith(f, s) && isUpperAt(text, s + f.length)) return s + f.length;
  }
  return e;
}

/** After a dot, a short lowercase part is a domain's (Liputan6.com, kompas.id); a longer
 * one is a sentence glued to the last (kecil.menurut, as scraped text often has). */
function domainPart(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j - i <= 4 && isLowerAt(text, j)) j++;
  return j > i && j - i <= 4 && !(j < end && isWordChar(text.charCodeAt(j)));
}

function isNumeric(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c) && c !== 46 && c !== 44 && c !== 58 && c !== 47) return false;
  }
  return true;
}

/** The first token that ends after character offset `c` (tokens.length when none does). */
export function tokenIndexAt(tokens: readonly Token[], c: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
