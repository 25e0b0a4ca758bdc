/** POST /api/evaluate: the same decision the CLI prints, for one case or a batch. */
import { Router } from 'express';
import { BatchEvaluator } from '../../engine/src/evaluate/batch-evaluator';
import { isSturingError } from '../../engine/src/model/errors';
import { evaluateProviders } from '../../engine/src/evaluate/evaluate-providers';
import { requirePermission } from '../http/auth';
import { statusOf } from '../http/problem';
import { validateBody } from '../http/validate-body';
import type { RuleStore } from '../store/rule-store';

interface EvaluateBody {
  case?: unknown;
  providers?: unknown;
  cases?: unknown[];
  asOf?: string;
  version?: number;
  ruleset?: string;
  /** False runs the compiled evaluator (findings without explanations); default true. */
  uitleg?: boolean;
}

export function evaluateRoutes(store: RuleStore): Router {
  const router = Router();
  router.post('/evaluate', requirePermission('lezen'), validateBody('evaluate'), async (req, res) => {
    const body = req.body as EvaluateBody;
    const options = { asOf: body.asOf, version: body.version, rulesetId: body.ruleset };
    if (body.providers !== undefined) {
      res.json(await evaluateProviders(store, body.providers, options));
      return;
    }
    const batch = new BatchEvaluator(store);
    const evaluate = body.uitleg === false ? batch.fast.bind(batch) : batch.explained.bind(batch);
    if (body.cases) {
      const decisions = [];
      for (const [index, caseData] of body.cases.entries()) {
        try {
          decisions.push({ index, decision: await evaluate(caseData, options) });
        } catch (error) {
          if (!isSturingError(error)) throw error;
          decisions.push({ index, error: { code: error.code, status: statusOf(error.code), detail: error.message, issues: error.issues } });
        }
      }
      res.json({ decisions, summary: { total: decisions.length, errors: decisions.filter((d) => 'error' in d).length } });
      return;
    }
    res.json(await evaluate(body.case, options));
  });
  return router;
}
