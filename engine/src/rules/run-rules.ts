/**
 * Runs prepared rules on facts with json-rules-engine, the reference
 * semantics. A new Engine per evaluation: a shared engine drops rules under
 * concurrent runs (docs/style.md, hazards).
 */
import { Engine, Rule, type RuleResult } from 'json-rules-engine';
import { cloneJson } from '../json/clone-json';
import { resolveFactPath } from './fact-path';
import { CUSTOM_OPERATORS } from './operators';
import type { ExpandedRule } from './expand-rules';

/** The evaluated condition tree of each rule, by rule id. */
export type RuleOutcomes = Map<string, { fired: boolean; conditions: unknown }>;

function toEngineRule({ rule }: ExpandedRule): Rule {
  return new Rule({
    name: rule.id,
    priority: rule.priority ?? 1,
    conditions: cloneJson(rule.conditions) as never,
    event: { type: rule.event.type },
  });
}

/** Evaluates every rule; returns for each whether it fired and its evaluated conditions. */
export async function runRules(rules: readonly ExpandedRule[], facts: Record<string, unknown>): Promise<RuleOutcomes> {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveFactPath });
  for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator.name, operator.evaluate);
  for (const rule of rules) engine.addRule(toEngineRule(rule));
  const { results, failureResults } = await engine.run(facts);
  const outcomes: RuleOutcomes = new Map();
  const record = (result: RuleResult): void => {
    const json = result.toJSON(false) as unknown as { name: string; result: boolean; conditions: unknown };
    outcomes.set(String(json.name), { fired: json.result === true, conditions: json.conditions });
  };
  results.forEach(record);
  failureResults.forEach(record);
  return outcomes;
}
