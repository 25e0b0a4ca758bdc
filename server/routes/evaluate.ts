/** POST /api/evaluate: the same decision the CLI prints, for one case or a batch. */
import type { RequestHandler } from 'express';
import type { EvaluationCache } from '../cache/evaluation-cache';
import type { EvaluateRequest } from '../contract';
import type { EvaluateWorkerPool } from '../evaluate-worker-pool';
import { answerEvaluateRequest } from '../evaluate-request';
import { requirePermission } from '../http/auth';
import { validateBody } from '../http/validate-body';
import { goesToWorkers } from '../http/worker-body';

export { EXPLAINED_BATCH_LIMIT } from '../evaluate-request';

/** The handlers of POST /api/evaluate after body parsing and authentication (createApp mounts them on the app itself). */
export function evaluateHandlers(cache: EvaluationCache, workers?: EvaluateWorkerPool): RequestHandler[] {
  return [
    requirePermission('lezen'),
    async (req, res, next) => {
      // A large body arrives as text (see http/worker-body.ts): a worker parses, checks and answers it.
      if (!workers || !goesToWorkers(req) || typeof req.body !== 'string') return next();
      res.type('json').send(await workers.evaluate(req.body, req.user?.role ?? 'lezer'));
    },
    validateBody('evaluate'),
    async (req, res) => {
      res.json(await answerEvaluateRequest(cache, req.body as EvaluateRequest, req.user?.role ?? 'lezer'));
    },
  ];
}
