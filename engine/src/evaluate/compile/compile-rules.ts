/**
 * Compiles a prepared rule set's conditions once into plain closures that
 * compute the same three-valued outcome per rule as explain.ts over
 * json-rules-engine's results, without building explanations. The
 * reference engine stays the oracle; this is the path for bulk runs.
 */
import type { ConditionJson as RuleConditionJson } from '../../model/rule-set';
import type { ExpandedRule } from '../../rules/expand-rules';
import { findFact, type FactDefinition } from '../../facts/facts';
import { parseFactPath } from '../../rules/fact-path';
import { CUSTOM_OPERATORS } from '../../rules/operators';
import type { PreparedRuleSet } from '../prepare-rule-set';

/** Three-valued outcome: true (holds), false, or null (undecided by an absent user fact). */
export type Outcome = boolean | null;

/** The facts of one evaluation, by name. */
export type Facts = Record<string, unknown>;

/** A compiled condition: its outcome and the absent user facts it depended on. */
export type CompiledCondition = (facts: Facts, missing: { fact: string; path?: string }[]) => Outcome;

/** One compiled rule. */
export interface CompiledRule {
  expanded: ExpandedRule;
  /** The outcome only, short-circuiting (Kleene logic gives the same value); run `evaluate` when it is null. */
  decide: (facts: Facts) => Outcome;
  /** The outcome with every absent user fact collected, as explain.ts walks the whole tree. */
  evaluate: CompiledCondition;
}

/** A rule condition as written, plus the json-rules-engine features the compiler refuses (condition priority, named conditions). */
export type ConditionJson = RuleConditionJson & { all?: ConditionJson[]; any?: ConditionJson[]; not?: ConditionJson; priority?: number; condition?: string };

/** An operator as the compiled path calls it. */
export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

function numberValidator(value: unknown): boolean {
  return Number.parseFloat(value as string).toString() !== 'NaN';
}

// json-rules-engine's own operators, reproduced literally (validator && callback), so that
// edge cases (strings in `in`, numeric strings in lessThan) behave as in the reference.
export const ENGINE_OPERATORS: Record<string, { fn: OperatorFn; acceptsAbsent: boolean }> = {
  equal: { fn: (a, b) => a === b, acceptsAbsent: false },
  notEqual: { fn: (a, b) => a !== b, acceptsAbsent: false },
  in: { fn: (a, b) => (b as unknown[]).indexOf(a) > -1, acceptsAbsent: false },
  notIn: { fn: (a, b) => (b as unknown[]).indexOf(a) === -1, acceptsAbsent: false },
  contains: { fn: (a, b) => Array.isArray(a) && a.indexOf(b) > -1, acceptsAbsent: false },
  doesNotContain: { fn: (a, b) => Array.isArray(a) && a.indexOf(b) === -1, acceptsAbsent: false },
  lessThan: { fn: (a, b) => numberValidator(a) && (a as number) < (b as number), acceptsAbsent: false },
  lessThanInclusive: { fn: (a, b) => numberValidator(a) && (a as number) <= (b as number), acceptsAbsent: false },
  greaterThan: { fn: (a, b) => numberValidator(a) && (a as number) > (b as number), acceptsAbsent: false },
  greaterThanInclusive: { fn: (a, b) => numberValidator(a) && (a as number) >= (b as number), acceptsAbsent: false },
};
for (const operator of CUSTOM_OPERATORS) ENGINE_OPERATORS[operator.name] = { fn: operator.evaluate, acceptsAbsent: operator.acceptsAbsent };

/** Finds a fact's definition (whether the user supplies it). */
export type FactLookup = (name: string) => FactDefinition | undefined;

/** True when a condition's value is a reference to another fact. */
export function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';
}

function compileGroup(type: 'all' | 'any', children: CompiledCondition[]): CompiledCondition {
  const n = children.length;
  if (type === 'all') {
    return (facts, missing) => {
      let sawNull = false;
      let sawFalse = false;
      // Every child runs (json-rules-engine evaluates a priority set as a whole), so `missing` is complete.
      for (let i = 0; i < n; i++) {
        const r = children[i](facts, missing);
        if (r === false) sawFalse = true;
        else if (r === null) sawNull = true;
      }
      return sawFalse ? false : sawNull ? null : true;
    };
  }
  return (facts, missing) => {
    let sawNull = false;
    let sawTrue = false;
    for (let i = 0; i < n; i++) {
      const r = children[i](facts, missing);
      if (r === true) sawTrue = true;
      else if (r === null) sawNull = true;
    }
    return sawTrue ? true : sawNull ? null : false;
  };
}

/** Compiles one condition tree. Throws on constructs the compiled path does not support (condition references, priorities). */
export function compileCondition(condition: ConditionJson, lookup: FactLookup = findFact): CompiledCondition {
  if (condition.priority !== undefined) throw new Error('Prioriteiten op voorwaarden worden door de gecompileerde evaluator niet ondersteund.');
  if (condition.condition !== undefined) throw new Error('Voorwaardeverwijzingen worden door de gecompileerde evaluator niet ondersteund.');
  if (condition.all || condition.any) {
    const type = condition.all ? 'all' : 'any';
    return compileGroup(
      type,
      (condition.all ?? condition.any ?? []).map((c) => compileCondition(c, lookup)),
    );
  }
  if (condition.not) {
    const child = compileCondition(condition.not, lookup);
    return (facts, missing) => {
      const r = child(facts, missing);
      return r === null ? null : !r;
    };
  }
  const leaf = compileLeaf(condition, lookup);
  return leaf.evaluate;
}

