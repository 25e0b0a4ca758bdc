// Mutation testing (npm run mutate; not part of npm test): operators, funding models and overrides, with the unit tests and
// the regression suites as the killers. One worker: the machine is shared. Score in TESTING.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: ['engine/src/rules/operators.ts', 'engine/src/rules/overrides.ts', 'engine/src/funding/**/*.ts', '!engine/src/funding/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 30_000,
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
export default config;
