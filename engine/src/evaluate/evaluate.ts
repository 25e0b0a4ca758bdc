/**
 * The evaluation pipeline for a case given its rule set: check the input,
 * prepare (cached by content), evaluate with the compiled evaluator, traced
 * so every finding is explained — or, with `engine: 'referentie'`, on
 * json-rules-engine for an audit.
 */
import type { Decision } from '../model/decision';
import { evaluateCaseTraced, type TraceObserver } from './compile/compiled-evaluate';
import type { EngineChoice, EvaluationInput } from './evaluation-input';
import type { PreparedCache } from './prepared-cache';
import { evaluateCaseReference } from './reference';

export { assertValidCase } from './check-input';
export type { EngineChoice, EvaluationInput } from './evaluation-input';

/** How a decision is computed. */
export interface PipelineOptions {
  /** Default the compiled evaluator; `referentie` runs json-rules-engine (the reference semantics). */
  engine?: EngineChoice;
  /** Prepared and compiled rule sets; default the engine's own cache. A server passes the one it owns. */
  cache?: PreparedCache;
  /** Receives every rule's trace (compiled path only). */
  observer?: TraceObserver;
}

/** Evaluates one case under one rule-set version and returns the decision with explanations. */
export async function evaluateCaseWith(input: EvaluationInput, options: PipelineOptions = {}): Promise<Decision> {
  if (options.engine === 'referentie') return evaluateCaseReference(input);
  return evaluateCaseTraced(input, { cache: options.cache, observer: options.observer });
}
