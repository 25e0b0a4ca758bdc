/** Validation of rule-set files: schema, rules (facts, paths, operators, codes), overrides and the policy checks, each issue named by JSON pointer. Depends on facts/ and below. */
export * from './policy-checks';
export * from './schema-path';
export * from './validate-rule-set';
export * from './validate-rules';
