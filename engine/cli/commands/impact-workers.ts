/**
 * Tallies batches of cases on worker threads (impact-worker.ts), one batch
 * per message and two in flight per worker; batches are pulled from an
 * (async) iterable only when a worker is free, so a streamed input never
 * sits in memory whole. The tallies come back indexed by batch, so merging
 * them in order gives the tally of one run.
 */
import { Worker } from 'node:worker_threads';
import { fromWorkerFailure, type WorkerFailure } from '../../src/evaluate/worker-error';
import type { ImpactTally, TallyInput } from '../../src/impact/impact-tally';
import { batchSize, type CaseBatch } from './impact-input';

type Answer = { index: number; tally?: ImpactTally; failure?: WorkerFailure };

/** Tallies every batch on `threads` workers; `onBatch` hears how many cases each finished batch held. */
export async function tallyOnWorkers(
  input: TallyInput,
  batches: Iterable<CaseBatch> | AsyncIterable<CaseBatch>,
  threads: number,
  onBatch: (cases: number) => void,
): Promise<ImpactTally[]> {
  const iterator: AsyncIterator<CaseBatch> | Iterator<CaseBatch> =
    Symbol.asyncIterator in batches ? (batches as AsyncIterable<CaseBatch>)[Symbol.asyncIterator]() : (batches as Iterable<CaseBatch>)[Symbol.iterator]();
  const tallies: ImpactTally[] = [];
  const sizes = new Map<number, number>();
  let next = 0;
  let done = false;
  // One pull at a time: the iterator is shared by all workers.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<{ index: number; batch: CaseBatch } | undefined> => {
    const result = pulling.then(async () => {
      if (done) return undefined;
      const step = await iterator.next();
      if (step.done) {
        done = true;
        return undefined;
      }
      return { index: next++, batch: step.value };
    });
    pulling = result.catch(() => undefined);
    return result;
  };
  // A worker holds at most two batches: a small heap makes it collect early, so memory stays flat whatever the input.
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./impact-worker.mjs', import.meta.url), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
      }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            let finished = false;
            const send = (): void => {
              pull().then((work) => {
                if (!work) {
                  finished = true;
                  if (inFlight === 0) resolve();
                  return;
                }
                inFlight++;
                sizes.set(work.index, batchSize(work.batch));
                worker.postMessage(work);
              }, reject);
            };
            worker.on('message', ({ index, tally, failure }: Answer) => {
              inFlight--;
              if (failure) {
                reject(fromWorkerFailure(failure));
                return;
              }
              tallies[index] = tally!;
              onBatch(sizes.get(index) ?? 0);
              sizes.delete(index);
              if (finished) {
                if (inFlight === 0) resolve();
              } else send();
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
  return tallies.filter((t) => t !== undefined);
}
