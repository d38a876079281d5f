// The README's examples with shown output: `    $ command` lines (a line ending in \ goes on),
// then the output the commands print, up to a blank line. A line that is only "…" stands for
// any number of lines (the README shortens long output).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Example {
  /** The README's line of the first command, 1-based. */
  line: number;
  commands: string;
  /** The shown output, without the block's indent. */
  output: string[];
  /** Where the output lines stand in the README (0-based, end exclusive). */
  from: number;
  to: number;
}

const INDENT = '    ';

export function examples(readme: string): Example[] {
  const lines = readme.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(`${INDENT}$ `) || (i > 0 && lines[i - 1]!.startsWith(INDENT))) continue;
    const line = i + 1;
    const commands: string[] = [];
    while (i < lines.length && lines[i]!.startsWith(`${INDENT}$ `)) {
      let command = lines[i]!.slice(INDENT.length + 2);
      while (command.endsWith('\\') && i + 1 < lines.length) command = `${command}\n${lines[++i]!.trim()}`;
      commands.push(command);
      i++;
    }
    const from = i;
    // The output runs on over blank lines inside the block, up to the next command or text.
    const inBlock = (k: number) => lines[k]!.startsWith(INDENT) && !lines[k]!.startsWith(`${INDENT}$ `);
    while (i < lines.length && (inBlock(i) || (lines[i] === '' && i + 1 < lines.length && inBlock(i + 1)))) i++;
    const output = lines.slice(from, i).map((l) => l.slice(INDENT.length));
    out.push({ line, commands: commands.join('\n'), output, from, to: i });
  }
  return out;
}

/**
 * Whether the output fits the shown lines, "…" standing for any run of lines; shortened output
 * (any "…") may also stop before the output does.
 */
export function fits(shown: readonly string[], actual: readonly string[]): boolean {
  const shortened = shown.some((l) => l.trim() === '…');
  const at = (s: number, a: number): boolean => {
    if (s === shown.length) return shortened || a === actual.length;
    if (shown[s]!.trim() === '…') {
      for (let k = a; k <= actual.length; k++) if (at(s + 1, k)) return true;
      return false;
    }
    return a < actual.length && shown[s] === actual[a] && at(s + 1, a + 1);
  };
  return at(0, 0);
}

/**
 * Runs an example's commands in bash as a reader would in the project's folder, with `extract`
 * on the PATH: in a scratch folder that sees the fixtures and ../shared through links, so that
 * files the example writes land there, not in the project.
 */
export function runExample(commands: string, project: string): string {
  const root = mkdtempSync(join(tmpdir(), 'extract-readme-'));
  const work = join(root, 'project');
  const bin = join(root, 'bin');
  mkdirSync(work);
  mkdirSync(bin);
  symlinkSync(resolve(project, 'fixtures'), join(work, 'fixtures'));
  symlinkSync(resolve(project, '../shared'), join(root, 'shared'));
  writeFileSync(
    join(bin, 'extract'),
    `#!/bin/sh\nexec "${process.execPath}" "${resolve(project, 'bin/extract')}" "$@"\n`,
    {
      mode: 0o755,
    },
  );
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', commands], {
    cwd: work,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: root, NO_COLOR: '1' },
    maxBuffer: 512 * 1024 * 1024,
  });
  return r.stdout.toString() + r.stderr.toString();
}
