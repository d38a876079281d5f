// Starts a bundle of the build (dist/cli/NAME.cjs) from V8's code cache of it (NAME.cache), so
// that a run does not parse and compile the same 600 kB of JavaScript again each time it starts.
// The build writes the cache after one real run (src/build/bundle.ts), so that it also holds
// the functions that run compiled. The bundle's last line is the build's stamp (a hash of it),
// which the cache begins with: a cache that does not belong to the bundle beside it (an older
// build's) is not used, and one that V8 refuses (another Node) only costs the compile.
import fs = require('node:fs');
import nodeModule = require('node:module');
import path = require('node:path');
import v8 = require('node:v8');
import vm = require('node:vm');

/**
 * How much code V8's optimizing compiler may inline into one function, in bytecode bytes (its
 * default is 920). With the default, the compiler's own threads spent 7–8 s of processor time
 * optimizing the pipeline over 8,000 articles (a function as large as buildIdentity compiled
 * three times, some 250 ms each): on two cores, each worker's compiler took time from the other
 * worker. At 300 that time is 4.3–4.7 s, and the corpus runs in 0.88x the time with two workers,
 * 0.97x with one (300 and 460 measure alike; 200 is slower). Set before the bundle is compiled,
 * in every run, so that the code cache, which V8 ties to its flags, is written and read under
 * the same ones; the worker threads share the process's flags. A library caller keeps V8's own.
 */
const INLINING = '--max-inlined-bytecode-size-cumulative=300';

/** Set by the build in the one run that writes the cache. */
const WRITE_CACHE = 'EXTRACT_BUILD_CODE_CACHE';

/** Runs DIR/NAME.cjs as require() would, from DIR/NAME.cache when it fits; false when there is no such bundle. */
function start(name: string, dir = __dirname): boolean {
  const file = path.join(dir, `${name}.cjs`);
  const cacheFile = path.join(dir, `${name}.cache`);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const stamp = stampOf(source);
  const script = compiled(file, source, cached(cacheFile, stamp));
  if (process.env[WRITE_CACHE] === '1')
    process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([stamp, script.createCachedData()])));
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, nodeModule.createRequire(file), mod, file, dir);
  return true;
}

/** The source's last line, the build's stamp, as the cache's first line. */
function stampOf(source: string): Buffer {
  return Buffer.from(`${source.slice(source.lastIndexOf('\n') + 1)}\n`, 'latin1');
}

/** The source as a CommonJS module's function, compiled from the cache when V8 takes it (under INLINING). */
function compiled(file: string, source: string, cachedData: Buffer | undefined): vm.Script {
  v8.setFlagsFromString(INLINING);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  return new vm.Script(wrapped, { filename: file, cachedData });
}

/** The cache, when it was made from the source of this stamp. */
function cached(cacheFile: string, stamp: Buffer): Buffer | undefined {
  try {
    const data = fs.readFileSync(cacheFile);
    return data.subarray(0, stamp.length).equals(stamp) ? data.subarray(stamp.length) : undefined;
  } catch {
    return undefined;
  }
}

export = { start, stampOf, compiled, cached };
