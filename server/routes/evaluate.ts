/** POST /api/evaluate: the same decision the CLI prints, for one case or a batch. */
import { Router } from 'express';
import { evaluateCaseFast, evaluateCaseWith, evaluateProviders, resolveCaseInput, type EvaluateOptions } from '../../engine/src/evaluate';
import { isSturingError } from '../../engine/src/model';
import type { EvaluationCache } from '../cache/evaluation-cache';
import type { BatchEvaluation, EvaluateRequest } from '../contract';
import { requirePermission } from '../http/auth';
import { statusOf } from '../http/problem';
import { validateBody } from '../http/validate-body';

export function evaluateRoutes(cache: EvaluationCache): Router {
  const router = Router();
  router.post('/evaluate', requirePermission('lezen'), validateBody('evaluate'), async (req, res) => {
    const body = req.body as EvaluateRequest;
    const options: EvaluateOptions = { asOf: body.asOf, version: body.version, rulesetId: body.ruleset };
    const view = await cache.current();
    if (body.providers !== undefined) {
      res.json(await evaluateProviders(view, body.providers, options));
      return;
    }
    const explained = body.uitleg !== false;
    const evaluate = async (caseData: unknown) => {
      const input = await resolveCaseInput(view, caseData, options, view.sharedRulesOf);
      return explained ? evaluateCaseWith(input) : evaluateCaseFast(input);
    };
    if (body.cases) {
      const decisions: BatchEvaluation['decisions'] = [];
      for (const [index, caseData] of body.cases.entries()) {
        try {
          decisions.push({ index, decision: await evaluate(caseData) });
        } catch (error) {
          if (!isSturingError(error)) throw error;
          decisions.push({ index, error: { code: error.code, status: statusOf(error.code), detail: error.message, issues: error.issues } });
        }
      }
      const answer: BatchEvaluation = { decisions, summary: { total: decisions.length, errors: decisions.filter((d) => 'error' in d).length } };
      res.json(answer);
      return;
    }
    res.json(await evaluate(body.case));
  });
  return router;
}
