/** Worker-thread entry of `sturing impact`: parses and tallies each batch of cases it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { toWorkerFailure } from '../../src/evaluate/worker-error';
import { tallyImpact, type TallyInput } from '../../src/impact/impact-tally';
import { casesOf, type CaseBatch } from './impact-input';

const input = workerData as TallyInput;
parentPort!.on('message', ({ index, batch }: { index: number; batch: CaseBatch }) => {
  try {
    parentPort!.postMessage({ index, tally: tallyImpact(input, casesOf(batch)) });
  } catch (error) {
    parentPort!.postMessage({ index, failure: toWorkerFailure(error) });
  }
});
