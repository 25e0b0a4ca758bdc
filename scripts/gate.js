#!/usr/bin/env node
// The one gate behind `npm test`: type check, lint, format, rule-set check, all tests.
// Every step counts as a check; vitest's tests count one by one. Ends with "N passed, N failed, N skipped".
// With STURING_REQUIRE_POSTGRES=1 (set by .ci/run) a run in which no PostgreSQL test ran fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type check engine (isomorphic: no node, no DOM)', 'npx', ['tsc', '-p', 'engine/tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['import cycles', 'npx', ['madge', '--circular', '--extensions', 'ts', '--warning', 'engine', 'server']],
  ['rule-set check', 'node', ['bin/sturing.js', 'validate', 'rules']],
  [
    'OpenAPI: generated client (openapi-typescript) type-checks against the API contract; Redocly lint without errors',
    'node',
    ['--import', 'tsx', 'scripts/check-openapi.ts'],
  ],
  // Of the rules that can fire (the policy does not rule them out), the suites must make this share fire per rule set.
  // A floor, raised as suites grow: the lowest rule set is at 11.1 % (TESTING.md).
  ['rule coverage of the regression suites', 'node', ['bin/sturing.js', 'test', '--coverage-threshold', '10', '--reporter', 'json']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
let postgresTests = 0;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
}

/**
 * Runs vitest with a JSON report and adds its counts. The browser tests run in a second, sequential pass:
 * they share the editor build and measure latency, so they must not compete with the other files for the cores.
 */
function runVitest(title, args) {
  console.log(`\n▶ ${title}`);
  const dir = mkdtempSync(join(tmpdir(), 'sturing-gate-'));
  const report = join(dir, 'vitest.json');
  const vitest = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
  const failedBefore = failed;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numFailedTestSuites ?? 0);
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    for (const file of json.testResults ?? [])
      for (const test of file.assertionResults ?? [])
        if (test.status === 'passed' && /postgres/i.test([...(test.ancestorTitles ?? []), test.title].join(' '))) postgresTests++;
    if (json.numTotalTests === 0) failed++;
  } catch {
    failed++;
    console.log('✗ vitest produced no report');
  }
  if (vitest.status !== 0 && failed === failedBefore) failed++;
  rmSync(dir, { recursive: true, force: true });
}

runVitest('tests (vitest)', ['--exclude', 'test/e2e/**']);
runVitest('browser tests (vitest, Chromium, one file at a time)', ['--no-file-parallelism', 'test/e2e/']);

console.log(`\nPostgreSQL: ${postgresTests} test(s) ran${process.env.TEST_DATABASE_URL ? '' : ' (TEST_DATABASE_URL not set)'}`);
if (process.env.STURING_REQUIRE_POSTGRES === '1' && postgresTests === 0) {
  failed++;
  console.log('✗ no PostgreSQL test ran, but this run requires them (STURING_REQUIRE_POSTGRES=1)');
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
