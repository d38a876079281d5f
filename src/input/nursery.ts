// V8's young generation (the nursery: two semi-spaces) for a run on worker threads. Its settings
// are the process's, read when a thread's heap is made and each time a nursery would grow; a
// run inline, and a program that embeds the library, keep V8's own.
import { setFlagsFromString } from 'node:v8';

/**
 * A worker's young generation, in MB: V8's default on this size of machine (some 48) let each
 * worker's heap grow to about 120 MB for some 35 MB of live data. A document's garbage is
 * short-lived, so a smaller nursery only scavenges a little more often, each time as cheaply:
 * measured on the shared corpus with two workers, 298 MB peak instead of 354, in no more CPU
 * time. The old generation is not capped: a 50 MB document still has the room it needs.
 */
export const WORKER_YOUNG_MB = 24;

/** V8 divides a young generation into two semi-spaces and a space for large objects, alike. */
const SEMI_SPACE_MB = WORKER_YOUNG_MB / 3;

/**
 * Set before this thread lists the inputs of a run that goes to workers. Each worker's nursery
 * starts at its full size instead of growing to it, and no nursery grows after: this thread,
 * which only lists paths, hands them out and writes the answers back, keeps the small one it
 * has, where listing the 28,846 paths of the shared corpus had grown it to 32 MB for some 2 MB
 * of live data. Measured over that corpus with two workers, 5 runs each way: a peak of 291 MB
 * instead of 334 (medians), in the same time (1.01x).
 */
export function nurseriesForWorkers(): void {
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * V8's own settings again, for a run inline: one asked of workers may go inline after all (too
 * few documents). Both flags go back to their defaults, not only the growth: V8 ties a code
 * cache to the flags that differ from theirs, and the build writes the command line's cache at
 * the end of such a run (one small article), for every later run to read under the flags it
 * starts with.
 */
export function nurseriesInline(): void {
  setFlagsFromString('--min-semi-space-size=0');
  setFlagsFromString('--semi-space-growth-factor=2');
}
