import { attribute } from './extract/attribute.js';
import { buildContext, isReadable } from './extract/context.js';
import { buildIdentity } from './extract/identity.js';
import { findMentions } from './extract/mentions.js';
import { findNames } from './extract/names.js';
import { dropLabels, pairQuotes } from './extract/quotes.js';
import type { Lexicon } from './lexicon/compile.js';
import { defaultLexicon } from './lexicon/default.js';
import { buildResult } from './report/build.js';
import type { DocumentResult } from './report/types.js';
import { segment, type Block } from './text/segment.js';
import { splitSentences } from './text/sentences.js';
import { splitPossessives, tokenize, type Token } from './text/tokenize.js';
import { detectLanguage, type Language } from './text/language.js';
import { attributeEnglish } from './english/attribute.js';
import { englishNames } from './english/names.js';
import { parseEnglish } from './english/parse.js';

export interface ExtractOptions {
  /** The document's path or id, reported as document.path. */
  path?: string | null;
  /** A compiled lexicon (loadLexicon); the built-in one by default. */
  lexicon?: Lexicon;
  /** The article's date (YYYY-MM-DD) when the text has none, or to override it. */
  date?: string | null;
  /** The document's language: 'id', 'en', or 'auto' (the default) to tell from the text. */
  lang?: Language | 'auto';
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
  const language = !options.lang || options.lang === 'auto' ? detectLanguage(tokens, lex.english) : options.lang;
  const date = options.date ?? article.published?.slice(0, 10) ?? article.leadDate;
  const titleCased = (b: number) => article.blocks[b]!.kind === 'title' || article.blocks[b]!.kind === 'heading';

  if (language === 'en') {
    // English: compromise's sentences, quotations and tagger; the same lexicon, discourse and result.
    const words = splitPossessives(tokens);
    const enLex: Lexicon = { ...lex, titles: lex.english.titles };
    const parsed = parseEnglish(clean, words, article.blocks, lex.lang.abbreviations);
    const mentions = findMentions(words, parsed.sentences, enLex, titleCased);
    const ctx = buildContext(clean, words, article.blocks, parsed.sentences, mentions, parsed.quotes, date, enLex);
    const identity = buildIdentity(ctx, mentions, englishNames(ctx, parsed.tagged), article.dateline, {
      titleHeads: true,
      home: null,
    });
    const events = attributeEnglish(ctx, parsed.tagged, identity);
    return buildResult(ctx, article, identity, events, parsed.warnings, options.path ?? null, 'en');
  }

  const sentences = splitSentences(tokens, lex.lang.abbreviations);
  const mentions = findMentions(tokens, sentences, lex, titleCased);
  const paired = pairQuotes(tokens, article.blocks, isReadable, (w) => lex.lang.after.has(w));
  const { warnings } = paired;
  const quotes = dropLabels(tokens, paired.quotes, {
    labels: lex.lang.quoteLabels,
    cue: (w) => lex.lang.cueWords.has(w),
    minor: lex.lang.stop,
  });
  const ctx = buildContext(clean, tokens, article.blocks, sentences, mentions, quotes, date, lex);
  const identity = buildIdentity(ctx, mentions, findNames(ctx), article.dateline, { home: lex.lang.homeState });
  const events = attribute(ctx, identity);

  return buildResult(ctx, article, identity, events, warnings, options.path ?? null, 'id');
}

/** Furniture and bylines are never read as text. */
function tokenizeBlocks(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  blocks.forEach((b, n) => {
    if (b.kind !== 'furniture' && b.kind !== 'byline') tokenize(text, b.start, b.end, n, tokens);
  });
  return tokens;
}
