import { englishReader } from './english/reader.js';
import { indonesianReader, type LanguageReader } from './extract/reader.js';
import type { Lexicon } from './lexicon/compile.js';
import { defaultLexicon } from './lexicon/default.js';
import { buildResult } from './report/build.js';
import type { DocumentResult } from './report/types.js';
import { type Known, withKnown } from './text/known.js';
import { detectLanguage, type Language } from './text/language.js';
import { type Block, segment } from './text/segment.js';
import { Tokens, tokenize } from './text/tokenize.js';
import { VOCABULARY } from './text/vocabulary.js';

export interface ExtractOptions {
  /** The document's path or id, reported as document.path. */
  path?: string | null;
  /** A compiled lexicon (loadLexicon); the built-in one by default. */
  lexicon?: Lexicon;
  /** The article's date (YYYY-MM-DD) when the text has none, or to override it. */
  date?: string | null;
  /** The document's language: 'id', 'en', or 'auto' (the default) to tell from the text. */
  lang?: Language | 'auto';
  /**
   * What the publisher's records say of the document (title, outlet, url, published, author,
   * year): each given field is reported over what the text prints.
   */
  known?: Known;
}

/** One reader per language (DESIGN.md §2): each reads its sentences, quotes, names and speakers. */
const READERS: Readonly<Record<Language, LanguageReader>> = { id: indonesianReader, en: englishReader };

/**
 * Who said what, about whom, in one article. The stages run in this order, each on the
 * plain data of the ones before (DESIGN.md §2).
 */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const lex = options.lexicon ?? defaultLexicon();
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const article = segment(clean, lex.page);
  const page = withKnown(article, options.known, lex.page.outlets);
  const tokens = tokenizeBlocks(clean, article.blocks);
  const language = !options.lang || options.lang === 'auto' ? detectLanguage(tokens, lex.english) : options.lang;
  const date = options.date ?? page.published?.slice(0, 10) ?? article.leadDate;

  const { ctx, identity, events, warnings } = READERS[language].read({ text: clean, article, tokens, date, lex });
  return buildResult(ctx, page, identity, events, warnings, options.path ?? null, language);
}

/**
 * The words a stream may add to the vocabulary before it is cleared (between documents): the
 * 28,846 articles of the shared corpus write some 200,000 different tokens.
 */
const VOCABULARY_LIMIT = 1 << 20;

/** One document's tokens at a time: their columns are kept from one document to the next. */
const shared = new Tokens('', 1 << 14);

/** Furniture and bylines are never read as text. */
function tokenizeBlocks(text: string, blocks: readonly Block[]): Tokens {
  VOCABULARY.trim(VOCABULARY_LIMIT);
  const tokens = shared.reset(text);
  blocks.forEach((b, n) => {
    if (b.kind !== 'furniture' && b.kind !== 'byline') tokenize(text, b.start, b.end, n, tokens);
  });
  return tokens;
}
