// The process entry point: wires the real streams to main() and sets the exit code
// without process.exit(), so that piped output is never cut short.
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // The reader went away (| head): stop quietly, with the status the run had so far.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Nowhere to write the results (a full disk, a closed file): a write failure, exit 2.
  process.stderr.write(`extract: cannot write the output: ${e.code ?? e.message}\n`);
  process.exit(2);
});

// No top-level await: the build also bundles this file as CommonJS (bin/extract loads that).
void main(process.argv.slice(2), {
  // Made only when asked for: a run over files never opens standard input.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
