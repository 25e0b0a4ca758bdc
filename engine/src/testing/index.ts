/** Regression suites and rule coverage, run on the evaluation pipeline. Depends on evaluate/ and below. */
export * from './rule-coverage';
export * from './run-suite';
export * from './format-failure';
