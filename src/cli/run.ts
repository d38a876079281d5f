import { extract } from '../pipeline.js';
import { fromBytes, readDocument, type Loaded } from '../input/read.js';
import type { Lexicon } from '../lexicon/compile.js';
import { LexiconError } from '../lexicon/errors.js';
import { loadLexicon } from '../lexicon/load.js';
import { toJson, toJsonLine, type ErrorRecord } from '../report/json.js';
import { toText } from '../report/text.js';
import { SCHEMA, type DocumentResult } from '../report/types.js';
import { chalkFor } from './color.js';
import { EXIT, type IO } from './io.js';

export interface ExtractFlags {
  format: 'text' | 'json' | 'jsonl';
  lexicon: string[];
  defaultLexicon: boolean;
  date?: string;
  stdinFilepath: string;
  maxFileSize: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** A user error: one line on stderr, exit 2, no stack trace. */
export class UsageError extends Error {}

/** The main action: read every input, extract, print in the chosen format. */
export async function runExtract(inputs: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const maxMb = Number(flags.maxFileSize);
  if (!(maxMb > 0)) throw new UsageError(`--max-file-size must be a positive number of MB (got "${flags.maxFileSize}")`);
  if (flags.date !== undefined && !isDate(flags.date)) throw new UsageError(`--date must be a date YYYY-MM-DD (got "${flags.date}")`);
  if (inputs.length === 0 && io.stdin.isTTY) throw new UsageError('no input: give files, or pipe text to standard input (extract --help)');

  let lexicon: Lexicon;
  try {
    lexicon = loadLexicon({ paths: flags.lexicon, defaults: flags.defaultLexicon });
  } catch (e) {
    if (e instanceof LexiconError) throw new UsageError(`lexicon: ${e.message}`);
    throw e;
  }

  const sources = inputs.length > 0 ? inputs : ['-'];
  const results: (DocumentResult | ErrorRecord)[] = [];
  let failures = 0;
  for (const input of sources) {
    const loaded: Loaded = input === '-' ? fromBytes(flags.stdinFilepath, await readAll(io.stdin)) : readDocument(input, maxMb * 1024 * 1024);
    if ('error' in loaded) {
      failures++;
      io.stderr.write(`extract: ${loaded.path}: ${loaded.error.message}\n`);
      results.push({ path: loaded.path, error: loaded.error });
      continue;
    }
    results.push(extract(loaded.text, { path: loaded.path, lexicon, date: flags.date ?? null }));
  }
  io.stdout.write(render(results, flags, io));
  return failures > 0 ? EXIT.error : EXIT.ok;
}

function render(results: (DocumentResult | ErrorRecord)[], flags: ExtractFlags, io: IO): string {
  const docs = results.filter((r): r is DocumentResult => 'schema' in r);
  switch (flags.format) {
    case 'jsonl':
      return results.map(toJsonLine).join('');
    case 'json':
      return results.length === 1 && docs.length === 1 ? toJson(docs[0]!) : toJson({ schema: SCHEMA, documents: docs });
    case 'text': {
      const c = chalkFor(io.stdout, flags.color, io.env);
      return docs.map((d) => toText(d, c)).join('\n');
    }
  }
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
