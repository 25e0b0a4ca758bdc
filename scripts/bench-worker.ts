/**
 * Worker for the bulk measurement (c): evaluates each batch it is sent with
 * the compiled evaluator. A batch is either case objects (copied by
 * postMessage) or NDJSON text, one case per line (parsed here).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateCaseFast, toWorkerFailure, type WorkerFailure } from '../engine/src/evaluate';
import type { EvaluationInput } from '../engine/src/evaluate';
import { parseNdjson } from './bench-ndjson';

/** The answer to one batch: how many cases and findings, and the time spent in the worker (parsing included, messaging not). */
export interface BatchResult {
  cases: number;
  findings: number;
  evaluateMs: number;
  /** Set when the batch failed (a bad line): the rest of the run reports it instead of hanging. */
  failure?: WorkerFailure;
}

const { ruleSet, region, sharedRules } = workerData as Pick<EvaluationInput, 'ruleSet' | 'region' | 'sharedRules'>;
parentPort!.on('message', (batch: Record<string, unknown>[] | string) => {
  const started = performance.now();
  try {
    const cases = typeof batch === 'string' ? parseNdjson(batch) : batch;
    let findings = 0;
    for (const caseData of cases) findings += evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true }).findings.length;
    const result: BatchResult = { cases: cases.length, findings, evaluateMs: performance.now() - started };
    parentPort!.postMessage(result);
  } catch (error) {
    const result: BatchResult = { cases: 0, findings: 0, evaluateMs: performance.now() - started, failure: toWorkerFailure(error) };
    parentPort!.postMessage(result);
  }
});
