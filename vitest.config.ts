import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts', 'editor/src/**/*.test.{ts,tsx}'],
    // Property tests: a fixed fast-check seed, printed on failure (TESTING.md).
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A suite that runs nothing fails (OPA's --fail-on-empty).
    passWithNoTests: false,
  },
});
