// The tests mutation testing runs: the unit tests of the mutated layers and evaluation, and the regression suites (no servers, browsers or CLI processes).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/src/rules/**/*.test.ts', 'engine/src/funding/**/*.test.ts', 'test/regression/regression.test.ts'],
    // Property tests: a fixed fast-check seed, printed on failure (TESTING.md).
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
