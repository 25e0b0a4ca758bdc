/** POST /api/impact: what changing a rule set from one version to another (or a draft) does to a set of cases. Read-only: permission lezen. */
import { Router } from 'express';
import { requirePermission } from '../http/auth';
import { validateBody } from '../http/validate-body';
import { computeImpactFor, type ImpactRequest } from '../impact-service';
import type { ImpactWorkerPool } from '../impact-worker-pool';
import type { RuleStore } from '../store/rule-store';

export function impactRoutes(store: RuleStore, workers: ImpactWorkerPool): Router {
  const router = Router();
  router.post('/impact', requirePermission('lezen'), validateBody('impact'), async (req, res) => {
    res.json(await computeImpactFor(store, workers, req.body as ImpactRequest));
  });
  return router;
}
