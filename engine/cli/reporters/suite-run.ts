/** One suite file with its results: what the reporters render. */
import type { CaseResult, RegressionSuite } from '../../src/testing/run-suite';

export interface SuiteRun {
  file: string;
  suite: RegressionSuite;
  results: CaseResult[];
}
