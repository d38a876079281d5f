import { isApostrophe, isAsciiDigit, isDoubleQuote, isSpace, isUpperAt, isWordChar, isLowerAt } from './chars.js';
import { grown } from './columns.js';
import { VOCABULARY } from './vocabulary.js';

export const Kind = { Word: 1, Number: 2, Punct: 3, Quote: 4 } as const;
export type TokenKind = (typeof Kind)[keyof typeof Kind];

/** One token as plain data (Tokens.get): for code that reads a few tokens around a place. */
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
  /** The vocabulary's number of `lower`. */
  readonly word: number;
}

/** A question about token i, answered from the columns (a word list's: lexicon/word-set.ts). */
export interface TokenTest {
  at(tokens: Tokens, i: number): boolean;
}

/** Numbers for Tokens.serial, so that no two fillings share one. */
let serials = 0;

/** How many token objects a Tokens keeps from one text to the next. */
const KEPT_VIEWS = 1 << 16;

/** A token as an object, filled from the columns (Tokens.get). */
class TokenView implements Token {
  serial = 0;
  start = 0;
  end = 0;
  text = '';
  lower = '';
  kind: TokenKind = Kind.Word;
  cap = false;
  spaced = false;
  block = 0;
  word = 0;

  fill(tokens: Tokens, i: number): void {
    const f = tokens.flags[i]!;
    this.serial = tokens.serial;
    this.start = tokens.starts[i]!;
    this.end = tokens.ends[i]!;
    this.text = VOCABULARY.string(tokens.forms[i]!);
    this.lower = VOCABULARY.string(tokens.words[i]!);
    this.kind = (f & 7) as TokenKind;
    this.cap = (f & CAP) !== 0;
    this.spaced = (f & SPACED) !== 0;
    this.block = tokens.blocks[i]!;
    this.word = tokens.words[i]!;
  }
}

const CAP = 8;
const SPACED = 16;

/**
 * A document's tokens, as columns: offsets (UTF-16 indices into the text, `end` exclusive), the
 * vocabulary's number of each token's text and of its lowercase form, kind and case, and the
 * block (paragraph) it belongs to. No object per token: a token is its index, and the strings
 * are the vocabulary's, made once per word (text/vocabulary.ts). Every question about an index
 * outside the tokens gets the answer of no token (kind 0, no capital, '' as text, block -1), as
 * `tokens[i]?.x` would.
 */
export class Tokens {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  /** The vocabulary's number of the token's text. */
  forms: Int32Array;
  /** The vocabulary's number of the token's lowercase form, as lookups see it (fold). */
  words: Int32Array;
  flags: Uint8Array;
  blocks: Int32Array;

