import { configDefaults, defineConfig } from 'vitest/config';

// Command tests run talenta in-process (test/e2e/in-process.ts), which changes the working
// directory for a run: that needs the `forks` pool (process.chdir is not allowed in worker
// threads). The few tests that spawn the built CLI, LibreOffice or Chromium can take several
// seconds on a loaded 2-core machine.
export default defineConfig({
  test: {
    pool: 'forks',
    // a mutation-testing sandbox or a stray copy under tmp/ is never collected
    exclude: [...configDefaults.exclude, 'tmp/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
