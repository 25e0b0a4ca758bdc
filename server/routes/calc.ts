/** The funding models over HTTP: same input and output as `sturing calc`. */
import { Router } from 'express';
import { calculateFunding, listFundingModels } from '../../engine/src/funding';
import { ApiError } from '../api-error';
import { requirePermission } from '../http/auth';
import { param } from '../http/param';
import { findHostileShape } from '../http/validate-body';

export function calcRoutes(): Router {
  const router = Router();
  router.get('/calc', requirePermission('lezen'), (_req, res) => {
    res.json({ models: listFundingModels() });
  });
  router.post('/calc/:model', requirePermission('lezen'), (req, res) => {
    if (!req.is('application/json'))
      throw new ApiError('MEDIATYPE_ONGELDIG', 'Verkeerd mediatype', 'Stuur de invoer als JSON (Content-Type: application/json).');
    const hostile = findHostileShape(req.body);
    if (hostile) throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${hostile.path}: ${hostile.message}`, [hostile]);
    res.json(calculateFunding(param(req, 'model'), req.body));
  });
  return router;
}