  constructor(
    /** The text the offsets point into. */
    public source = '',
    capacity = 64,
  ) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.forms = new Int32Array(capacity);
    this.words = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.blocks = new Int32Array(capacity);
  }

  /** The objects get() hands out, by index; `serial` tells which text filled them. */
  private views: TokenView[] = [];
  serial = ++serials;

  /** Empties the tokens for another text, keeping the room they had. */
  reset(source: string): this {
    this.source = source;
    this.length = 0;
    this.serial = ++serials;
    // A very long text's objects are not kept for the texts after it.
    if (this.views.length > KEPT_VIEWS) this.views = [];
    return this;
  }

  push(start: number, end: number, form: number, word: number, flags: number, block: number): void {
    const n = this.length;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.forms[n] = form;
    this.words[n] = word;
    this.flags[n] = flags;
    this.blocks[n] = block;
    this.length = n + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, size);
    this.ends = grown(this.ends, size);
    this.forms = grown(this.forms, size);
    this.words = grown(this.words, size);
    this.flags = grown(this.flags, size);
    this.blocks = grown(this.blocks, size);
  }

  /**
   * Token i as an object, undefined past the tokens (as `array[i]` would be). The objects are
   * kept and filled again for the next text (no object made per token read): a caller reads
   * them while the text is read, and keeps what it needs as numbers and strings.
   */
  get(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let t = this.views[i];
    if (t === undefined) {
      t = new TokenView();
      this.views[i] = t;
    }
    if (t.serial !== this.serial) t.fill(this, i);
    return t;
  }

  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  kind(i: number): TokenKind | 0 {
    return i >= 0 && i < this.length ? ((this.flags[i]! & 7) as TokenKind) : 0;
  }

  /** A word or number starting with a capital letter. */
  cap(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & CAP) !== 0;
  }

  /** Whitespace separates it from the previous token. */
  spaced(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & SPACED) !== 0;
  }

  block(i: number): number {
    return i >= 0 && i < this.length ? this.blocks[i]! : -1;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** The token as written ('' past the tokens). */
  text(i: number): string {
    return i >= 0 && i < this.length ? VOCABULARY.string(this.forms[i]!) : '';
  }

  /** The token as lookups see it: lowercase, diacritics folded ('' past the tokens). */
  lower(i: number): string {
    return i >= 0 && i < this.length ? VOCABULARY.string(this.words[i]!) : '';
  }

  /** The vocabulary's number of the lowercase form (-1 past the tokens). */
  word(i: number): number {
    return i >= 0 && i < this.length ? this.words[i]! : -1;
  }

  /** Is the token written exactly so? */
  is(i: number, text: string): boolean {
    return i >= 0 && i < this.length && VOCABULARY.string(this.forms[i]!) === text;
  }

  /** The tokens [first, end) as the text writes them, spaces and all. */
  written(first: number, end: number): string {
    return this.source.slice(this.starts[first]!, this.ends[end - 1]!);
  }

  /** Tokens [first, end) as objects, for code that reads a few of them (never a document's). */
  list(first = 0, end = this.length): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(first, 0); i < Math.min(end, this.length); i++) out.push(this.get(i)!);
    return out;
  }

  /** The first token that ends after character offset `c` (length when none does). */
  indexAt(c: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Splits text[start, end) into tokens, added to `out`. Words keep internal apostrophes (Ma'ruf)
 * and dots before lowercase parts (Liputan6.com); numbers keep their separators (11.000, 17:23,
 * 20/6/2024, 2,5). Hyphens are tokens of their own, so Rusia-Korut yields both names.
 */
export function tokenize(text: string, start: number, end: number, block: number, out: Tokens): Tokens {
  const first = out.length;
  let folded = 0;
  let lowered = 0;
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
    let cap = false;
    // The scan saw whether the word is plain ASCII and has capitals: most need no folding.
    const n = out.length;
    if (kind === Kind.Word) {
      cap = c < 128 ? c >= 65 && c <= 90 : isUpperAt(text, s);
      if (seen & SAW_NON_ASCII) folding = push(folding, folded++, n);
      else if (seen & SAW_UPPER) lowering = push(lowering, lowered++, n);
    }
    out.push(s, i, -1, -1, kind | (cap ? CAP : 0) | (spaced ? SPACED : 0), block);
    spaced = false;
  }
  // The vocabulary's numbers, all tokens at once (text/vocabulary.ts): first as written, then
  // lowercase where the word has capitals, folded where it is not ASCII; else the same.
  const count = out.length - first;
  if (all.length < count) all = new Int32Array(Math.max(count, all.length * 2));
  for (let k = 0; k < count; k++) all[k] = first + k;
  VOCABULARY.rangeAll(text, out.starts, out.ends, all, count, false, out.forms);
  out.words.set(out.forms.subarray(first, out.length), first);
  VOCABULARY.lowerAll(text, out.starts, out.ends, lowering, lowered, out.forms, out.words);
  for (let k = 0; k < folded; k++) {
    const t = folding[k]!;
    out.words[t] = VOCABULARY.intern(foldUnicode(VOCABULARY.string(out.forms[t]!)));
  }
  return out;
}

/** Scratch lists of token indices for tokenize, kept between calls. */
let all: Int32Array = new Int32Array(1024);
let lowering: Int32Array = new Int32Array(256);
let folding: Int32Array = new Int32Array(16);

function push(list: Int32Array, at: number, value: number): Int32Array {
  if (at === list.length) {
    const bigger = new Int32Array(list.length * 2);
    bigger.set(list);
    list = bigger;
  }
  list[at] = value;
  return list;
}

/** A string's tokens, in tokens of their own (a name, a title, a line of the lexicon). */
export function tokensOf(text: string): Tokens {
  // A string put together from parts is a string of parts: the tokenizer reads char codes, and
  // is handed one flat string (else every text it reads pays for the difference).
  const flat = Array.from(text).join('');
  return tokenize(flat, 0, flat.length, 0, new Tokens(flat, 8));
}

/**
 * English possessives come apart: "Russia's" reads as "Russia" and "'s", so the name is found
 * like any other (the English path's; Indonesian words keep their apostrophes: Jum'at, Ma'ruf).
 */
export function splitPossessives(tokens: Tokens): Tokens {
  const possessive = (i: number) =>
    tokens.kind(i) === Kind.Word && tokens.lower(i).length > 2 && tokens.lower(i).endsWith("'s");
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) any = possessive(i);
  if (!any) return tokens;
  const out = new Tokens(tokens.source, tokens.length + 16);
  for (let i = 0; i < tokens.length; i++) {
    const f = tokens.flags[i]!;
    const b = tokens.blocks[i]!;
    if (!possessive(i)) {
      out.push(tokens.starts[i]!, tokens.ends[i]!, tokens.forms[i]!, tokens.words[i]!, f, b);
      continue;
    }
    const text = tokens.text(i);
    const n = text.length - 2;
    const at = tokens.starts[i]! + n;
    out.push(
      tokens.starts[i]!,
      at,
      VOCABULARY.intern(text.slice(0, n)),
      VOCABULARY.intern(tokens.lower(i).slice(0, -2)),
      Kind.Word | (f & (CAP | SPACED)),
      b,
    );
    out.push(at, tokens.ends[i]!, VOCABULARY.intern(text.slice(n)), VOCABULARY.intern("'s"), Kind.Punct, b);
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, NUL included
const NON_ASCII = /[^\x00-\x7f]/;

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
