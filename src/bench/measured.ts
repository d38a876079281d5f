// The benchmark's way of running the command line: the same main() as bin/extract, then the
// process's peak resident memory (all threads) on stderr's last line, for the benchmark to read.
import { main } from '../cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
