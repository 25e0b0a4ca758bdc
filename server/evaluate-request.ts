/**
 * The answer to POST /api/evaluate, one copy for the route (on the request's thread) and the evaluation workers
 * (large batches on a thread of their own): one case, a batch, or provider data, with the role's batch limit.
 */
import { evaluateCaseFast, evaluateCaseWith, evaluateProviders, resolveCaseInput, type EvaluateOptions } from '../engine/src/evaluate';
import { isSturingError } from '../engine/src/model';
import { ApiError } from './api-error';
import type { EvaluationCache } from './cache/evaluation-cache';
import type { BatchEvaluation, EvaluateRequest } from './contract';
import { statusOf } from './http/problem';
import type { Role } from './store/token-store';

/** Explained cases per batch by role: an explanation costs ~0.4 ms a case, so a lezer's batch stays well under a second. */
export const EXPLAINED_BATCH_LIMIT: Record<Role, number> = {
  lezer: 2_000,
  beleidsmedewerker: 2_000,
  vaststeller: 2_000,
  tester: 10_000,
  beheerder: 10_000,
};

/** Cases evaluated between two turns of the event loop: health checks and other requests wait at most one slice. */
const SLICE = 25;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Evaluates a checked request body (see the `evaluate` request schema) as `role`. */
export async function answerEvaluateRequest(cache: EvaluationCache, body: EvaluateRequest, role: Role): Promise<unknown> {
  const options: EvaluateOptions = { asOf: body.asOf, version: body.version, rulesetId: body.ruleset, kennisdatum: body.kennisdatum };
  const view = await cache.current();
  if (body.providers !== undefined) return evaluateProviders(view, body.providers, options);
  // An audit with the reference engine always explains; otherwise the compiled evaluator, traced when explanations are asked.
  const explained = body.uitleg !== false || body.engine === 'referentie';
  const evaluate = async (caseData: unknown) => {
    const input = await resolveCaseInput(view, caseData, options, view.sharedRulesOf);
    return explained ? evaluateCaseWith(input, { cache: cache.prepared, engine: body.engine }) : evaluateCaseFast(input, { cache: cache.prepared });
  };
  if (!body.cases) return evaluate(body.case);
  const limit = EXPLAINED_BATCH_LIMIT[role];
  if (body.uitleg !== false && body.cases.length > limit)
    throw new ApiError(
      'VERZOEK_ONGELDIG',
      'Batch te groot voor uitleg',
      `/cases: ${body.cases.length} casussen met uitleg; de rol ${role} mag er ${limit} per verzoek. Splits de batch of vraag uitleg: false (tot 10.000).`,
      [{ path: '/cases', message: `meer dan ${limit} casussen met uitleg` }],
    );
  const decisions: BatchEvaluation['decisions'] = [];
  for (const [index, caseData] of body.cases.entries()) {
    if (index > 0 && index % SLICE === 0) await nextTurn();
    try {
      decisions.push({ index, decision: await evaluate(caseData) });
    } catch (error) {
      if (!isSturingError(error)) throw error;
      decisions.push({ index, error: { code: error.code, status: statusOf(error.code), detail: error.message, issues: error.issues } });
    }
  }
  const answer: BatchEvaluation = { decisions, summary: { total: decisions.length, errors: decisions.filter((d) => 'error' in d).length } };
  return answer;
}
