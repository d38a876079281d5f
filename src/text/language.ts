// Which language a document is in: Indonesian or English, by the function words of its narration.
import type { English } from '../lexicon/compile.js';
import { Kind, type Token } from './tokenize.js';

export type Language = 'id' | 'en';

/** How many words of the opening are counted. */
const SAMPLE = 600;

/**
 * English when its function words outnumber Indonesian ones in the opening; Indonesian
 * otherwise. Words inside quotation marks are not counted: an Indonesian article quoting an
 * English statement is Indonesian. An English abstract before an Indonesian body is
 * outweighed by the body, so the opening never settles it alone.
 */
export function detectLanguage(tokens: readonly Token[], english: English): Language {
  let en = 0;
  let id = 0;
  let seen = 0;
  let quoted = false;
  let block = -1;
  for (const t of tokens) {
    if (t.block !== block) {
      block = t.block;
      quoted = false;
    }
    if (t.kind === Kind.Quote) quoted = !quoted;
    if (t.kind !== Kind.Word || quoted) continue;
    if (++seen > SAMPLE) break;
    // Longer than any function word of either list: no lookup.
    if (t.lower.length > english.detectLongest) continue;
    if (english.detectEn.has(t.lower)) en++;
    else if (english.detectId.has(t.lower)) id++;
  }
  return en > id ? 'en' : 'id';
}
