import type { Lexicon } from './compile.js';
import { loadLexicon } from './load.js';

let cached: Lexicon | undefined;

/** The built-in lexicon, compiled on first use and shared by every later call. */
export function defaultLexicon(): Lexicon {
  return (cached ??= loadLexicon());
}
