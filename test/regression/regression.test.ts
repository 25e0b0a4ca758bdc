// Runs every regression suite in test/regression as data (cases and provider data): one test per case, against the real rules/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../engine/node/file-repository';
import { loadSuite } from '../../engine/node';
import { formatPrettyFailure } from '../../engine/src/testing';
import { FINDING_CODES } from '../../engine/src/model/finding-codes';
import { runSuiteCase, type SuiteCase } from '../../engine/src/testing/run-suite';

const SECTION_6 = [
  'TOETREDING_NIET_TOEGESTAAN',
  'MAX_AANBIEDERS_OVERSCHREDEN',
  'MINIMUM_OMVANG_NIET_GEHAALD',
  'AANVULLENDE_AFSPRAKEN_NIET_TOEGESTAAN',
  'BASISEENHEID_AFWIJKEND',
  'EXTRA_CAPACITEIT_BOVEN_MAXIMUM',
  'GUNNING_LAAGSTE_PRIJS_VERBODEN',
  'AANBIEDER_CATEGORIE',
];

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

// docs/domain.md §6: every contract and supplier code fires in a provider suite, and a case in the same suite shows it not firing.
describe('provider suites cover every §6 code', () => {
  const providerSuites = files.filter((file) => file.slice(root.length).startsWith('providers/')).map((file) => loadSuite(file));
  const codes = FINDING_CODES.filter((c) => SECTION_6.includes(c.code));
  for (const { code, severity } of codes) {
    it(`${code} fires and does not fire`, () => {
      const expected = (testCase: SuiteCase): string[] => (severity === 'info' ? (testCase.expect.info ?? []) : testCase.expect.findings);
      const decided = (testCase: SuiteCase): boolean => !testCase.expect.error && (severity !== 'info' || testCase.expect.info !== undefined);
      const covering = providerSuites.filter(
        (suite) => suite.cases.some((c) => expected(c).includes(code)) && suite.cases.some((c) => decided(c) && !expected(c).includes(code)),
      );
      expect(covering.length, `${code}: geen suite in test/regression/providers met een geval dat vuurt én een dat niet vuurt`).toBeGreaterThan(0);
    });
  }
});
