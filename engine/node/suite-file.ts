/** Reads a regression suite file: JSON with file:line:column on a syntax error, then the suite schema (SUITE_ONGELDIG naming the field). */
import { SturingError } from '../src/model/errors';
import { validateAgainstSchema } from '../src/model/schemas';
import type { RegressionSuite } from '../src/testing/run-suite';
import { readJsonFile } from './file-repository';

export function loadSuite(file: string): RegressionSuite {
  const value = readJsonFile(file);
  const issues = validateAgainstSchema('regression-suite.schema.json', value);
  if (issues.length > 0) throw new SturingError('SUITE_ONGELDIG', `${file}: ${issues[0].path} ${issues[0].message}`, issues, file);
  return value as RegressionSuite;
}
