/** Health, the signed-in user, regions, audit (tokens: routes/tokens.ts). */
import { Router } from 'express';
import type { Health } from '../contract';
import { requirePermission } from '../http/auth';
import type { RuleStore } from '../store/rule-store';
import { ENGINE_VERSION } from '../../engine/src/model';
import { buildOpenApi } from '../openapi';

export function healthRoute(store: RuleStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    await store.listRuleSetIds();
    const health: Health = { status: 'ok', engineVersion: ENGINE_VERSION, store: store.handle.dialect };
    res.json(health);
  });
  return router;
}

export function miscRoutes(store: RuleStore): Router {
  const router = Router();
  const openApi = buildOpenApi();
  router.get('/openapi.json', requirePermission('lezen'), (_req, res) => {
    res.json(openApi);
  });
  router.get('/me', requirePermission('lezen'), (req, res) => {
    res.json({ role: req.user?.role, name: req.user?.name });
  });
  router.get('/regions', requirePermission('lezen'), async (_req, res) => {
    res.json({ regions: await store.listRegions() });
  });
  router.get('/audit', requirePermission('lezen'), async (req, res) => {
    const target = typeof req.query.target === 'string' ? req.query.target : undefined;
    const limit = Math.min(Math.max(Number(req.query.limit) || 200, 1), 1000);
    res.json({ entries: await store.listAudit({ target, limit }) });
  });
  return router;
}
