// Work counted without a clock: V8's precise block coverage (node:inspector) counts how many
// times each block of JavaScript ran. The count of a call is the same however loaded the
// machine is, so a test can compare the work of two inputs without timing them. Counting starts
// when this module loads: import it before the code it counts, since a function compiled earlier
// is counted only as a whole, not block by block.
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Posts a command and returns its result: a session on the same thread answers at once. */
function post<T>(method: string, params?: object): T {
  let result: T | undefined;
  let error: Error | null = null;
  session.post(method, params, (e, r) => {
    error = e;
    result = r as T;
  });
  if (error) throw error;
  if (result === undefined) throw new Error(`inspector: ${method} gave no answer`);
  return result;
}

interface Coverage {
  result: {
    url: string;
    functions: { functionName: string; isBlockCoverage: boolean; ranges: { count: number }[] }[];
  }[];
}

/** How many blocks of code ran during fn(), summed over every script. */
export function blocksRun(fn: () => void): number {
  post<Coverage>('Profiler.takePreciseCoverage'); // taking the counts resets them
  fn();
  const taken = post<Coverage>('Profiler.takePreciseCoverage');
  let blocks = 0;
  for (const script of taken.result) {
    for (const f of script.functions) {
      // A function compiled before counting started is counted as a whole, its loops unseen.
      if (!f.isBlockCoverage && f.ranges[0]!.count > 0 && script.url.includes('/src/')) {
        throw new Error(`${script.url}: ${f.functionName} ran uncounted (import work.js before it)`);
      }
      for (const r of f.ranges) blocks += r.count;
    }
  }
  return blocks;
}
