/**
 * Evaluation workers: large POST /api/evaluate bodies (batches) are parsed, checked, evaluated and serialised on
 * worker threads (server/evaluate-worker.ts), so a batch uses the machine's other cores and the request's thread
 * stays free for single cases. Each worker opens the store on a connection of its own. Workers start with the pool, are
 * unref'd (they never keep the process alive) and are replaced after a crash; a job goes to the least busy one.
 */
import type { Worker } from 'node:worker_threads';
import { errorOf, type EvaluateOutcome } from './evaluate-worker-messages';
import type { DatabaseConfig } from './store/database';
import type { Role } from './store/token-store';
import { startTsWorker } from './ts-worker';

interface Slot {
  worker: Worker | undefined;
  pending: Map<number, { resolve: (json: string) => void; reject: (error: Error) => void }>;
}

export class EvaluateWorkerPool {
  private readonly slots: Slot[];
  private nextId = 1;

  constructor(
    private readonly config: DatabaseConfig,
    size: number,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: undefined, pending: new Map() }));
    // Started now, not on the first batch: loading the engine and opening the store takes a few seconds.
    for (const slot of this.slots) slot.worker = this.start(slot);
  }

  /** The answer (JSON text) to an evaluate request body, or the error the route would have thrown. */
  evaluate(text: string, role: Role): Promise<string> {
    const slot = this.slots.reduce((least, s) => (s.pending.size < least.pending.size ? s : least));
    const worker = (slot.worker ??= this.start(slot));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, role });
    });
  }

  /** Stops the workers (tests, shutdown); waiting jobs fail. */
  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = undefined;
        if (worker) await worker.terminate();
      }),
    );
  }

  private start(slot: Slot): Worker {
    const worker = startTsWorker(new URL('./evaluate-worker.ts', import.meta.url), { workerData: { config: this.config } });
    worker.unref();
    worker.on('message', (outcome: EvaluateOutcome) => {
      const waiting = slot.pending.get(outcome.id);
      if (!waiting) return;
      slot.pending.delete(outcome.id);
      if ('json' in outcome) waiting.resolve(outcome.json);
      else waiting.reject(errorOf(outcome.failure));
    });
    const failAll = (error: Error): void => {
      if (slot.worker === worker) slot.worker = undefined;
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`evaluatieworker gestopt (code ${code})`)));
    return worker;
  }
}
