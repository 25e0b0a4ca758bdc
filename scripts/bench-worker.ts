/** Worker for scripts/bench.ts: evaluates its share of the cases with the compiled evaluator. */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateCaseFast } from '../engine/src/compile/compiled-evaluate';
import type { EvaluationInput } from '../engine/src/evaluate';

const { cases, ruleSet, region, sharedRules, repeat } = workerData as {
  cases: Record<string, unknown>[];
  ruleSet: EvaluationInput['ruleSet'];
  region: EvaluationInput['region'];
  sharedRules: EvaluationInput['sharedRules'];
  repeat: number;
};
// Warm up, then wait for the start signal so all workers measure the same interval.
for (const caseData of cases.slice(0, 2000)) evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true });
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  let findings = 0;
  for (let r = 0; r < repeat; r++)
    for (const caseData of cases) findings += evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true }).findings.length;
  parentPort!.postMessage({ done: true, findings });
});
