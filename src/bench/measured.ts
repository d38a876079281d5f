// Loaded before the command line the benchmark runs (node --import this bin/extract …), so the
// figures are those of the command users run: at exit, the process's peak resident memory (all
// threads) goes on stderr's last line, for the benchmark to read.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
