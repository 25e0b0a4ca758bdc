/**
 * Tallies batches of cases on worker threads (impact-worker.ts), one batch
 * per message and two in flight per worker; the tallies come back indexed
 * by batch, so merging them in order gives the tally of one run.
 */
import { Worker } from 'node:worker_threads';
import { fromWorkerFailure, type WorkerFailure } from '../../src/evaluate/worker-error';
import type { ImpactTally, TallyInput } from '../../src/impact/impact-tally';
import { batchSize, type CaseBatch } from './impact-input';

type Answer = { index: number; tally?: ImpactTally; failure?: WorkerFailure };

/** Tallies every batch on `threads` workers; `onBatch` hears how many cases each finished batch held. */
export async function tallyOnWorkers(
  input: TallyInput,
  batches: readonly CaseBatch[],
  threads: number,
  onBatch: (cases: number) => void,
): Promise<ImpactTally[]> {
  const tallies: ImpactTally[] = new Array(batches.length);
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () => new Worker(new URL('./impact-worker.mjs', import.meta.url), { workerData: input }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = (): void => {
              if (next >= batches.length) {
                if (inFlight === 0) resolve();
                return;
              }
              const index = next++;
              inFlight++;
              worker.postMessage({ index, batch: batches[index] });
            };
            worker.on('message', ({ index, tally, failure }: Answer) => {
              inFlight--;
              if (failure) {
                reject(fromWorkerFailure(failure));
                return;
              }
              tallies[index] = tally!;
              onBatch(batchSize(batches[index]));
              send();
            });
            worker.on('error', reject);
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return tallies;
}
