/** Worker-thread entry: computes population impacts one message at a time, so generating and evaluating 50,000 cases never blocks the server. */
import { parentPort } from 'node:worker_threads';
import { isSturingError } from '../engine/src/model';
import { computePopulationImpact, type PopulationImpactJob } from './impact-population';

parentPort?.on('message', async ({ id, job }: { id: number; job: PopulationImpactJob }) => {
  try {
    parentPort?.postMessage({ id, report: await computePopulationImpact(job) });
  } catch (error) {
    const failure = isSturingError(error)
      ? { code: error.code, message: error.message, issues: error.issues }
      : { message: error instanceof Error ? error.message : String(error) };
    parentPort?.postMessage({ id, error: failure });
  }
});
