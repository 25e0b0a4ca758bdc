/** The evaluation pipeline: prepare a rule set, evaluate a case or provider data (reference path on json-rules-engine with explanations; compiled path in compile/), collect findings into a decision. Depends on facts/ and below. */
export * from './batch-evaluator';
export * from './evaluate';
export * from './evaluate-case';
export * from './evaluate-providers';
export * from './explain';
export * from './finding-collector';
export * from './prepare-rule-set';
export * from './compile/compiled-evaluate';
export * from './compile/fast-decision';
