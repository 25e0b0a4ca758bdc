// Adds `expect.details` (every finding by code, severity and rule id, with its count and policy choice) to each
// regression case, derived from what the current rules decide for a case that passes on its codes today.
// Re-runnable: a case that already has details is checked, not rewritten (use --refresh to re-derive them).
// Usage: node --import tsx scripts/migrate-suite-expectations.ts [--refresh] [suite files or folders…] (default test/regression)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileRuleRepository } from '../engine/node/file-repository';
import { runSuiteCase, type RegressionSuite, type SuiteExpectation } from '../engine/src/testing/run-suite';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const refresh = args.includes('--refresh');
const targets = args.filter((a) => a !== '--refresh');
const files = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : path.endsWith('.json')
      ? [path]
      : [];

/** `details` placed right after `info` (or `findings`), so the expectation reads in order. */
function withDetails(expect: SuiteExpectation, details: NonNullable<SuiteExpectation['details']>): SuiteExpectation {
  const { details: _old, ...rest } = expect;
  const entries: [string, unknown][] = Object.entries(rest);
  const after = entries.findIndex(([k]) => k === (rest.info ? 'info' : 'findings'));
  entries.splice(after + 1, 0, ['details', details]);
  return Object.fromEntries(entries) as unknown as SuiteExpectation;
}

const repository = new FileRuleRepository(join(root, 'rules'));
let added = 0;
let checked = 0;
let skipped = 0;
let failing = 0;
for (const file of (targets.length > 0 ? targets : [join(root, 'test/regression')]).flatMap(files)) {
  const suite = JSON.parse(readFileSync(file, 'utf8')) as RegressionSuite;
  if (!Array.isArray(suite.cases)) continue;
  let changed = false;
  for (let index = 0; index < suite.cases.length; index++) {
    const testCase = suite.cases[index];
    if (testCase.expect.error) {
      skipped++;
      continue;
    }
    const keep = testCase.expect.details && !refresh;
    const result = await runSuiteCase(
      repository,
      keep ? suite : { ...suite, cases: suite.cases.map((c, i) => (i === index ? { ...c, expect: { ...c.expect, details: undefined } } : c)) },
      index,
    );
    if (!result.passed) {
      failing++;
      console.error(`${relative(root, file)} #${index} "${testCase.name}": faalt, niet gemigreerd — ${[...result.missing, ...result.unexpected].join('; ')}`);
      continue;
    }
    if (keep) {
      checked++;
      continue;
    }
    suite.cases[index] = { ...testCase, expect: withDetails(testCase.expect, result.actual.details ?? []) };
    changed = true;
    added++;
  }
  if (changed) writeFileSync(file, JSON.stringify(suite, null, 2) + '\n');
}
console.log(`${added} geval(len) kregen details, ${checked} bestaande gecontroleerd, ${skipped} met verwachte fout overgeslagen, ${failing} falend.`);
process.exitCode = failing > 0 ? 1 : 0;
