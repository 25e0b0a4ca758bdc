/**
 * Turns json-rules-engine's evaluated condition tree into an explanation,
 * with three-valued logic: a condition on a user-supplied fact that is
 * absent is undecided (null), not false, so the decision can say what to
 * collect instead of silently passing.
 */
import type { ConditionExplanation, Explanation, GroupExplanation } from '../model/decision';
import { findFact, type FactDefinition } from '../facts/facts';
import { resolveFactPath } from '../rules/fact-path';
import { findOperator } from '../rules/operators';

interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  not?: EvaluatedCondition;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
}

function readFact(facts: Record<string, unknown>, fact: string, path?: string): unknown {
  const value = facts[fact];
  return path ? resolveFactPath(value, path) : value;
}

function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';
}

/** Finds the definition of a fact by name (case facts by default, provider facts for provider rules). */
export type FactLookup = (name: string) => FactDefinition | undefined;

function missingInput(fact: string, value: unknown, lookup: FactLookup): boolean {
  return value === undefined && lookup(fact)?.suppliedByUser === true;
}

function combine(type: 'all' | 'any', results: (boolean | null)[]): boolean | null {
  if (type === 'all') return results.includes(false) ? false : results.includes(null) ? null : true;
  return results.includes(true) ? true : results.includes(null) ? null : false;
}

/**
 * Explains one evaluated condition tree, collecting the absent user facts it
 * depended on. `lookup` finds the facts of the rule's subject (default: case facts).
 */
export function explainConditions(
  condition: EvaluatedCondition,
  facts: Record<string, unknown>,
  missing: { fact: string; path?: string }[],
  lookup: FactLookup = findFact,
): Explanation {
  if (condition.all || condition.any) {
    const type = condition.all ? 'all' : 'any';
    const children = (condition.all ?? condition.any ?? []).map((c) => explainConditions(c, facts, missing, lookup));
    const group: GroupExplanation = {
      type,
      held: combine(
        type,
        children.map((c) => c.held),
      ),
      conditions: children,
    };
    return group;
  }
  if (condition.not) {
    const child = explainConditions(condition.not, facts, missing, lookup);
    return { type: 'not', held: child.held === null ? null : !child.held, conditions: [child] };
  }
  const fact = condition.fact ?? '';
  const actual = readFact(facts, fact, condition.path);
  const ref = isFactRef(condition.value) ? condition.value : undefined;
  const expected = ref ? readFact(facts, ref.fact, ref.path) : condition.value;
  const operator = findOperator(condition.operator ?? '');
  const leafMissing: { fact: string; path?: string }[] = [];
  if (missingInput(fact, actual, lookup) && !operator?.acceptsAbsent) leafMissing.push({ fact, path: condition.path });
  if (ref && missingInput(ref.fact, expected, lookup)) leafMissing.push({ fact: ref.fact, path: ref.path });
  missing.push(...leafMissing);
  const explanation: ConditionExplanation = {
    fact,
    ...(condition.path ? { path: condition.path } : {}),
    operator: condition.operator ?? '',
    expected,
    ...(ref ? { expectedFrom: ref } : {}),
    actual,
    held: leafMissing.length > 0 ? null : condition.result === undefined ? null : condition.result,
  };
  return explanation;
}
