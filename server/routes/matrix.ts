/** GET /api/matrix?region=&asOf=: the segment matrix (segments × steering elements per perceel) as JSON. */
import { Router } from 'express';
import { isIsoDate } from '../../engine/src/model';
import { buildSegmentMatrix } from '../../engine/src/policy';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import type { Clock, RuleStore } from '../store/rule-store';

export function matrixRoutes(store: RuleStore, clock: Clock): Router {
  const router = Router();
  router.get('/matrix', requirePermission('lezen'), async (req, res) => {
    const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : clock.now().toISOString().slice(0, 10);
    if (!isIsoDate(asOf))
      throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldige peildatum', `asOf moet een datum JJJJ-MM-DD zijn, niet "${asOf}".`, [
        { path: '/asOf', message: 'geen geldige datum' },
      ]);
    const region = typeof req.query.region === 'string' ? req.query.region : undefined;
    res.json(await buildSegmentMatrix(store, { asOf, region }));
  });
  return router;
}
