import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the built CLI; on a loaded 2-core machine one can take several seconds.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
