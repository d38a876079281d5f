// The in-process parts of the benchmark: the library over the whole corpus (with the bytes it
// allocates per input character), and a bare tokenizer pass, the near-limit reference a full
// pipeline is measured against.
import { readFileSync } from 'node:fs';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { loadLexicon } from '../lexicon/load.js';
import { extract } from '../pipeline.js';
import { toJsonLine } from '../report/json.js';

export interface Pass {
  seconds: number;
  /** Input size in UTF-8 bytes (what MB/s counts) and in characters (what allocation is per). */
  bytes: number;
  chars: number;
}

/**
 * Read and tokenize each file with offsets into typed arrays and nothing more: runs of letters
 * and digits as words, every other non-space character a token of its own. Written here, not
 * taken from the library, so that it stays the reference whatever the library becomes.
 */
export function bareTokenizerPass(files: readonly string[]): Pass & { tokens: number } {
  let starts = new Int32Array(1 << 16);
  let ends = new Int32Array(1 << 16);
  let bytes = 0;
  let chars = 0;
  let tokens = 0;
  const start = performance.now();
  for (const f of files) {
    const buf = readFileSync(f);
    const text = buf.toString('utf8');
    bytes += buf.length;
    chars += text.length;
    if (starts.length < text.length) {
      starts = new Int32Array(text.length);
      ends = new Int32Array(text.length);
    }
    let n = 0;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c <= 32) {
        i++;
        continue;
      }
      const from = i;
      if (wordChar(c)) while (i < text.length && wordChar(text.charCodeAt(i))) i++;
      else i++;
      starts[n] = from;
      ends[n++] = i;
    }
    tokens += n;
  }
  return { seconds: (performance.now() - start) / 1000, bytes, chars, tokens };
}

function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0x2019);
}

/**
 * The library as a program embedding it runs: each text extracted and rendered as a jsonl line,
 * the texts read beforehand (reading is the tokenizer pass's and the command line's to count).
 * The bytes allocated are summed from the heap's size before each collection and after the one
 * before it.
 */
export function libraryPass(files: readonly string[]): Pass & { allocated: number } {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const lexicon = loadLexicon();
  const profiler = new GCProfiler();
  profiler.start();
  const before = getHeapStatistics().used_heap_size;
  const start = performance.now();
  let out = 0;
  for (let i = 0; i < texts.length; i++) out += toJsonLine(extract(texts[i]!, { lexicon, path: files[i]! })).length;
  const seconds = (performance.now() - start) / 1000;
  const after = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let allocated = 0;
  let previous = before;
  for (const gc of statistics) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - previous;
    previous = gc.afterGC.heapStatistics.usedHeapSize;
  }
  allocated += after - previous;
  if (out === 0) throw new Error('the library gave no output');
  return {
    seconds,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    chars: texts.reduce((n, t) => n + t.length, 0),
    allocated,
  };
}
