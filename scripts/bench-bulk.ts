/**
 * Bulk measurement (c): batches of cases go to a pool of worker threads (one
 * per core), one message per batch, two batches in flight per worker; the
 * clock runs from the first batch sent to the last answer, so copying (and,
 * for text batches, parsing) is included.
 */
import { Worker } from 'node:worker_threads';
import type { EvaluationInput } from '../engine/src/evaluate';
import { fromWorkerFailure } from '../engine/src/evaluate';
import type { BatchResult } from './bench-worker';

/** Case objects (structured-cloned by postMessage) or NDJSON text (parsed by the worker). */
export type Batch = Record<string, unknown>[] | string;

export interface BulkResult {
  casesPerSecond: number;
  /** Throughput of the work inside the workers alone, summed over workers: the rest is messaging and copying. */
  workerCasesPerSecond: number;
  findings: number;
}

interface PooledWorker {
  worker: Worker;
  send: (batch: Batch) => Promise<BatchResult>;
}

function startWorker(input: Pick<EvaluationInput, 'ruleSet' | 'region' | 'sharedRules'>): PooledWorker {
  const worker = new Worker(new URL('./bench-worker.mjs', import.meta.url), { workerData: input });
  // Answers come back in the order the batches were sent.
  const waiting: { resolve: (result: BatchResult) => void; reject: (error: unknown) => void }[] = [];
  worker.on('message', (result: BatchResult) => {
    const next = waiting.shift()!;
    if (result.failure) next.reject(fromWorkerFailure(result.failure, 'benchworker faalde'));
    else next.resolve(result);
  });
  worker.on('error', (error) => waiting.splice(0).forEach((w) => w.reject(error)));
  const send = (batch: Batch): Promise<BatchResult> =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(batch);
    });
  return { worker, send };
}

/** Evaluates every batch on `threads` workers; `warmUp` is evaluated by each worker before the clock starts. */
export async function measureBulk(
  batches: readonly Batch[],
  warmUp: Batch,
  input: Pick<EvaluationInput, 'ruleSet' | 'region' | 'sharedRules'>,
  threads: number,
): Promise<BulkResult> {
  const workers = Array.from({ length: threads }, () => startWorker(input));
  try {
    await Promise.all(workers.map((w) => w.send(warmUp)));
    let next = 0;
    let cases = 0;
    let findings = 0;
    let workerMs = 0;
    const started = performance.now();
    const lane = async (w: PooledWorker): Promise<void> => {
      while (next < batches.length) {
        const result = await w.send(batches[next++]);
        cases += result.cases;
        findings += result.findings;
        workerMs += result.evaluateMs;
      }
    };
    await Promise.all(workers.flatMap((w) => [lane(w), lane(w)]));
    const seconds = (performance.now() - started) / 1000;
    return { casesPerSecond: cases / seconds, workerCasesPerSecond: (cases * threads) / (workerMs / 1000), findings };
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
