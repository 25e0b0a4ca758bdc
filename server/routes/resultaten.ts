/** POST /api/resultaten: the provider outcome report of resultaatsturing, the same as `sturing resultaten`. */
import { Router } from 'express';
import { chooseVersion } from '../../engine/src/evaluate';
import { buildOutcomeReport, readOutcomeData } from '../../engine/src/outcomes';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import { validateBody } from '../http/validate-body';
import type { Clock, RuleStore } from '../store/rule-store';

interface ResultatenBody {
  gegevens: { ruleset?: unknown };
  ruleset?: string;
  asOf?: string;
  perceel?: string;
}

export function resultatenRoutes(store: RuleStore, clock: Clock): Router {
  const router = Router();
  router.post('/resultaten', requirePermission('lezen'), validateBody('resultaten'), async (req, res) => {
    const body = req.body as ResultatenBody;
    const rulesetId = body.ruleset ?? (typeof body.gegevens.ruleset === 'string' ? body.gegevens.ruleset : undefined);
    if (!rulesetId)
      throw new ApiError('VERZOEK_ONGELDIG', 'Regelset ontbreekt', 'Noem de regelset in het verzoek (ruleset) of in de gegevens.', [
        { path: '/ruleset', message: 'ontbreekt' },
      ]);
    const asOf = body.asOf ?? clock.now().toISOString().slice(0, 10);
    const ruleSet = await chooseVersion(store, rulesetId, asOf);
    res.json(buildOutcomeReport(ruleSet, readOutcomeData(body.gegevens, ruleSet.policy), body.perceel));
  });
  return router;
}
