/**
 * One lazily started worker thread for population impacts (server/impact-worker.ts).
 * Jobs queue in the worker and run one at a time; a bounded queue answers
 * 503 instead of piling up work. The worker is unref'd: it never keeps the
 * process alive, and it is restarted after a crash.
 */
import type { Worker } from 'node:worker_threads';
import { fromWorkerFailure, type WorkerFailure } from '../engine/src/evaluate';
import type { ImpactReport } from '../engine/src/impact';
import { ApiError } from './api-error';
import { startTsWorker } from './ts-worker';
import type { PopulationImpactJob } from './impact-population';

type Failure = WorkerFailure;

export class ImpactWorkerPool {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: ImpactReport) => void; reject: (e: Error) => void }>();

  constructor(private readonly maxQueued = 4) {}

  /** Runs a job in the worker; refuses with TE_DRUK when `maxQueued` jobs are already waiting. */
  run(job: PopulationImpactJob): Promise<ImpactReport> {
    if (this.pending.size >= this.maxQueued)
      throw new ApiError(
        'TE_DRUK',
        'Te veel impactanalyses tegelijk',
        `Er lopen al ${this.pending.size} impactanalyses op een gegenereerde populatie; probeer het over enkele seconden opnieuw.`,
      );
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  /** Stops the worker (tests, shutdown); waiting jobs fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = startTsWorker(new URL('./impact-worker.ts', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, report, error }: { id: number; report?: ImpactReport; error?: Failure }) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (report) waiting.resolve(report);
      else waiting.reject(fromWorkerFailure(error, 'impactworker faalde'));
    });
    const failAll = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`impactworker gestopt (code ${code})`)));
    return worker;
  }
}
