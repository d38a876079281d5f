import { createRequire } from 'node:module';
import type { Worker as WorkerType } from 'node:worker_threads';

export interface PoolOptions<T> {
  /** A promise while the consumer of the results is behind: no task is sent until it settles. */
  ready?: () => Promise<void> | null;
  /** What a task hands over to its worker rather than copies (a file's bytes). */
  transfer?: (task: T) => ArrayBuffer[];
  /** True once the run must stop: no task is sent after, the ones sent are finished. */
  stopped?: () => boolean;
  /** Tasks per message. */
  batch?: number;
  /** The most results that may wait for an earlier one. */
  window?: number;
}

// Required when a pool starts, not when the program loads: a run of one file never needs it.
const loadWorker = () =>
  (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;

/**
 * Runs tasks on worker threads and hands the results back in task order, whatever order
 * the workers finish in. Tasks travel in batches (one message per batch, not per document);
 * at most `window` results wait for an earlier one, so memory stays flat however long the
 * input. A worker script answers `{ index, tasks }` with `{ index, results }`.
 */
export async function mapOrdered<T, R>(
  script: URL,
  workerData: unknown,
  size: number,
  tasks: AsyncIterable<T> | Iterable<T>,
  onResult: (result: R, index: number) => void,
  options: PoolOptions<T> = {},
): Promise<void> {
  const { ready = () => null, transfer = () => [], stopped = () => false, batch = 16, window = 64 * size } = options;
  const Worker = loadWorker();
  const workers: WorkerType[] = Array.from({ length: size }, () => new Worker(script, { workerData }));
  const iterator = (
    Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]()
  ) as AsyncIterator<T> | Iterator<T>;
  const waiting = new Map<number, R>();
  let next = 0;
  let sent = 0;
  let done = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const busy = new Map<WorkerType, number>(workers.map((w) => [w, 0]));
      let pumping = false;
      // One dispatcher at a time: it sends while a worker has room and the window allows.
      const pump = async (): Promise<void> => {
        if (pumping) return;
        pumping = true;
        try {
          while (!done && sent - next < window) {
            if (stopped()) {
              done = true; // an interruption: what was sent is finished and handed back, no more
              break;
            }
            const w = workers.find((x) => busy.get(x)! < 2);
            if (!w) break;
            const wait = ready();
            if (wait) await wait;
            const group: T[] = [];
            while (group.length < batch) {
              const step = await iterator.next();
              if (step.done) {
                done = true;
                break;
              }
              group.push(step.value);
            }
            if (group.length === 0) break;
            busy.set(w, busy.get(w)! + 1);
            w.postMessage({ index: sent, tasks: group }, group.flatMap(transfer));
            sent += group.length;
          }
        } finally {
          pumping = false;
        }
        if (done && next === sent) resolve();
      };
      for (const w of workers) {
        w.on('message', (m: { index: number; results: R[] }) => {
          busy.set(w, busy.get(w)! - 1);
          m.results.forEach((r, k) => {
            waiting.set(m.index + k, r);
          });
          try {
            while (waiting.has(next)) {
              const r = waiting.get(next)!;
              waiting.delete(next);
              onResult(r, next++);
            }
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
