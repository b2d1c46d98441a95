/**
 * Mutation testing of the pure core (`npm run mutate`; not in CI). Runs the fast core tests of
 * vitest.mutate.config.ts against each mutant of src/core. The machine is small and shared: one
 * or two test processes, and a time-out per mutant. Narrow a run to the files you changed:
 *   npm run mutate -- --mutate src/core/ranking.ts
 * The incremental file keeps the results of unchanged code and tests between runs (tmp/ is
 * gitignored); the HTML report is written to tmp/stryker/report.html.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'tmp/stryker/incremental.json',
  // the sandboxes outside the checkout: a sandbox left inside it (a killed run) would be collected
  // by `npm test` (vitest looks for *.test.ts everywhere but node_modules and .git)
  tempDirName: join(tmpdir(), 'talenta-stryker'),
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tmp/stryker/report.html' },
  jsonReporter: { fileName: 'tmp/stryker/report.json' },
  thresholds: { high: 90, low: 75, break: null },
  ignoreStatic: true,
};
