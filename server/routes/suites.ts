/**
 * Regression suites of a rule set: read them with their judgements, see which
 * cases a draft changes, and judge a changed case as intended (the
 * expectation follows, with history) or as a regression (publishing keeps
 * refusing). Reading needs lezen, judging testen.
 */
import { Router, type Request } from 'express';
import { ApiError } from '../api-error';
import { actorOf, requirePermission } from '../http/auth';
import { param } from '../http/param';
import { validateBody } from '../http/validate-body';
import { reviewSuiteCase, suiteChanges, type ReviewRequest } from '../impact-suite-review';
import type { RuleStore } from '../store/rule-store';
import { listSuiteReviews } from '../store/suite-reviews';

function rulesetId(req: Request): string {
  return `${param(req, 'region')}/${param(req, 'domain')}/${param(req, 'segment')}`;
}

function caseIndex(value: string): number {
  if (!/^\d{1,6}$/.test(value))
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `index moet een geheel getal vanaf 0 zijn, niet "${value}".`, [
      { path: '/index', message: 'geen geheel getal vanaf 0' },
    ]);
  return Number(value);
}

export function suiteRoutes(store: RuleStore, now: () => string): Router {
  const router = Router();
  const base = '/rulesets/:region/:domain/:segment';

  router.get(`${base}/suites`, requirePermission('lezen'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    res.json({ suites: await store.listSuites(id), beoordelingen: await listSuiteReviews(store, id) });
  });

  router.get(`${base}/drafts/:draftId/suite-changes`, requirePermission('lezen'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    res.json(await suiteChanges(store, id, param(req, 'draftId')));
  });

  router.post(`${base}/suites/:suiteId/cases/:index/beoordeling`, requirePermission('testen'), validateBody('suiteReview'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    const result = await reviewSuiteCase(store, id, param(req, 'suiteId'), caseIndex(param(req, 'index')), req.body as ReviewRequest, actorOf(req), now());
    res.status(201).json(result);
  });
  return router;
}
