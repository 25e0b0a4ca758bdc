/**
 * Bench (f): a regression run of every suite under test/regression with
 * explanations — on the reference path (json-rules-engine, as
 * `sturing test --referentie`) and on the compiled traced path (as
 * `sturing test`) — in interleaved rounds; median wall time per run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileRuleRepository } from '../engine/node';
import { memoizeRepository } from '../engine/src/evaluate';
import { runSuite, type CaseResult, type RegressionSuite } from '../engine/src/testing';
import { median } from './bench-measure';

const root = new URL('..', import.meta.url).pathname;

function suiteFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? suiteFiles(path) : name.endsWith('.json') ? [path] : [];
    });
}

export interface RegressionRunResult {
  suites: number;
  cases: number;
  referenceMs: number;
  compiledMs: number;
  /** Cases whose result (passed, findings, info, missing facts, error) differs between the paths. */
  differences: number;
}

const outcome = (r: CaseResult): string => JSON.stringify([r.passed, r.actual, r.firedRules]);

export async function measureRegressionRun(rounds: number): Promise<RegressionRunResult> {
  const suites = suiteFiles(join(root, 'test', 'regression')).map((file) => JSON.parse(readFileSync(file, 'utf8')) as RegressionSuite);
  // As `sturing test` reads the rules: once per run.
  const run = async (engine: 'referentie' | undefined): Promise<{ ms: number; results: CaseResult[] }> => {
    const repository = memoizeRepository(new FileRuleRepository(join(root, 'rules')));
    const started = performance.now();
    const results: CaseResult[] = [];
    for (const suite of suites) results.push(...(await runSuite(repository, suite, undefined, engine ? { engine } : {})));
    return { ms: performance.now() - started, results };
  };
  await run('referentie');
  await run(undefined);
  const reference: number[] = [];
  const compiled: number[] = [];
  let differences = 0;
  let cases = 0;
  for (let round = 0; round < rounds; round++) {
    const a = await run('referentie');
    const b = await run(undefined);
    reference.push(a.ms);
    compiled.push(b.ms);
    cases = a.results.length;
    if (round === 0) differences = a.results.filter((r, i) => outcome(r) !== outcome(b.results[i])).length;
  }
  return { suites: suites.length, cases, referenceMs: median(reference), compiledMs: median(compiled), differences };
}
