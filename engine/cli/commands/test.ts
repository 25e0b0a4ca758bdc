/** `sturing test [paths…] [--reporter pretty|json|junit] [--coverage] [--referentie]`: runs regression suites; ends with "N passed, N failed". */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { memoizeRepository } from '../../src/evaluate/batch-evaluator';
import { RuleCoverage, computeRuleCoverage, formatRuleCoverage } from '../../src/testing/rule-coverage';
import { runSuite } from '../../src/testing/run-suite';
import { FileRuleRepository } from '../../node/file-repository';
import { PACKAGE_ROOT, defaultRulesDir } from '../../node/paths';
import { loadSuite } from '../../node/suite-file';
import { formatJunit } from '../reporters/junit';
import { formatPrettyFailure } from '../../src/testing/format-failure';
import type { SuiteRun } from '../reporters/suite-run';
import { UsageError } from '../usage-error';

export interface TestArgs {
  reporter?: string;
  rules?: string;
  /** Report rule coverage (parseArgs gives a boolean). */
  coverage?: string | boolean;
  'coverage-threshold'?: string;
  /** Run on json-rules-engine, the reference semantics, instead of the compiled evaluator (an audit). */
  referentie?: boolean;
}

function collectSuites(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => collectSuites(join(path, name)));
  }
  return path.endsWith('.json') ? [path] : [];
}

/** Loads and schema-checks a suite file. */
export { loadSuite };

/** Runs the command; returns the exit code (0 all passed, 1 a case failed or none ran). */
export async function runTest(paths: string[], args: TestArgs, out: (text: string) => void): Promise<number> {
  const reporter = args.reporter ?? 'pretty';
  if (!['pretty', 'json', 'junit'].includes(reporter)) throw new UsageError(`--reporter moet pretty, json of junit zijn, niet "${reporter}"`);
  const targets = paths.length > 0 ? paths : [join(PACKAGE_ROOT, 'test', 'regression')];
  // The rules are read once per run, so every case of every suite evaluates with the same prepared rule sets.
  const repository = memoizeRepository(new FileRuleRepository(args.rules ?? defaultRulesDir()));
  const wantsCoverage = !!args.coverage || args['coverage-threshold'] !== undefined;
  // Coverage observes the compiled run's trace; on the reference path it is computed from the decisions afterwards.
  const observed = wantsCoverage && !args.referentie ? new RuleCoverage(await repository.listRegions()) : undefined;
  const options = args.referentie ? { engine: 'referentie' as const } : { observer: observed?.observer };
  const runs: SuiteRun[] = [];
  for (const file of targets.flatMap(collectSuites)) {
    const suite = loadSuite(file);
    runs.push({ file: relative(process.cwd(), file) || file, suite, results: await runSuite(repository, suite, undefined, options) });
  }
  const all = runs.flatMap((r) => r.results);
  const passed = all.filter((r) => r.passed).length;
  const failed = all.length - passed;
  if (reporter === 'json') {
    out(
      JSON.stringify(
        { passed, failed, suites: runs.map((r) => ({ file: r.file, title: r.suite.title, results: r.results.map(({ decision: _d, ...rest }) => rest) })) },
        null,
        2,
      ),
    );
  } else if (reporter === 'junit') {
    out(formatJunit(runs));
  } else {
    for (const run of runs) {
      const ok = run.results.filter((r) => r.passed).length;
      out(`${run.results.every((r) => r.passed) ? '✓' : '✗'} ${run.file} — ${run.suite.title} (${ok}/${run.results.length})`);
      for (const result of run.results.filter((r) => !r.passed)) out(formatPrettyFailure(result));
    }
  }
  if (all.length === 0) out('Geen regressiegevallen gevonden: een suite die niets draait, faalt.');
  let belowThreshold = false;
  const threshold = args['coverage-threshold'];
  if (wantsCoverage) {
    if (threshold !== undefined && !/^\d+(\.\d+)?$/.test(threshold)) throw new UsageError(`--coverage-threshold moet een percentage zijn, niet "${threshold}"`);
    const coverage = observed
      ? observed.result()
      : await computeRuleCoverage(
          repository,
          all.flatMap((r) => (r.decision ? [r.decision] : [])),
        );
    // Written to stderr for machine-readable reporters, so their stdout stays one document.
    const print = reporter === 'pretty' ? out : (text: string) => process.stderr.write(`${text}\n`);
    for (const line of formatRuleCoverage(coverage)) print(line);
    if (threshold !== undefined) {
      // The threshold is over the rules that can fire: a rule the policy rules out everywhere cannot be covered by a case.
      const low = coverage.filter((c) => c.percentageOfFireable < Number(threshold));
      for (const c of low)
        print(`Dekking ${c.rulesetId} v${c.version} ${c.percentageOfFireable} % van de regels die kunnen vuren ligt onder de drempel van ${threshold} %`);
      belowThreshold = low.length > 0;
    }
  }
  const code = failed > 0 || all.length === 0 || belowThreshold ? 1 : 0;
  if (reporter !== 'pretty') return code;
  out(`${passed} passed, ${failed} failed`);
  return code;
}
