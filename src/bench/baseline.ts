// The straightforward way to do this job, for the benchmark to measure against: compromise's
// sentence splitter and quotations(), and the lexicon's names looked up in each document.
// It reports what it found so that the work cannot be skipped, and how long it took.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { loadLexicon } from '../lexicon/load.js';

export interface BaselineRun {
  bytes: number;
  seconds: number;
  sentences: number;
  quotes: number;
  mentions: number;
}

/** Runs the baseline over the files, in this process; the lexicon's names are loaded first. */
export function runBaseline(files: readonly string[]): BaselineRun {
  const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;
  const lexicon = loadLexicon();
  const names = new Set<string>();
  for (const e of lexicon.entities) {
    names.add(e.name);
    for (const a of [...e.aliases, ...e.metonyms, ...e.epithets]) names.add(a.text);
  }
  const lookup = [...names];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const text of texts.slice(0, 10)) nlp(text).quotations(); // warm, as ours is
  const run: BaselineRun = { bytes: 0, seconds: 0, sentences: 0, quotes: 0, mentions: 0 };
  const start = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    run.sentences += doc.sentences().length;
    run.quotes += doc.quotations().length;
    run.mentions += doc.lookup(lookup).length;
    run.bytes += Buffer.byteLength(text);
  }
  run.seconds = (performance.now() - start) / 1000;
  return run;
}
