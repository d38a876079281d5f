import { yaml } from './yaml-lib.js';
import { LexiconError, Locator } from './errors.js';

/** Deeper nesting than this is refused before parsing (an entry needs three or four levels). */
const MAX_DEPTH = 32;

/**
 * Where a file first nests deeper than MAX_DEPTH: flow brackets ([ {) outside quotes and
 * comments, or block nesting told by indentation and "- " items on a line. Null when it never does.
 */
function tooDeep(source: string): { line: number; col: number } | null {
  let depth = 0;
  let line = 1;
  let col = 0;
  let quote = '';
  let comment = false;
  let start = true; // at a line's indentation
  let block = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    col++;
    if (c === '\n') {
      line++;
      col = 0;
      comment = false;
      start = true;
      block = 0;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = '';
      continue;
    }
    if (start) {
      if (c === ' ') block += 0.5;
      else if (c === '-' && source[i + 1] === ' ') block += 1;
      else start = false;
      if (block > MAX_DEPTH) return { line, col };
      if (start) continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) comment = true;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return { line, col };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return null;
}

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
  const deep = tooDeep(source);
  if (deep)
    throw new LexiconError(
      file,
      deep.line,
      deep.col,
      `nesting deeper than ${MAX_DEPTH} levels: a lexicon entry needs a handful`,
    );
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, strict: true });
  const loc = new Locator(file, lines);
  const error = doc.errors[0];
  if (error) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new LexiconError(file, line, col, /call stack/i.test(message) ? 'nesting too deep' : message);
  }
  return { root: doc.contents, loc };
}
