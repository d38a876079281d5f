export { extract, type ExtractOptions } from './pipeline.js';
export { loadLexicon, type LoadOptions } from './lexicon/load.js';
export { LexiconError } from './lexicon/errors.js';
export type { Lexicon } from './lexicon/compile.js';
export type * from './report/types.js';
export type { Known } from './text/known.js';
