import { yaml } from './yaml-lib.js';
import { LexiconError, Locator } from './errors.js';

/** Lexicon files larger than this are refused before parsing. */
export const MAX_LEXICON_BYTES = 20 * 1024 * 1024;

/**
 * Parses one YAML file with the limits a hand-written file should never hit:
 * duplicate keys and syntax errors become file:line:col errors. The result is read node by
 * node (see schema.ts), never expanded, so an alias bomb cannot explode.
 */
export function parseYaml(source: string, file: string): { root: unknown; loc: Locator } {
  if (source.length > MAX_LEXICON_BYTES) {
    throw new LexiconError(file, 1, 1, `file is larger than ${MAX_LEXICON_BYTES / 1024 / 1024} MB`);
  }
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, strict: true });
  const loc = new Locator(file, lines);
  const error = doc.errors[0];
  if (error) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw new LexiconError(file, line, col, error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  }
  return { root: doc.contents, loc };
}
