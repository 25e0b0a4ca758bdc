/** GET /api/analyse?ruleset=|region=&asOf= (published versions) and POST /api/analyse { ruleset, draftId | document, asOf } (a draft): the policy analysis. Read-only: permission lezen. */
import { Router } from 'express';
import { analyseFor, checkAnalyseRequest } from '../analysis-service';
import { requirePermission } from '../http/auth';
import type { RuleStore } from '../store/rule-store';

export function analyseRoutes(store: RuleStore): Router {
  const router = Router();
  router.get('/analyse', requirePermission('lezen'), async (req, res) => {
    const query = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    res.json(await analyseFor(store, checkAnalyseRequest(query)));
  });
  router.post('/analyse', requirePermission('lezen'), async (req, res) => {
    res.json(await analyseFor(store, checkAnalyseRequest(req.body ?? {})));
  });
  return router;
}
