// A worker thread: loads the lexicon once, then processes the documents it is sent. It reads
// each file itself (the main thread sends paths) and answers a batch with its outputs encoded
// as UTF-8, one after the other in one buffer that is handed over, not copied: the main thread
// only writes them.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputSource } from '../input/sources.js';
import { loadLexicon } from '../lexicon/load.js';
import type { RunConfig } from './config.js';
import { type Processed, processSource, type Sent } from './process.js';

const cfg = workerData as RunConfig;
const lexicon = loadLexicon(cfg.lexicon);

parentPort!.on('message', (m: { index: number; tasks: InputSource[] }) => {
  const { results, bytes } = encoded(m.tasks.map((t) => processSource(t, cfg, lexicon)));
  parentPort!.postMessage({ index: m.index, results, bytes }, [bytes.buffer as ArrayBuffer]);
});

/** The documents without their outputs, and the outputs as bytes in a buffer of their own (a pooled one could not be handed over). */
function encoded(done: Processed[]): { results: Sent[]; bytes: Uint8Array } {
  const sizes = done.map((p) => Buffer.byteLength(p.output));
  const bytes = Buffer.allocUnsafeSlow(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  const results = done.map(({ output, ...rest }, i): Sent => {
    if (output) at += bytes.write(output, at);
    return { ...rest, size: sizes[i]! };
  });
  return { results, bytes };
}
