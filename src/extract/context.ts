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

export function buildContext(
  text: string,
  tokens: readonly Token[],
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  quotes: readonly QuoteSpan[],
  date: string | null,
  lex: Lexicon,
): Context {
  const sentenceOf = scratch.int32(0, tokens.length);
  sentences.forEach((s, n) => {
    sentenceOf.fill(n, s.first, s.last);
  });
  const insideDirect = scratch.int32(1, tokens.length).fill(-1);
  quotes.forEach((q, n) => {
    if (q.kind !== 'direct') return;
    const last = q.close < 0 ? lastInBlockRun(tokens, q) : q.close;
    insideDirect.fill(n, q.open, last + 1);
  });
  // Whether the document writes a word in lowercase. A bit per word shape answers most
  // capitalized names without hashing a string; past a few questions, the lowercase words are
  // gathered once (the names stage asks about many capitals), before that each is sought.
  let shapes: Uint8Array | null = null;
  let lowercase: Set<string> | null = null;
  let asked = 0;
  const inLowercase = (lower: string): boolean => {
    if (shapes === null) {
      shapes = scratch.shapes.fill(0);
      for (const t of tokens) if (t.kind === Kind.Word && !t.cap) shapes[t.shape & (SHAPES - 1)] = 1;
    }
    if (shapes[shapeOf(lower) & (SHAPES - 1)] === 0) return false;
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
    wordClasses: scratch.int8(tokens.length).fill(0),
    mentionAt: mentionIndex(mentions, tokens.length),
  };
}

/**
 * Per-token arrays reused from one document to the next: a context lives only while its
 * document is extracted (extraction is synchronous), and making typed arrays anew for each
 * document costs more than filling them.
 */
const scratch = {
  ints: [new Int32Array(4096), new Int32Array(4096), new Int32Array(4096)],
  bytes: new Int8Array(4096),
  shapes: new Uint8Array(4096),
  int32(which: 0 | 1 | 2, n: number): Int32Array {
    if (this.ints[which]!.length < n) this.ints[which] = new Int32Array(Math.max(n, 2 * this.ints[which]!.length));
    return this.ints[which]!.subarray(0, n);
  },
  int8(n: number): Int8Array {
    if (this.bytes.length < n) this.bytes = new Int8Array(Math.max(n, 2 * this.bytes.length));
    return this.bytes.subarray(0, n);
  },
};

const SHAPES = 4096; // the length of scratch.shapes

/** How many words are sought token by token before the document's lowercase words are gathered. */
const SOUGHT = 8;

/** Which mention starts at each token: an array of indices, no map to build per document. */
function mentionIndex(mentions: readonly Mention[], n: number): Context['mentionAt'] {
  const at = scratch.int32(2, n).fill(-1);
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
