// Before the tests: the CLI tests run the real bin/extract, which runs dist/. A build older
// than any source, lexicon or build setting is rebuilt, so that a test run after an edit
// tests the edit, not the last build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads; a change to any of them makes dist/ stale. */
const INPUTS = ['src', 'lexicons', 'package.json', 'tsconfig.json'];
/** What the build writes last: its age is the build's. */
const OUTPUT = 'dist/cli/extract.cjs';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function builtAt(): number {
  try {
    return statSync(OUTPUT).mtimeMs;
  } catch {
    return -1;
  }
}

export default function setup(): void {
  const stale = INPUTS.find((p) => newest(p) > builtAt());
  if (!stale) return;
  process.stderr.write(`dist/ is older than ${stale}: building (npm run build)\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
