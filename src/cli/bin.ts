// The process entry point: wires the real streams to main() and sets the exit code
// without process.exit(), so that piped output is never cut short.
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader went away (| head): stop quietly
  throw e;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
