/**
 * How an evaluation error crosses a worker-thread boundary: postMessage
 * cannot carry an Error's class, so a worker sends a plain failure and the
 * main thread turns it back into a SturingError (code, Dutch message, issues)
 * or a plain Error. One copy for the CLI's impact workers, the server's
 * impact worker and the benchmark workers.
 */
import { SturingError, isSturingError, type ErrorCode, type Issue } from '../model/errors';

/** An error as a worker posts it. */
export interface WorkerFailure {
  code?: ErrorCode;
  message: string;
  issues?: Issue[];
}

/** The failure to post for an error thrown in a worker. */
export function toWorkerFailure(error: unknown): WorkerFailure {
  if (isSturingError(error)) return { code: error.code, message: error.message, issues: error.issues };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error to throw on the main thread for a posted failure. */
export function fromWorkerFailure(failure: WorkerFailure | undefined, fallback = 'worker faalde'): Error {
  if (failure?.code) return new SturingError(failure.code, failure.message, failure.issues ?? []);
  return new Error(failure?.message ?? fallback);
}
