// Running the real bin/extract, as users do, with NO_COLOR=1 unless a test says otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function cli(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/extract'), ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout.toString(), stderr: r.stderr.toString(), code: r.status };
}

/** Runs a shell line (for pipes such as `| head -1`). */
export function sh(line: string): Run {
  const r = spawnSync('bash', ['-c', line], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout.toString(), stderr: r.stderr.toString(), code: r.status };
}

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `extract-${name}-`));
}

/** Output paths are relative to the working folder, never absolute. */
export function rel(p: string): string {
  return relative(process.cwd(), p);
}

/**
 * Compares with test/golden/NAME. UPDATE_GOLDEN=1 rewrites the file after a reviewed change;
 * nothing else writes it, and never in CI: a missing golden file fails the test.
 */
export function golden(name: string, actual: string): void {
  const path = join('test/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) writeFileSync(path, actual);
  if (!existsSync(path)) {
    throw new Error(`no golden file ${path}: review the output, then write it with UPDATE_GOLDEN=1 npm test`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
