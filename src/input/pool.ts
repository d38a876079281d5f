import { createRequire } from 'node:module';
import type { Worker as WorkerType } from 'node:worker_threads';
import { WORKER_YOUNG_MB } from './nursery.js';

export interface PoolOptions {
  /** A promise while the consumer of the results is behind: no task is sent until it settles. */
  ready?: () => Promise<void> | null;
  /** True once the run must stop: no task is sent after, the ones sent are finished. */
  stopped?: () => boolean;
  /** Tasks per message. */
  batch?: number;
  /** The most results that may wait for an earlier one. */
  window?: number;
}

/** A worker's answer to one batch: a result per task, in the batch's order, and whatever else it sends along. */
export interface Answer<R> {
  index: number;
  results: R[];
}

/** A worker's heap: see WORKER_YOUNG_MB. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB };

// Required when a pool starts, not when the program loads: a run inline never needs it.
const loadWorker = () =>
  (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;

/**
 * Runs tasks on worker threads and hands the answers back in task order, whatever order the
 * workers finish in. Tasks travel in batches (one message per batch, not per document) and
 * come back as batches; at most `window` results wait for an earlier one, so memory stays flat
 * however long the input. A worker script answers `{ index, tasks }` with `{ index, results }`.
 */
export async function mapOrdered<T, A extends Answer<unknown>>(
  script: URL,
  workerData: unknown,
  size: number,
  tasks: AsyncIterable<T> | Iterable<T>,
  onAnswer: (answer: A) => void,
  options: PoolOptions = {},
): Promise<void> {
  const { ready = () => null, stopped = () => false, batch = 16, window = 64 * size } = options;
  const Worker = loadWorker();
  const workers: WorkerType[] = Array.from(
    { length: size },
    () => new Worker(script, { workerData, resourceLimits: WORKER_LIMITS }),
  );
  const iterator = (
    Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]()
  ) as AsyncIterator<T> | Iterator<T>;
  const state = { sent: 0, next: 0, done: false };
  try {
    await new Promise<void>((resolve, reject) => {
      const busy = new Map<WorkerType, number>(workers.map((w) => [w, 0]));
      const pump = dispatcher(workers, busy, iterator, state, { ready, stopped, batch, window }, resolve);
      const deliver = inOrder(state, onAnswer);
      for (const w of workers) {
        w.on('message', (m: A) => {
          busy.set(w, busy.get(w)! - 1);
          try {
            deliver(m);
          } catch (e) {
            reject(e);
            return;
          }
          pump().catch(reject);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0) reject(new Error(`a worker stopped with code ${code}`));
        });
      }
      pump().catch(reject);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

interface PoolState {
  /** Tasks sent so far. */
  sent: number;
  /** The first task whose answer has not been handed on. */
  next: number;
  /** No more tasks will be sent. */
  done: boolean;
}

/** Hands each answer on when every earlier one has been: answers wait by their first task's index. */
function inOrder<A extends Answer<unknown>>(state: PoolState, onAnswer: (answer: A) => void): (m: A) => void {
  const waiting = new Map<number, A>();
  return (m) => {
    waiting.set(m.index, m);
    for (let a = waiting.get(state.next); a; a = waiting.get(state.next)) {
      waiting.delete(state.next);
      state.next += a.results.length;
      onAnswer(a);
    }
  };
}

/** One dispatcher at a time: it sends while a worker has room and the window allows. */
function dispatcher<T>(
  workers: WorkerType[],
  busy: Map<WorkerType, number>,
  iterator: AsyncIterator<T> | Iterator<T>,
  state: PoolState,
  o: Required<Pick<PoolOptions, 'ready' | 'stopped' | 'batch' | 'window'>>,
  resolve: () => void,
): () => Promise<void> {
  let pumping = false;
  return async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (!state.done && state.sent - state.next < o.window) {
        if (o.stopped()) {
          state.done = true; // an interruption: what was sent is finished and handed back, no more
          break;
        }
        const w = workers.find((x) => busy.get(x)! < 2);
        if (!w) break;
        const wait = o.ready();
        if (wait) await wait;
        const group: T[] = [];
        while (group.length < o.batch) {
          const step = await iterator.next();
          if (step.done) {
            state.done = true;
            break;
          }
          group.push(step.value);
        }
        if (group.length === 0) break;
        busy.set(w, busy.get(w)! + 1);
        w.postMessage({ index: state.sent, tasks: group });
        state.sent += group.length;
      }
    } finally {
      pumping = false;
    }
    if (state.done && state.next === state.sent) resolve();
  };
}