/** A leaf in two forms: outcome only, and outcome with missing facts collected. */
function compileLeaf(condition: ConditionJson, lookup: FactLookup): { decide: (facts: Facts) => Outcome; evaluate: CompiledCondition } {
  const fact = condition.fact ?? '';
  const name = condition.operator ?? '';
  if (!Object.prototype.hasOwnProperty.call(ENGINE_OPERATORS, name)) throw new Error(`Onbekende operator: ${name}`);
  const operator = ENGINE_OPERATORS[name];
  const op = operator.fn;
  const keys = condition.path ? parseFactPath(condition.path) : undefined;
  const factSupplied = lookup(fact)?.suppliedByUser === true && !operator.acceptsAbsent;
  const missingEntry = { fact, path: condition.path };
  // A path on a non-object: json-rules-engine's almanac yields the value itself, explain.ts undefined.
  const walk = (start: unknown, path: string[]): unknown => {
    let current = start;
    for (let i = 0; i < path.length; i++) {
      if (current === null || typeof current !== 'object') return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, path[i])) return undefined;
      current = (current as Record<string, unknown>)[path[i]];
    }
    return current;
  };
  let engineValue: (facts: Facts) => unknown;
  let isMissing: (facts: Facts) => boolean;
  if (!keys) {
    engineValue = (facts) => facts[fact];
    isMissing = factSupplied ? (facts) => facts[fact] === undefined : () => false;
  } else {
    engineValue = (facts) => {
      const raw = facts[fact];
      return raw != null && typeof raw === 'object' ? walk(raw, keys) : raw;
    };
    isMissing = factSupplied ? (facts) => walk(facts[fact], keys) === undefined : () => false;
  }
  if (isFactRef(condition.value)) {
    const ref = condition.value;
    const refKeys = ref.path ? parseFactPath(ref.path) : undefined;
    const refSupplied = lookup(ref.fact)?.suppliedByUser === true;
    const refEntry = { fact: ref.fact, path: ref.path };
    const refValue = refKeys
      ? (facts: Facts) => {
          const raw = facts[ref.fact];
          return raw != null && typeof raw === 'object' ? walk(raw, refKeys) : raw;
        }
      : (facts: Facts) => facts[ref.fact];
    const refMissing = refSupplied
      ? refKeys
        ? (facts: Facts) => walk(facts[ref.fact], refKeys) === undefined
        : (facts: Facts) => facts[ref.fact] === undefined
      : () => false;
    return {
      decide: (facts) => {
        const result = op(engineValue(facts), refValue(facts));
        return isMissing(facts) || refMissing(facts) ? null : result;
      },
      evaluate: (facts, missing) => {
        let undecided = false;
        if (isMissing(facts)) {
          missing.push(missingEntry);
          undecided = true;
        }
        if (refMissing(facts)) {
          missing.push(refEntry);
          undecided = true;
        }
        const result = op(engineValue(facts), refValue(facts));
        return undecided ? null : result;
      },
    };
  }
  const value = condition.value;
  const decide: (facts: Facts) => Outcome =
    keys && keys.length > 0
      ? (facts) => {
          // One walk serves both readings: on an object they agree; on a non-object explain.ts sees undefined.
          const raw = facts[fact];
          if (raw != null && typeof raw === 'object') {
            const v = walk(raw, keys);
            const result = op(v, value);
            return factSupplied && v === undefined ? null : result;
          }
          const result = op(raw, value);
          return factSupplied ? null : result;
        }
      : (facts) => {
          const raw = facts[fact];
          const result = op(raw, value);
          return factSupplied && raw === undefined ? null : result;
        };
  return {
    decide,
    evaluate: (facts, missing) => {
      const result = op(engineValue(facts), value); // the reference evaluates (and may throw) here too
      if (factSupplied && isMissing(facts)) {
        missing.push(missingEntry);
        return null;
      }
      return result;
    },
  };
}

/** Compiles a condition tree to an outcome-only function that stops at the first deciding child. */
export function compileDecision(condition: ConditionJson, lookup: FactLookup = findFact): (facts: Facts) => Outcome {
  if (condition.all || condition.any) {
    const isAll = !!condition.all;
    const children = (condition.all ?? condition.any ?? []).map((c) => compileDecision(c, lookup));
    const n = children.length;
    const stop = !isAll; // all stops at false, any at true
    return (facts) => {
      let sawNull = false;
      for (let i = 0; i < n; i++) {
        const r = children[i](facts);
        if (r === stop) return stop;
        if (r === null) sawNull = true;
      }
      return sawNull ? null : !stop;
    };
  }
  if (condition.not) {
    const child = compileDecision(condition.not, lookup);
    return (facts) => {
      const r = child(facts);
      return r === null ? null : !r;
    };
  }
  compileCondition(condition, lookup); // throws on what the compiled path does not support
  return compileLeaf(condition, lookup).decide;
}

const cache = new WeakMap<PreparedRuleSet, CompiledRule[]>();

/** Compiles (once per prepared rule set) every rule's conditions. */
export function compileRules(prepared: PreparedRuleSet, lookup: FactLookup = findFact): CompiledRule[] {
  const cached = cache.get(prepared);
  if (cached) return cached;
  const compiled = prepared.rules.map((expanded) => ({
    expanded,
    decide: compileDecision(expanded.rule.conditions as ConditionJson, lookup),
    evaluate: compileCondition(expanded.rule.conditions as ConditionJson, lookup),
  }));
  cache.set(prepared, compiled);
  return compiled;
}
