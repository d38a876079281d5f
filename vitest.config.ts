import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when a source is newer than the build: the CLI tests run bin/extract.
    globalSetup: ['test/setup/build.ts'],
    // Half the suite waits on child processes: one test file per core, not one fewer.
    maxWorkers: availableParallelism(),
    // A timeout here catches a hung test, not a slow machine: the slowest test takes some 4 s
    // alone and stays far under this with another CPU-heavy process beside it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
