import type { Filters } from '../report/filter.js';
import type { Encoding } from '../input/decode.js';
import type { LoadOptions } from '../lexicon/load.js';

export const FORMATS = ['text', 'json', 'jsonl', 'yaml', 'csv', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Everything a run needs to process one document: plain data, so workers get a copy. */
export interface RunConfig {
  format: Format;
  /** One input: print its result as one document, not as a corpus. */
  single: boolean;
  lexicon: LoadOptions;
  date: string | null;
  maxBytes: number;
  /** What the input files are encoded in, when they carry no BOM. */
  encoding: Encoding;
  /** The documents' language, or auto to tell it per document. */
  lang: 'auto' | 'id' | 'en';
  filters: Filters;
  /** --out DIR: write one result file per input there. */
  outDir: string | null;
  /** Colour level for the text report on stdout. */
  color: 0 | 1 | 2 | 3;
  /** Build the per-entity corpus view (json, yaml, text, md with several inputs). */
  corpus: boolean;
  /** --debug: keep the stack traces of internal errors. */
  debug: boolean;
  /** --documents: one CSV row per document. */
  documents: boolean;
  /** --group-by: how the corpus view groups each entity's quotes and claims. */
  groupBy: 'outlet' | 'month' | null;
  /** extract stats: the figures of the run (the top N), printed in `format` instead of the documents. */
  stats: number | null;
  /** --format html over a large corpus: only the sentences around the quotes and claims, not each text whole. */
  excerpt: boolean;
}

/** The file name ending of a result written with --out. */
export const OUT_EXT: Record<Format, string> = {
  text: '.txt',
  json: '.json',
  jsonl: '.jsonl',
  yaml: '.yaml',
  csv: '.csv',
  md: '.md',
  html: '.html',
};
