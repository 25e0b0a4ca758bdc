/**
 * Worker-thread entry of the evaluation workers: opens the same store on a connection of its own (so a publish by
 * this or another server instance is seen through the store generation, as on the request's thread), then answers
 * POST /api/evaluate bodies sent as text: parse, check, evaluate, serialise.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EvaluationCache } from './cache/evaluation-cache';
import type { EvaluateRequest } from './contract';
import { answerEvaluateRequest } from './evaluate-request';
import { failureOf, type EvaluateJob, type EvaluateOutcome } from './evaluate-worker-messages';
import { assertBody } from './http/validate-body';
import { openDatabase, type DatabaseConfig } from './store/database';
import { RuleStore } from './store/rule-store';

const cache = new EvaluationCache(new RuleStore(await openDatabase((workerData as { config: DatabaseConfig }).config)));

parentPort?.on('message', async ({ id, text, role }: EvaluateJob) => {
  let outcome: EvaluateOutcome;
  try {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      parentPort?.postMessage({ id, failure: { kind: 'json', message: error instanceof Error ? error.message : String(error) } } satisfies EvaluateOutcome);
      return;
    }
    assertBody('evaluate', body);
    outcome = { id, json: JSON.stringify(await answerEvaluateRequest(cache, body as EvaluateRequest, role)) };
  } catch (error) {
    outcome = { id, failure: failureOf(error) };
  }
  parentPort?.postMessage(outcome);
});
