// Preloaded into the CLI process by tests that check memory: prints the peak RSS last, for support.ts to read.
process.on('exit', () => {
  process.stderr.write(`kg-test-max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
