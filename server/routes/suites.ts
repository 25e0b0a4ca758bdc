/** Regression suites of a rule set: read them (the editor's example cases and regression tab). */
import { Router } from 'express';
import { requirePermission } from '../http/auth';
import { param } from '../http/param';
import type { RuleStore } from '../store/rule-store';

export function suiteRoutes(store: RuleStore): Router {
  const router = Router();
  router.get('/rulesets/:region/:domain/:segment/suites', requirePermission('lezen'), async (req, res) => {
    const id = `${param(req, 'region')}/${param(req, 'domain')}/${param(req, 'segment')}`;
    await store.requireRuleSet(id);
    res.json({ suites: await store.listSuites(id) });
  });
  return router;
}
