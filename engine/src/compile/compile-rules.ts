/**
 * Compiles a prepared rule set's conditions once into plain closures that
 * compute the same three-valued outcome per rule as explain.ts over
 * json-rules-engine's results, without building explanations. The
 * reference engine stays the oracle; this is the path for bulk runs.
 */
import type { ExpandedRule } from '../expand-rules';
import { findFact, type FactDefinition } from '../facts';
import { parseFactPath } from '../fact-path';
import { CUSTOM_OPERATORS } from '../operators';
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
  evaluate: CompiledCondition;
}

interface ConditionJson {
  all?: ConditionJson[];
  any?: ConditionJson[];
  not?: ConditionJson;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  priority?: number;
  condition?: string;
}

type OperatorFn = (factValue: unknown, value: unknown) => boolean;

function numberValidator(value: unknown): boolean {
  return Number.parseFloat(value as string).toString() !== 'NaN';
}

// json-rules-engine's own operators, reproduced literally (validator && callback), so that
// edge cases (strings in `in`, numeric strings in lessThan) behave as in the reference.
const ENGINE_OPERATORS: Record<string, { fn: OperatorFn; acceptsAbsent: boolean }> = {
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

type FactLookup = (name: string) => FactDefinition | undefined;

/** Reads a fact the way json-rules-engine's almanac does (a path on a non-object yields the value itself) and the way explain.ts does (undefined). */
function compileRead(fact: string, path: string | undefined): { engine: (facts: Facts) => unknown; explain: (facts: Facts) => unknown } {
  if (!path) {
    const read = (facts: Facts): unknown => facts[fact];
    return { engine: read, explain: read };
  }
  const keys = parseFactPath(path);
  const walk = (start: unknown): unknown => {
    let current = start;
    for (let i = 0; i < keys.length; i++) {
      if (current === null || typeof current !== 'object') return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, keys[i])) return undefined;
      current = (current as Record<string, unknown>)[keys[i]];
    }
    return current;
  };
  return {
    engine: (facts) => {
      const raw = facts[fact];
      return raw != null && typeof raw === 'object' ? walk(raw) : raw;
    },
    explain: (facts) => walk(facts[fact]),
  };
}

function isFactRef(value: unknown): value is { fact: string; path?: string } {
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
  const fact = condition.fact ?? '';
  const operator = ENGINE_OPERATORS[condition.operator ?? ''];
  if (!operator || !Object.prototype.hasOwnProperty.call(ENGINE_OPERATORS, condition.operator ?? '')) {
    throw new Error(`Onbekende operator: ${condition.operator}`);
  }
  const op = operator.fn;
  const actual = compileRead(fact, condition.path);
  const factSupplied = lookup(fact)?.suppliedByUser === true && !operator.acceptsAbsent;
  const missingEntry = { fact, path: condition.path };
  if (isFactRef(condition.value)) {
    const ref = condition.value;
    const expected = compileRead(ref.fact, ref.path);
    const refSupplied = lookup(ref.fact)?.suppliedByUser === true;
    const refEntry = { fact: ref.fact, path: ref.path };
    return (facts, missing) => {
      let undecided = false;
      if (factSupplied && actual.explain(facts) === undefined) {
        missing.push(missingEntry);
        undecided = true;
      }
      if (refSupplied && expected.explain(facts) === undefined) {
        missing.push(refEntry);
        undecided = true;
      }
      const result = op(actual.engine(facts), expected.engine(facts));
      return undecided ? null : result;
    };
  }
  const value = condition.value;
  return (facts, missing) => {
    const a = actual.engine(facts);
    if (factSupplied && actual.explain(facts) === undefined) {
      missing.push(missingEntry);
      op(a, value); // the reference evaluates (and may throw) here too
      return null;
    }
    return op(a, value);
  };
}

const cache = new WeakMap<PreparedRuleSet, CompiledRule[]>();

/** Compiles (once per prepared rule set) every rule's conditions. */
export function compileRules(prepared: PreparedRuleSet, lookup: FactLookup = findFact): CompiledRule[] {
  const cached = cache.get(prepared);
  if (cached) return cached;
  const compiled = prepared.rules.map((expanded) => ({ expanded, evaluate: compileCondition(expanded.rule.conditions as ConditionJson, lookup) }));
  cache.set(prepared, compiled);
  return compiled;
}
