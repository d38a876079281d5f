// A worker thread: loads the lexicon once, then processes the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputSource } from '../input/sources.js';
import { loadLexicon } from '../lexicon/load.js';
import type { RunConfig } from './config.js';
import { processSource } from './process.js';

const cfg = workerData as RunConfig;
const lexicon = loadLexicon(cfg.lexicon);

parentPort!.on('message', (m: { index: number; tasks: InputSource[] }) => {
  parentPort!.postMessage({ index: m.index, results: m.tasks.map((t) => processSource(t, cfg, lexicon)) });
});
