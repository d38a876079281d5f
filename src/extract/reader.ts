import type { Lexicon } from '../lexicon/compile.js';
import type { Article } from '../text/segment.js';
import type { Language } from '../text/language.js';
import { splitSentences } from '../text/sentences.js';
import type { Tokens } from '../text/tokenize.js';
import { attribute } from './attribute.js';
import { buildContext, type Context, isReadable } from './context.js';
import type { Event } from './events.js';
import { buildIdentity, type Identity } from './identity.js';
import { findMentions } from './mentions.js';
import { findNames } from './names.js';
import { dropLabels, pairQuotes, type QuoteWarning } from './quotes.js';

/** What a reader is given: one document, segmented and tokenized, with its date and the lexicon. */
export interface ReaderInput {
  text: string;
  article: Article;
  tokens: Tokens;
  /** The article's date (YYYY-MM-DD), for titles that resolve by date. */
  date: string | null;
  lex: Lexicon;
}

/** What a reader gives back: its reading of the text, the document's entities, and the events with their speakers resolved. */
export interface ReaderOutput {
  ctx: Context;
  identity: Identity;
  events: Event[];
  warnings: QuoteWarning[];
}

/**
 * One language's reader: sentences, quotes, the names the lexicon does not know, and who said
 * what, from the same tokens and lexicon, with the language pack its lexicon compiled for it.
 * The pipeline picks one per document; a new language is a new reader and its pack.
 */
export interface LanguageReader {
  readonly language: Language;
  read(doc: ReaderInput): ReaderOutput;
}

/** Titles and headings are written in capitals: a mention there keeps its case rule loose. */
export function titleCased(article: Article): (block: number) => boolean {
  return (b) => article.blocks[b]!.kind === 'title' || article.blocks[b]!.kind === 'heading';
}

/** Indonesian news: its sentences, quote marks, names, reporting verbs and discourse. */
export const indonesianReader: LanguageReader = {
  language: 'id',
  read({ text, article, tokens, date, lex }) {
    const pack = lex.lang;
    const sentences = splitSentences(tokens, pack.abbreviations);
    const mentions = findMentions(tokens, sentences, lex, titleCased(article));
    const paired = pairQuotes(tokens, article.blocks, isReadable, (w) => pack.after.has(w));
    const quotes = dropLabels(tokens, paired.quotes, {
      labels: pack.quoteLabels,
      cue: (w) => pack.cueWords.has(w),
      minor: pack.stop,
    });
    const ctx = buildContext({ text, tokens, blocks: article.blocks, sentences, mentions, quotes, date, lex });
    const identity = buildIdentity(ctx, mentions, findNames(ctx), article.dateline, { home: pack.homeState });
    return { ctx, identity, events: attribute(ctx, identity), warnings: paired.warnings };
  },
};
