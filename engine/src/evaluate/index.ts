/**
 * The evaluation pipeline: check input → resolve region, version, override → prepare (cached by content, PreparedCache)
 * → evaluate with the compiled evaluator (traced when explanations are wanted) → decision; for cases and provider data.
 * The reference path (json-rules-engine) only through `engine: 'referentie'`. Depends on facts/ and below.
 *
 * Surface:
 * - evaluateCase(repository, case, options) / evaluateProviders(repository, data, options): resolve and evaluate, full decision.
 * - evaluateCaseWith(input, options) / evaluateProvidersWith(input, options): the same for a resolved input.
 * - evaluateCaseCompiled(input, { trace }): the compiled evaluator; `trace: false` = evaluateCaseFast (findings without
 *   explanations, for bulk work), otherwise evaluateCaseTraced (the full decision).
 * - evaluateCaseTraced / evaluateProvidersTraced(input, { observer }): synchronous traced evaluation; the observer sees every rule's trace.
 * - PreparedCache: the cache of prepared and compiled rule sets a server owns (pass it as `cache`).
 * - BatchEvaluator: many cases against one repository (reads once per batch).
 */
export * from './batch-evaluator';
export * from './check-input';
export * from './evaluate';
export * from './evaluate-case';
export * from './evaluate-providers';
export * from './evaluation-input';
export * from './explain';
export * from './finding-collector';
export * from './missing-facts';
export * from './prepare-rule-set';
export * from './prepared-cache';
export * from './reference';
export * from './compile/compiled-evaluate';
export * from './compile/fast-decision';
export * from './worker-error';
