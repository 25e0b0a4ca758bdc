/** POST /api/afrekening: the year-end settlement (and with vergelijkMet a funding scenario) from a realisation, as `sturing afrekening`. Read-only: permission lezen. */
import { Router } from 'express';
import type { RuleSetVersion } from '../../engine/src/model';
import { compareSettlements, parseRealisation, settleYear, type Settlement } from '../../engine/src/settlement';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import { validateBody } from '../http/validate-body';
import { draftCandidate } from '../impact-service';
import type { RuleStore } from '../store/rule-store';

interface AfrekeningBody {
  ruleset: string;
  realisatie: Record<string, unknown> | string;
  bestand?: string;
  gemeente?: string;
  versie?: number;
  draftId?: string;
  vergelijkMet?: { versie?: number; draftId?: string };
}

export function afrekeningRoutes(store: RuleStore): Router {
  const router = Router();
  router.post('/afrekening', requirePermission('lezen'), validateBody('afrekening'), async (req, res) => {
    const body = req.body as AfrekeningBody;
    if (body.versie !== undefined && body.draftId !== undefined)
      throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', '/draftId: geef versie of draftId, niet allebei.', [
        { path: '/draftId', message: 'versie en draftId samen' },
      ]);
    const other = body.vergelijkMet;
    if (other && (other.versie === undefined) === (other.draftId === undefined))
      throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', '/vergelijkMet: geef precies één van versie en draftId.', [
        { path: '/vergelijkMet', message: 'precies één van versie en draftId' },
      ]);
    await store.requireRuleSet(body.ruleset);
    const isCsv = typeof body.realisatie === 'string';
    const text = isCsv ? (body.realisatie as string) : JSON.stringify(body.realisatie, null, 2);
    const parsed = parseRealisation(text, body.bestand ?? (isCsv ? 'realisatie.csv' : 'realisatie.json'));
    const run = async (versie: number | undefined, draftId: string | undefined): Promise<Settlement> => {
      const draft: RuleSetVersion | undefined = draftId ? await draftCandidate(store, body.ruleset, draftId) : undefined;
      return settleYear(store, parsed, { rulesetId: body.ruleset, gemeente: body.gemeente, version: versie, draft });
    };
    const afrekening = await run(body.versie, body.draftId);
    if (!other) {
      res.json({ afrekening });
      return;
    }
    const variant = await run(other.versie, other.draftId);
    res.json({ afrekening, variant, vergelijking: compareSettlements(afrekening, variant) });
  });
  return router;
}
