// Runs every regression suite in test/regression as data: one test per case, against the real rules/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../engine/cli/file-repository';
import { loadSuite } from '../../engine/cli/commands/test';
import { formatPrettyFailure } from '../../engine/cli/reporters/pretty';
import { runSuiteCase } from '../../engine/src/run-suite';

const root = new URL('.', import.meta.url).pathname;
const repository = new FileRuleRepository(new URL('../../rules', import.meta.url).pathname);
const suiteFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? suiteFiles(path) : name.endsWith('.json') ? [path] : [];
  });

const files = suiteFiles(root);

it('finds regression suites', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const suite = loadSuite(file);
  describe(file.slice(root.length), () => {
    suite.cases.forEach((testCase, index) => {
      it(testCase.name, async () => {
        const result = await runSuiteCase(repository, suite, index);
        expect(result.passed, formatPrettyFailure(result)).toBe(true);
      });
    });
  });
}
