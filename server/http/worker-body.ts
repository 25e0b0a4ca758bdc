/**
 * Which requests go to the evaluation workers: a POST /api/evaluate with a JSON body of at least
 * WORKER_BODY_BYTES (a batch, in practice). Their body is read as text and parsed on the worker, so the request's
 * thread neither parses nor evaluates it; every other JSON body is parsed here as before.
 */
import type { Request } from 'express';

/** A batch of about 200 cases and up. */
export const WORKER_BODY_BYTES = 256 * 1024;

export const JSON_TYPES = ['application/json', 'application/*+json'];

/** True when the evaluation workers answer this request (only when the app runs workers). */
export function goesToWorkers(req: Request): boolean {
  return req.method === 'POST' && req.path === '/evaluate' && Number(req.headers['content-length'] ?? 0) >= WORKER_BODY_BYTES && Boolean(req.is(JSON_TYPES));
}
