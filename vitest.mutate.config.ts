// The tests mutation testing runs against the engine: its unit tests and the regression suites (no servers, browsers or CLI processes).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/src/**/*.test.ts', 'test/regression/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
