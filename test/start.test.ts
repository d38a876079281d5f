// How the command line starts (src/cli/start.cts): its bundle, run as a CommonJS module, from
// V8's code cache of it when the cache was made from that very bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script } from 'node:vm';

const DIST = join(import.meta.dirname, '..', 'dist', 'cli');
const { start, stampOf, compiled, cached } = createRequire(import.meta.url)(join(DIST, 'start.cjs')) as {
  start(name: string, dir?: string): boolean;
  stampOf(source: string): Buffer;
  compiled(file: string, source: string, cachedData: Buffer | undefined): Script;
  cached(cacheFile: string, stamp: Buffer): Buffer | undefined;
};

const dir = mkdtempSync(join(tmpdir(), 'start-'));
const write = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('starting a bundle', () => {
  it('runs it as CommonJS, with its own file name and folder', () => {
    write('hello.cjs', 'globalThis.startedAs = [__filename, __dirname, typeof require];\n// stamp-a');
    expect(start('hello', dir)).toBe(true);
    expect((globalThis as { startedAs?: unknown }).startedAs).toEqual([join(dir, 'hello.cjs'), dir, 'function']);
  });

  it('answers false when the bundle is missing (the build is not done)', () => {
    expect(start('absent', dir)).toBe(false);
  });

  it.each([
    ['a cache made from this bundle is used', 'stamp-a', 'stamp-a', 'code'],
    ['a cache of another build is not', 'stamp-a', 'stamp-b', undefined],
    ['nor one whose stamp only begins the same', 'stamp-ab', 'stamp-a', undefined],
  ])('%s', (_, madeFrom, bundle, expected) => {
    const file = write('x.cache', Buffer.from(`${madeFrom}\ncode`));
    expect(cached(file, stampOf(`x = 1;\n${bundle}`))?.toString()).toBe(expected);
  });

  it('a missing cache is no cache', () => {
    expect(cached(join(dir, 'none.cache'), stampOf('// s'))).toBeUndefined();
  });

  it("the build's cache of the command line is one V8 takes for its bundle", () => {
    const file = join(DIST, 'extract.cjs');
    const source = readFileSync(file, 'utf8');
    const cache = cached(join(DIST, 'extract.cache'), stampOf(source));
    expect(cache?.length).toBeGreaterThan(100_000);
    expect(compiled(file, source, cache).cachedDataRejected).toBe(false);
  });
});

describe('what a run loads', () => {
  it('a run of one article does not load child_process, which only programs run as subcommands need', () => {
    const probe = write(
      'probe.cjs',
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED, process.moduleLoadList.join('\\n')));",
    );
    const loaded = join(dir, 'loaded.txt');
    const bin = join(import.meta.dirname, '..', 'bin', 'extract');
    const article = join(import.meta.dirname, '..', 'fixtures', 'nato-rusia-korut.txt');
    execFileSync(process.execPath, ['--require', probe, bin, article, '--format', 'json'], {
      env: { ...process.env, LOADED: loaded },
      stdio: 'ignore',
    });
    const modules = readFileSync(loaded, 'utf8').split('\n');
    expect(modules).toContain('NativeModule fs');
    expect(modules).not.toContain('NativeModule child_process');
  });
});
