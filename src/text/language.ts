// Which language a document is in: Indonesian or English, by the function words of its opening.
import type { English } from '../lexicon/compile.js';
import { Kind, type Token } from './tokenize.js';

export type Language = 'id' | 'en';

/** How many words of the opening are counted. */
const SAMPLE = 600;

/** English when its function words outnumber Indonesian ones in the opening; Indonesian otherwise. */
export function detectLanguage(tokens: readonly Token[], english: English): Language {
  let en = 0;
  let id = 0;
  let seen = 0;
  for (const t of tokens) {
    if (t.kind !== Kind.Word) continue;
    if (english.detectEn.has(t.lower)) en++;
    else if (english.detectId.has(t.lower)) id++;
    if (++seen >= SAMPLE) break;
  }
  return en > id ? 'en' : 'id';
}
