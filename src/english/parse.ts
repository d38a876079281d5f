// What compromise reads in an English document: its sentences, its quotations, and the words
// its tagger takes for people, places and organizations, as token positions of our tokens.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { Block } from '../text/segment.js';
import { MAX_SENTENCE, splitSentences, type Sentence } from '../text/sentences.js';
import { Kind, type Tokens, type TokenTest } from '../text/tokenize.js';
import { pairQuotes, type QuoteSpan, type QuoteWarning } from '../extract/quotes.js';

export interface EnglishParse {
  sentences: Sentence[];
  quotes: QuoteSpan[];
  warnings: QuoteWarning[];
  /** Token index → what compromise's tagger made of the word. */
  tagged: Map<number, 'person' | 'place' | 'organization'>;
}

/** A stretch of the text compromise found: its first character and its length. */
interface Found {
  start: number;
  length: number;
}

/** A term as compromise keeps it once its offsets are computed. */
interface Term {
  offset?: { start: number; length: number };
}

let nlp: typeof nlpType | undefined;

/** compromise, loaded on the first English document (the Indonesian path never loads it). */
function compromise(): typeof nlpType {
  return (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType);
}

export function parseEnglish(
  text: string,
  tokens: Tokens,
  blocks: readonly Block[],
  abbreviations: TokenTest,
): EnglishParse {
  const at = tokenAt(tokens);
  const read = readInPieces(text, blocks) ?? {
    sentences: [],
    quotations: [],
    people: [],
    organizations: [],
    places: [],
  };
  const quotes: QuoteSpan[] = [];
  // Each quote opens after every quote kept before it closes: they come in order, apart.
  let lastClose = -1;
  for (const q of read.quotations) {
    // compromise's offsets run over the words; the marks stand just outside them.
    const first = at(q.start);
    const last = at(q.start + q.length - 1);
    if (first < 0 || last < first) continue;
    const open = tokens.get(first)!.kind === Kind.Quote ? first : first - 1;
    let close = Math.min(last + 2, tokens.length - 1);
    while (close > open && tokens.get(close)!.kind !== Kind.Quote) close--;
    if (open < 0 || close <= open || tokens.get(open)!.kind !== Kind.Quote) continue;
    if (!readable(blocks[tokens.get(open)!.block]!) || lastClose >= open) continue;
    quotes.push({
      open,
      close,
      start: tokens.get(open)!.end,
      end: tokens.get(close)!.start,
      kind: kindOf(tokens, open, close),
    });
    lastClose = close;
  }
  // compromise reads quotations sentence by sentence: a quote of several sentences is the
  // project's own pairing's ("Is it hard currency? … carefully," Campbell said).
  const own = pairQuotes(tokens, blocks, readable, () => false);
  // Character extents, marks included (a quote cut off runs to its text's end).
  const extent = (q: QuoteSpan) =>
    [tokens.get(q.open)!.start, q.close >= 0 ? tokens.get(q.close)!.end : q.end] as const;
  // One sweep over both lists in text order (a quote-heavy text stays linear).
  const kept = quotes.length;
  let i = 0;
  for (const q of own.quotes) {
    const [start, end] = extent(q);
    while (i < kept && extent(quotes[i]!)[1] <= start) i++;
    if (i < kept && extent(quotes[i]!)[0] < end) continue;
    quotes.push(q);
  }
  quotes.sort((a, b) => a.open - b.open);
  const tagged = new Map<number, 'person' | 'place' | 'organization'>();
  const tag = (found: Found[], as: 'person' | 'place' | 'organization') => {
    for (const f of found) {
      for (let k = at(f.start); k >= 0 && k < tokens.length && tokens.get(k)!.start < f.start + f.length; k++) {
        if (tokens.get(k)!.kind === Kind.Word && !tagged.has(k)) tagged.set(k, as);
      }
    }
  };
  tag(read.people, 'person');
  tag(read.organizations, 'organization');
  tag(read.places, 'place');
  const sentences = read.sentences.length
    ? toSentences(read.sentences, tokens, at)
    : splitSentences(tokens, abbreviations);
  return { sentences, quotes, warnings: own.warnings, tagged };
}

interface CompromiseReading {
  sentences: Found[];
  quotations: Found[];
  people: Found[];
  organizations: Found[];
  places: Found[];
}

/** The most characters compromise reads at once: its memory grows with the text (some 400 bytes a character). */
export const PIECE = 32 * 1024;

