/** What crosses the evaluation workers' thread boundary: a job, and an answer or a failure that becomes the same error again. */
import { fromWorkerFailure, toWorkerFailure, type WorkerFailure } from '../engine/src/evaluate';
import type { Issue } from '../engine/src/model';
import { ApiError, type ApiErrorCode } from './api-error';
import type { Role } from './store/token-store';

export interface EvaluateJob {
  id: number;
  /** The request body as text. */
  text: string;
  role: Role;
}

export type EvaluateFailure =
  | { kind: 'api'; code: ApiErrorCode; title: string; detail: string; issues: Issue[]; extra: Record<string, unknown> }
  | { kind: 'json'; message: string }
  | ({ kind: 'engine' } & WorkerFailure);

export type EvaluateOutcome = { id: number; json: string } | { id: number; failure: EvaluateFailure };

export function failureOf(error: unknown): EvaluateFailure {
  if (error instanceof ApiError) return { kind: 'api', code: error.code, title: error.title, detail: error.detail, issues: error.issues, extra: error.extra };
  return { kind: 'engine', ...toWorkerFailure(error) };
}

/** The error the request's thread throws: an ApiError, a SturingError, or the body parser's own kind for bad JSON. */
export function errorOf(failure: EvaluateFailure): Error {
  if (failure.kind === 'api') return new ApiError(failure.code, failure.title, failure.detail, failure.issues, failure.extra);
  if (failure.kind === 'json') return Object.assign(new SyntaxError(failure.message), { type: 'entity.parse.failed', status: 400 });
  return fromWorkerFailure(failure, 'evaluatieworker faalde');
}
