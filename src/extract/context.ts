import type { Lexicon } from '../lexicon/compile.js';
import type { Block } from '../text/segment.js';
import type { Sentence } from '../text/sentences.js';
import { shapeOf } from '../text/shape.js';
import { Kind, type Token } from '../text/tokenize.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';

/** What the attribution stages read: the earlier stages' output, indexed by token. */
export interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** Token index → sentence index. */
  readonly sentenceOf: Int32Array;
  /** Token index → the mention starting there. */
  readonly mentionAt: { get(token: number): Mention | undefined; has(token: number): boolean };
  readonly quotes: readonly QuoteSpan[];
  /** Token index → index of the direct quote whose inside holds it, or -1. */
  readonly insideDirect: Int32Array;
  /** Whether the document also writes a word in lowercase: a capital there is the sentence's, not a name's. */
  readonly inLowercase: (lower: string) => boolean;
  /** The article's date (YYYY-MM-DD), for titles that resolve by date. */
  readonly date: string | null;
  readonly lex: Lexicon;
  /** Per-token answers worth keeping: how a word reads in a speaker phrase (0: not yet asked). */
  readonly wordClasses: Int8Array;
}

/** What a reader has found before attribution: the stages' output the context indexes. */
export interface ContextInput {
  text: string;
  tokens: readonly Token[];
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  quotes: readonly QuoteSpan[];
  date: string | null;
  lex: Lexicon;
}

export function buildContext({ text, tokens, blocks, sentences, mentions, quotes, date, lex }: ContextInput): Context {
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, n) => {
    sentenceOf.fill(n, s.first, s.last);
  });
  const insideDirect = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, n) => {
    if (q.kind !== 'direct') return;
    const last = q.close < 0 ? lastInBlockRun(tokens, q) : q.close;
    insideDirect.fill(n, q.open, last + 1);
  });
  // Whether the document writes a word in lowercase. A bit per word shape answers most
  // capitalized names without hashing a string; past a few questions, the lowercase words are
  // gathered once (the names stage asks about many capitals), before that each is sought.
  let shapes: Uint32Array | null = null;
  let lowercase: Set<string> | null = null;
  let asked = 0;
  const inLowercase = (lower: string): boolean => {
    if (shapes === null) {
      shapes = new Uint32Array(SHAPES >> 5);
      for (const t of tokens) {
        if (t.kind !== Kind.Word || t.cap) continue;
        const bit = t.shape & (SHAPES - 1);
        shapes[bit >> 5]! |= 1 << (bit & 31);
      }
    }
    const bit = shapeOf(lower) & (SHAPES - 1);
    if ((shapes[bit >> 5]! & (1 << (bit & 31))) === 0) return false;
    if (lowercase) return lowercase.has(lower);
    if (++asked > SOUGHT) {
      lowercase = new Set();
      for (const t of tokens) if (t.kind === Kind.Word && !t.cap) lowercase.add(t.lower);
      return lowercase.has(lower);
    }
    for (const t of tokens) if (t.kind === Kind.Word && !t.cap && t.lower === lower) return true;
    return false;
  };
  return {
    text,
    tokens,
    blocks,
    sentences,
    sentenceOf,
    quotes,
    insideDirect,
    inLowercase,
    date,
    lex,
    wordClasses: new Int8Array(tokens.length),
    mentionAt: mentionIndex(mentions, tokens.length),
  };
}

/** How many word shapes the lowercase test tells apart before it hashes. */
const SHAPES = 4096;

/** How many words are sought token by token before the document's lowercase words are gathered. */
const SOUGHT = 8;

/** Which mention starts at each token: an array of indices, no map to build per document. */
function mentionIndex(mentions: readonly Mention[], n: number): Context['mentionAt'] {
  const at = new Int32Array(n).fill(-1);
  mentions.forEach((m, k) => {
    at[m.first] = k;
  });
  return {
    get: (token) => (token >= 0 && token < n && at[token]! >= 0 ? mentions[at[token]!] : undefined),
    has: (token) => token >= 0 && token < n && at[token]! >= 0,
  };
}

function lastInBlockRun(tokens: readonly Token[], q: QuoteSpan): number {
  let k = q.open;
  while (k + 1 < tokens.length && tokens[k + 1]!.start < q.end) k++;
  return k;
}

/** A readable block carries quotes and claims: the lead and the body. */
export function isReadable(b: Block): boolean {
  return b.kind === 'body' || b.kind === 'lead';
}