/**
 * compromise over the text in pieces of whole paragraphs (a paragraph longer than a piece is
 * cut at a sentence's end, else at a space), so that a long English document costs time in
 * proportion, not memory: a 2 MB text read whole had peaked at 870 MB. A quote never spans
 * paragraphs in compromise's reading, and the project's own pairing takes those that do.
 */
function readInPieces(text: string, blocks: readonly Block[]): CompromiseReading | undefined {
  const all: CompromiseReading = { sentences: [], quotations: [], people: [], organizations: [], places: [] };
  for (const [start, end] of pieces(text, blocks)) {
    const read = readCompromise(text.slice(start, end));
    if (!read) return undefined;
    for (const key of Object.keys(all) as (keyof CompromiseReading)[]) {
      for (const f of read[key]) all[key].push({ start: f.start + start, length: f.length });
    }
  }
  return all;
}

/** Stretches [start, end) of whole paragraphs, each at most PIECE characters where it can be. */
export function pieces(text: string, blocks: readonly Block[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push(...cut(text, start, end));
    start = -1;
  };
  for (const b of blocks) {
    if (start >= 0 && b.end - start > PIECE) flush();
    if (start < 0) start = b.start;
    end = b.end;
  }
  flush();
  return out;
}

/** A stretch longer than a piece, cut after a full stop (else a space) before each limit. */
function cut(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  while (end - start > PIECE) {
    const limit = start + PIECE;
    let at = text.lastIndexOf('. ', limit);
    if (at <= start) at = text.lastIndexOf(' ', limit);
    at = at <= start ? limit : at + 1;
    out.push([start, at]);
    start = at;
  }
  out.push([start, end]);
  return out;
}

/**
 * What compromise finds, as character stretches; nothing should compromise fail on a text.
 * The document is then read without it: the project's own sentences and quote pairing, no
 * tags. Its results are poorer, never lost.
 */
function readCompromise(text: string): CompromiseReading | undefined {
  try {
    const doc = compromise()(text);
    doc.compute('offset');
    const sentences = doc.document as unknown as Term[][];
    const stretch = ([s, from = 0, to]: readonly (number | string | undefined)[]): Found | undefined => {
      const terms = sentences[s as number];
      const first = terms?.[from as number]?.offset;
      const last = terms?.[((to as number | undefined) ?? terms.length) - 1]?.offset;
      return first && last ? { start: first.start, length: last.start + last.length - first.start } : undefined;
    };
    const found = (view: { fullPointer: readonly (readonly (number | string | undefined)[])[] }) =>
      view.fullPointer.map(stretch).filter((f): f is Found => f !== undefined);
    return {
      sentences: sentences.map((_, s) => stretch([s])).filter((f): f is Found => f !== undefined),
      quotations: found(doc.quotations()),
      people: found(doc.people()),
      organizations: found(doc.organizations()),
      places: found(doc.places()),
    };
  } catch {
    return undefined;
  }
}

function readable(b: Block): boolean {
  return b.kind === 'body' || b.kind === 'lead';
}

/** The token that holds character offset `c`, or the next one; -1 past the end. */
function tokenAt(tokens: Tokens): (c: number) => number {
  return (c) => {
    const k = tokens.indexAt(c);
    return k < tokens.length ? k : -1;
  };
}

/**
 * compromise's sentences as token ranges, cut again where a block ends (a sentence never
 * runs across paragraphs here) and where a run has no full stop for too long.
 */
function toSentences(found: Found[], tokens: Tokens, at: (c: number) => number): Sentence[] {
  const starts = new Set<number>([0]);
  for (const s of found) {
    const k = at(s.start);
    if (k > 0) starts.add(k);
  }
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const cut =
      i === tokens.length ||
      starts.has(i) ||
      tokens.get(i)!.block !== tokens.get(i - 1)!.block ||
      i - first >= MAX_SENTENCE;
    if (!cut) continue;
    out.push({ first, last: i, block: tokens.get(first)!.block });
    first = i;
  }
  return tokens.length ? out : [];
}

/** A quotation that opens a clause and ends in punctuation is a direct quote; else a quoted phrase. */
function kindOf(tokens: Tokens, open: number, close: number): 'direct' | 'partial' {
  const last = tokens.get(close - 1)!;
  const prev = tokens.get(open - 1);
  const opens =
    !prev || prev.block !== tokens.get(open)!.block || [',', ':', '.', '!', '?', '—', '–', '-'].includes(prev.text);
  const punct = [',', '.', '!', '?', '…', '...'].includes(last.text);
  return punct || (opens && close - open > 6) ? 'direct' : 'partial';
}
