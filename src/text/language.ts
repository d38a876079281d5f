// Which language a document is in: Indonesian or English, by the function words of its narration.
import { Kind, type Tokens } from './tokenize.js';

export type Language = 'id' | 'en';

/** The function words that tell the languages apart (the lexicon's, compiled from english.yaml). */
export interface LanguageSigns {
  detectEn: { at(tokens: Tokens, i: number): boolean };
  detectId: { at(tokens: Tokens, i: number): boolean };
}

/** How many words of the opening are counted. */
const SAMPLE = 600;

/** Indonesian function words that settle a plainly Indonesian opening early. */
const SETTLED = 20;

/**
 * English when its function words outnumber Indonesian ones in the opening; Indonesian
 * otherwise. Words inside quotation marks are not counted: an Indonesian article quoting an
 * English statement is Indonesian. An English abstract before an Indonesian body is
 * outweighed by the body, so an English opening never settles it alone; a plainly Indonesian
 * one does (20 Indonesian function words, at most one English for every eight), since no
 * English article opens with a paragraph of Indonesian narration.
 */
export function detectLanguage(tokens: Tokens, english: LanguageSigns): Language {
  let en = 0;
  let id = 0;
  let seen = 0;
  let quoted = false;
  let block = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.block(i) !== block) {
      block = tokens.block(i);
      quoted = false;
    }
    const kind = tokens.kind(i);
    if (kind === Kind.Quote) quoted = !quoted;
    if (kind !== Kind.Word || quoted) continue;
    if (++seen > SAMPLE) break;
    if (english.detectEn.at(tokens, i)) en++;
    else if (english.detectId.at(tokens, i) && ++id >= SETTLED && en * 8 <= id) return 'id';
  }
  return en > id ? 'en' : 'id';
}
