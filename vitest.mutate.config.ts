import { defineConfig } from 'vitest/config';

// The fast, in-process tests of the pure core, for `npm run mutate` (StrykerJS): no e2e test
// (those spawn the built CLI, which a mutant of src/ would not reach) and no output tests.
// `npm run mutate:fast` (MUTATE_FAST=1) shares modules between test files (isolate: false), about
// four times faster, but code memoised at module level (gridOf, poolComparator, the alias maps of
// performance.ts / potential.ts) then keeps what an earlier run built, so its mutants can survive
// falsely: check a survivor there with `npm run mutate -- --mutate <file>:<lines>`.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts'],
    testTimeout: 30_000,
    isolate: process.env.MUTATE_FAST !== '1',
  },
});
