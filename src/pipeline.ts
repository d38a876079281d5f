import { attribute } from './extract/attribute.js';
import { buildContext, isReadable } from './extract/context.js';
import { findMentions } from './extract/mentions.js';
import { pairQuotes } from './extract/quotes.js';
import type { Lexicon } from './lexicon/compile.js';
import { defaultLexicon } from './lexicon/default.js';
import { buildResult } from './report/build.js';
import type { DocumentResult } from './report/types.js';
import { segment, type Block } from './text/segment.js';
import { splitSentences } from './text/sentences.js';
import { tokenize, type Token } from './text/tokenize.js';

export interface ExtractOptions {
  /** The document's path or id, reported as document.path. */
  path?: string | null;
  /** A compiled lexicon (loadLexicon); the built-in one by default. */
  lexicon?: Lexicon;
  /** The article's date (YYYY-MM-DD) when the text has none, or to override it. */
  date?: string | null;
}

/**
 * Who said what, about whom, in one article. The stages run in this order, each on the
 * plain data of the ones before (DESIGN.md §2).
 */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const lex = options.lexicon ?? defaultLexicon();
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const article = segment(clean, lex.page);
  const tokens = tokenizeBlocks(clean, article.blocks);
  const sentences = splitSentences(tokens, lex.lang.abbreviations);
  const mentions = findMentions(tokens, sentences, lex, (b) => article.blocks[b]!.kind === 'title' || article.blocks[b]!.kind === 'heading');
  const { quotes, warnings } = pairQuotes(tokens, article.blocks, isReadable, (w) => lex.lang.after.has(w));
  const date = options.date ?? article.published?.slice(0, 10) ?? article.leadDate;
  const ctx = buildContext(clean, tokens, article.blocks, sentences, mentions, quotes, date, lex);
  const events = attribute(ctx);

  return buildResult(ctx, article, mentions, events, warnings, options.path ?? null);
}

/** Furniture and bylines are never read as text. */
function tokenizeBlocks(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  blocks.forEach((b, n) => {
    if (b.kind !== 'furniture' && b.kind !== 'byline') tokenize(text, b.start, b.end, n, tokens);
  });
  return tokens;
}
