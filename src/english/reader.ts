import { type LanguageReader, titleCased } from '../extract/reader.js';
import { buildContext } from '../extract/context.js';
import { buildIdentity } from '../extract/identity.js';
import { findMentions } from '../extract/mentions.js';
import type { Lexicon } from '../lexicon/compile.js';
import { splitPossessives } from '../text/tokenize.js';
import { attributeEnglish } from './attribute.js';
import { englishNames } from './names.js';
import { parseEnglish } from './parse.js';

/**
 * English wire copy: compromise's sentences, quotations and tagger over the same tokens; the
 * same lexicon (with the titles' English forms), entity model and discourse. A bare title names
 * no state's office by default: only the dateline gives an English story a home state.
 */
export const englishReader: LanguageReader = {
  language: 'en',
  read({ text, article, tokens, date, lex }) {
    const words = splitPossessives(tokens);
    const enLex: Lexicon = { ...lex, titles: lex.english.titles };
    const parsed = parseEnglish(text, words, article.blocks, lex.lang.abbreviations);
    const mentions = findMentions(words, parsed.sentences, enLex, titleCased(article));
    const { sentences, quotes } = parsed;
    const ctx = buildContext({
      text,
      tokens: words,
      blocks: article.blocks,
      sentences,
      mentions,
      quotes,
      date,
      lex: enLex,
    });
    const identity = buildIdentity(ctx, mentions, englishNames(ctx, parsed.tagged), article.dateline, {
      titleHeads: true,
      home: null,
    });
    return { ctx, identity, events: attributeEnglish(ctx, parsed.tagged, identity), warnings: parsed.warnings };
  },
};
