import type { Lexicon } from '../lexicon/compile.js';
import type { Block } from '../text/segment.js';
import type { Sentence } from '../text/sentences.js';
import { Kind, type Tokens } from '../text/tokenize.js';
import { VOCABULARY } from '../text/vocabulary.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quotes.js';

/** What the attribution stages read: the earlier stages' output, indexed by token. */
export interface Context {
  readonly text: string;
  readonly tokens: Tokens;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** Token index → sentence index. */
  readonly sentenceOf: Int32Array;
  /** Token index → the mention starting there. */
  readonly mentionAt: { get(token: number): Mention | undefined; has(token: number): boolean };
  readonly quotes: readonly QuoteSpan[];
  /** Token index → index of the direct quote whose inside holds it, or -1. */
  readonly insideDirect: Int32Array;
  /** Whether the document also writes a word (a vocabulary number) in lowercase: a capital there is the sentence's, not a name's. */
  readonly inLowercase: (word: number) => boolean;
  /** The article's date (YYYY-MM-DD), for titles that resolve by date. */
  readonly date: string | null;
  readonly lex: Lexicon;
  /** Per-token answers worth keeping: how a word reads in a speaker phrase (0: not yet asked). */
  readonly wordClasses: Int8Array;
}

/** What a reader has found before attribution: the stages' output the context indexes. */
export interface ContextInput {
  text: string;
  tokens: Tokens;
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
  // Whether the document writes a word in lowercase: its lowercase words are marked, the first
  // time it is asked, in a table by vocabulary number that documents share (no table made per
  // document); a mark holds the number of the document that made it.
  let mine = -1;
  const inLowercase = (word: number): boolean => {
    if (mine !== marked) mine = markLowercase(tokens);
    return word >= 0 && word < marks.length && marks[word] === mine;
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

/** Vocabulary number → the marking that saw it in lowercase (one marking at a time). */
let marks = new Int32Array(1 << 16);
let marked = 0;

function markLowercase(tokens: Tokens): number {
  if (marks.length < VOCABULARY.size) {
    const bigger = new Int32Array(Math.max(VOCABULARY.size, marks.length * 2));
    bigger.set(marks);
    marks = bigger;
  }
  const mark = ++marked;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind(i) === Kind.Word && !tokens.cap(i)) marks[tokens.words[i]!] = mark;
  }
  return mark;
}

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

function lastInBlockRun(tokens: Tokens, q: QuoteSpan): number {
  let k = q.open;
  while (k + 1 < tokens.length && tokens.start(k + 1) < q.end) k++;
  return k;
}

/** A readable block carries quotes and claims: the lead and the body. */
export function isReadable(b: Block): boolean {
  return b.kind === 'body' || b.kind === 'lead';
}
