/**
 * The trace of the compiled evaluator: each rule's condition tree compiled
 * once into a closure that records, for every condition, fact, path,
 * operator, expected value (and the fact it came from) and actual value with
 * the three-valued outcome — the same explanation tree the reference path
 * builds from json-rules-engine's results (explain.ts), and the same absent
 * user facts. Only run when a trace is asked for; the untraced path never
 * touches it.
 */
import type { ConditionExplanation, Explanation, GroupExplanation } from '../../model/decision';
import { cloneJson } from '../../json/clone-json';
import { parseFactPath } from '../../rules/fact-path';
import { ENGINE_OPERATORS, isFactRef, type ConditionJson, type Facts, type FactLookup, type Outcome } from './compile-rules';

/** A traced condition: its explanation, pushing the absent user facts it depended on onto `missing`. */
export type TracedCondition = (facts: Facts, missing: { fact: string; path?: string }[]) => Explanation;

/** Reads a fact as explain.ts does: a path on a non-object (or a missing step) gives undefined. */
function explainReader(fact: string, path: string | undefined): (facts: Facts) => unknown {
  if (!path) return (facts) => facts[fact];
  const keys = parseFactPath(path);
  return (facts) => {
    let current = facts[fact];
    for (let i = 0; i < keys.length; i++) {
      if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, keys[i])) return undefined;
      current = (current as Record<string, unknown>)[keys[i]];
    }
    return current;
  };
}

/** Reads a fact as json-rules-engine's almanac does: a path on a non-object gives the value itself. */
function engineReader(fact: string, path: string | undefined, explained: (facts: Facts) => unknown): (facts: Facts) => unknown {
  if (!path) return explained;
  return (facts) => {
    const raw = facts[fact];
    return raw != null && typeof raw === 'object' ? explained(facts) : raw;
  };
}

/** Kleene logic, as explain.ts combines: all is false with a false child, any true with a true child; else undecided with an undecided child. */
function combine(type: 'all' | 'any', children: readonly Explanation[]): Outcome {
  const decisive = type === 'any';
  let sawNull = false;
  for (let i = 0; i < children.length; i++) {
    const held = children[i].held;
    if (held === decisive) return decisive;
    if (held === null) sawNull = true;
  }
  return sawNull ? null : !decisive;
}

function traceLeaf(condition: ConditionJson, lookup: FactLookup): TracedCondition {
  const fact = condition.fact ?? '';
  const operatorName = condition.operator ?? '';
  if (!Object.prototype.hasOwnProperty.call(ENGINE_OPERATORS, operatorName)) throw new Error(`Onbekende operator: ${operatorName}`);
  const operator = ENGINE_OPERATORS[operatorName];
  const op = operator.fn;
  const path = condition.path;
  const actualOf = explainReader(fact, path);
  const engineActualOf = engineReader(fact, path, actualOf);
  const factMissing = lookup(fact)?.suppliedByUser === true && !operator.acceptsAbsent;
  const missingEntry = { fact, path };
  if (isFactRef(condition.value)) {
    const ref = cloneJson(condition.value);
    const expectedOf = explainReader(ref.fact, ref.path);
    const engineExpectedOf = engineReader(ref.fact, ref.path, expectedOf);
    const refMissing = lookup(ref.fact)?.suppliedByUser === true;
    const refEntry = { fact: ref.fact, path: ref.path };
    return (facts, missing) => {
      const actual = actualOf(facts);
      const expected = expectedOf(facts);
      const result = op(engineActualOf(facts), engineExpectedOf(facts));
      let undecided = false;
      if (factMissing && actual === undefined) {
        missing.push(missingEntry);
        undecided = true;
      }
      if (refMissing && expected === undefined) {
        missing.push(refEntry);
        undecided = true;
      }
      const explanation: ConditionExplanation = path
        ? { fact, path, operator: operatorName, expected, expectedFrom: ref, actual, held: undecided ? null : result }
        : { fact, operator: operatorName, expected, expectedFrom: ref, actual, held: undecided ? null : result };
      return explanation;
    };
  }
  const value = cloneJson(condition.value);
  return (facts, missing) => {
    const actual = actualOf(facts);
    const result = op(engineActualOf(facts), value); // the reference evaluates (and may throw) here too
    let held: Outcome = result;
    if (factMissing && actual === undefined) {
      missing.push(missingEntry);
      held = null;
    }
    const explanation: ConditionExplanation = path
      ? { fact, path, operator: operatorName, expected: value, actual, held }
      : { fact, operator: operatorName, expected: value, actual, held };
    return explanation;
  };
}

/** Compiles one condition tree into its tracer (throws where compileCondition throws). */
export function compileTrace(condition: ConditionJson, lookup: FactLookup): TracedCondition {
  if (condition.priority !== undefined) throw new Error('Prioriteiten op voorwaarden worden door de gecompileerde evaluator niet ondersteund.');
  if (condition.condition !== undefined) throw new Error('Voorwaardeverwijzingen worden door de gecompileerde evaluator niet ondersteund.');
  if (condition.all || condition.any) {
    const type = condition.all ? 'all' : 'any';
    const children = (condition.all ?? condition.any ?? []).map((c) => compileTrace(c, lookup));
    const n = children.length;
    return (facts, missing) => {
      const conditions: Explanation[] = new Array(n);
      for (let i = 0; i < n; i++) conditions[i] = children[i](facts, missing);
      const group: GroupExplanation = { type, held: combine(type, conditions), conditions };
      return group;
    };
  }
  if (condition.not) {
    const child = compileTrace(condition.not, lookup);
    return (facts, missing) => {
      const explained = child(facts, missing);
      const group: GroupExplanation = { type: 'not', held: explained.held === null ? null : !explained.held, conditions: [explained] };
      return group;
    };
  }
  return traceLeaf(condition, lookup);
}
