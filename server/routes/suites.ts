/**
 * Regression suites of a rule set: read them with their judgements, see which
 * cases a draft changes, and judge changed cases — one or several at once —
 * as intended (the expectation follows when the draft is published) or as a
 * regression (publishing keeps refusing); withdraw a pending judgement.
 * Reading needs lezen, judging testen.
 */
import { Router, type Request } from 'express';
import { ApiError } from '../api-error';
import { actorOf, requirePermission } from '../http/auth';
import { param } from '../http/param';
import { validateBody } from '../http/validate-body';
import { reviewSuiteCases, suiteChanges, type BatchReviewRequest, type ReviewRequest } from '../impact-suite-review';
import type { RuleStore } from '../store/rule-store';
import { getSuite, listSuiteReviews, withdrawSuiteReview } from '../store/suite-reviews';

function rulesetId(req: Request): string {
  return `${param(req, 'region')}/${param(req, 'domain')}/${param(req, 'segment')}`;
}

function wholeNumber(value: string, name: string): number {
  if (!/^\d{1,9}$/.test(value))
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${name} moet een geheel getal vanaf 0 zijn, niet "${value}".`, [
      { path: `/${name}`, message: 'geen geheel getal vanaf 0' },
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

  router.post(`${base}/drafts/:draftId/beoordelingen`, requirePermission('testen'), validateBody('suiteReviewBatch'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    const beoordelingen = await reviewSuiteCases(store, id, param(req, 'draftId'), req.body as BatchReviewRequest, actorOf(req), now());
    res.status(201).json({ beoordelingen });
  });

  router.delete(`${base}/drafts/:draftId/beoordelingen/:reviewId`, requirePermission('testen'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    await store.getDraft(id, param(req, 'draftId'));
    const beoordeling = await withdrawSuiteReview(store, id, param(req, 'draftId'), wholeNumber(param(req, 'reviewId'), 'reviewId'), actorOf(req));
    res.json({ beoordeling });
  });

  router.post(`${base}/suites/:suiteId/cases/:index/beoordeling`, requirePermission('testen'), validateBody('suiteReview'), async (req, res) => {
    const id = rulesetId(req);
    await store.requireRuleSet(id);
    const { draftId, ...request } = req.body as ReviewRequest;
    const suiteId = param(req, 'suiteId');
    const index = wholeNumber(param(req, 'index'), 'index');
    const [beoordeling] = await reviewSuiteCases(store, id, draftId, { ...request, gevallen: [{ suiteId, index }] }, actorOf(req), now());
    const stored = await getSuite(store, id, suiteId);
    res.status(201).json({ beoordeling, geval: stored.suite.cases[index] });
  });
  return router;
}
