/**
 * Generates, once per policy context, one JavaScript function that decides
 * every rule of a rule set for a case: folded conditions inlined, fact paths
 * unrolled into property reads. The case is read as normaliseCase presents
 * it (open HOE elements as explicit nulls) from shallow copies of just the
 * levels the rules read, without building the whole normalised case. Refuses (returns undefined) what it cannot express
 * exactly, and where `new Function` is forbidden (a browser CSP): the
 * caller then uses the closure path, which gives the same outcomes.
 */
import { deriveCaseDates, normaliseCase } from '../../facts/facts';
import { parseFactPath } from '../../rules/fact-path';
import { HOE_ELEMENTS, type ToegangPolicy } from '../../model/rule-set';
import { ENGINE_OPERATORS, isFactRef, type ConditionJson, type Facts, type FactLookup, type OperatorFn } from './compile-rules';
import type { FoldedCondition } from './fold-condition';

/**
 * Decides every rule for one case: pushes the result of each rule that holds (in rule order) onto
 * `held` and returns the indexes of the rules left undecided, or undefined when there are none.
 */
export type RuleDecider<T> = (caseData: Record<string, unknown>, asOf: unknown, held: T[]) => number[] | undefined;

/** What the generated code needs from its context. */
export interface DeciderContext {
  /** The facts fixed by the context (beleid, segment, hoeBeslisser, gemeente, possibly afgeleid). */
  constants: Facts;
  /** The perceel's access policy, for deriving dates from the case. */
  toegang: ToegangPolicy | undefined;
  lookup: FactLookup;
}

class Unsupported extends Error {}

/** Helpers the generated code calls; passed in, never globals. */
interface Helpers {
  normaliseCase: typeof normaliseCase;
  deriveCaseDates: typeof deriveCaseDates;
  toegang: ToegangPolicy | undefined;
}

const OPEN_HOE_ELEMENT = Object.freeze({ waarde: null, vastgesteldDoor: null });
const EMPTY = Object.freeze({});
const HOE = new Set<string>(HOE_ELEMENTS);

class SourceBuilder {
  readonly constants: unknown[] = [];
  readonly operators: OperatorFn[] = [];
  usesCase = false;
  usesBesluit = false;
  usesHoe = false;
  usesDerived = false;
  private counter = 0;

  name(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  constant(value: unknown): string {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
    if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return String(value);
    this.constants.push(value);
    return `K[${this.constants.length - 1}]`;
  }

  operator(fn: OperatorFn): string {
    let index = this.operators.indexOf(fn);
    if (index < 0) index = this.operators.push(fn) - 1;
    return `O[${index}]`;
  }
}

/** Code that walks `keys` from variable `v` (own properties only; undefined once a step is missing). */
function walkSteps(v: string, keys: readonly string[], b: SourceBuilder): string {
  return keys
    .map((k) => `${v} = ${v} !== null && typeof ${v} === 'object' && HOP.call(${v}, ${b.constant(k)}) ? ${v}[${b.constant(k)}] : undefined;`)
    .join('\n');
}

/**
 * Code that sets `v` to the value a fact reference reads, as json-rules-engine's almanac reads it from
 * the facts evaluateCaseFast would build. Only the case and the derived dates are read per case.
 */
function readFact(v: string, fact: string, path: string | undefined, ctx: DeciderContext, b: SourceBuilder): string {
  const keys = path ? parseFactPath(path) : [];
  if (Object.prototype.hasOwnProperty.call(ctx.constants, fact)) {
    const raw = ctx.constants[fact];
    let value = raw;
    if (keys.length > 0 && raw != null && typeof raw === 'object') {
      for (const k of keys)
        value = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, k) ? (value as Facts)[k] : undefined;
    }
    return `let ${v} = ${b.constant(value)};`;
  }
  if (fact === 'peildatum') {
    if (keys.length === 0) return `let ${v} = asOf;`;
    return `let ${v} = asOf;\nif (${v} != null && typeof ${v} === 'object') {\n${walkSteps(v, keys, b)}\n}`;
  }
  if (fact === 'afgeleid') {
    b.usesDerived = true;
    return `if (a === undefined) a = H.deriveCaseDates(c, H.toegang);\nlet ${v} = a;\n${walkSteps(v, keys, b)}`;
  }
  if (fact !== 'casus') throw new Unsupported(`fact ${fact}`);
  // The normalised case: { ...c, besluit: { ...(c.besluit ?? {}), hoe: { ...(besluit.hoe ?? {}), <open elements> } } }.
  const [first, second, third, ...rest] = keys;
  if (first === undefined || (first === 'besluit' && (second === undefined || (second === 'hoe' && third === undefined)))) {
    // The whole case, decision or HOE block: build it as the reference does (no rule set here reads these).
    return `let ${v} = H.normaliseCase(c);\n${walkSteps(v, keys, b)}`;
  }
  // Each level is read from a shallow copy made the way normaliseCase makes it (own enumerable properties).
  if (first !== 'besluit') {
    b.usesCase = true;
    return `let ${v} = HOP.call(cs, ${b.constant(first)}) ? cs[${b.constant(first)}] : undefined;\n${walkSteps(v, keys.slice(1), b)}`;
  }
  b.usesBesluit = true;
  if (second !== 'hoe') return `let ${v} = HOP.call(ds, ${b.constant(second)}) ? ds[${b.constant(second)}] : undefined;\n${walkSteps(v, keys.slice(2), b)}`;
  b.usesHoe = true;
  const open = HOE.has(third) ? 'OPEN' : 'undefined';
  return `let ${v} = HOP.call(hs, ${b.constant(third)}) ? hs[${b.constant(third)}] : ${open};\n${walkSteps(v, rest, b)}`;
}

/** True when a reference to `fact` with `path` can be absent per case (user-supplied facts read on a path). */
function canBeMissing(fact: string, path: string | undefined, ctx: DeciderContext): boolean {
  // The case and the derived dates are always objects: only a path into them can come out undefined.
  return ctx.lookup(fact)?.suppliedByUser === true && !!path && parseFactPath(path).length > 0;
}

function emitLeaf(condition: ConditionJson, r: string, ctx: DeciderContext, b: SourceBuilder): string {
  const fact = condition.fact ?? '';
  const operator = Object.prototype.hasOwnProperty.call(ENGINE_OPERATORS, condition.operator ?? '') ? ENGINE_OPERATORS[condition.operator ?? ''] : undefined;
  if (!operator) throw new Unsupported(`operator ${condition.operator}`);
  const e = b.name('e');
  const lines = [readFact(e, fact, condition.path, ctx, b)];
  const absent: string[] = [];
  if (!operator.acceptsAbsent && canBeMissing(fact, condition.path, ctx)) absent.push(`${e} === undefined`);
  let expected: string;
  if (isFactRef(condition.value)) {
    const ref = condition.value;
    expected = b.name('x');
    lines.push(readFact(expected, ref.fact, ref.path, ctx, b));
    if (canBeMissing(ref.fact, ref.path, ctx)) absent.push(`${expected} === undefined`);
  } else {
    expected = b.constant(condition.value);
  }
  // The operator runs even when the outcome is undecided, as in the reference (it may throw).
  const test =
    condition.operator === 'equal'
      ? `${e} === ${expected}`
      : condition.operator === 'notEqual'
        ? `${e} !== ${expected}`
        : `${b.operator(operator.fn)}(${e}, ${expected})`;
  lines.push(`${r} = ${test};`);
  if (absent.length > 0) lines.push(`if (${absent.join(' || ')}) ${r} = null;`);
  return `let ${r};\n{\n${lines.join('\n')}\n}`;
}

/** Code that sets variable `r` to the node's three-valued outcome, stopping at the first deciding child. */
function emitNode(node: FoldedCondition, r: string, ctx: DeciderContext, b: SourceBuilder): string {
  switch (node.kind) {
    case 'constant':
      return `let ${r} = ${node.value};`;
    case 'not': {
      const child = b.name('r');
      return `let ${r};\n{\n${emitNode(node.child, child, ctx, b)}\n${r} = ${child} === null ? null : !${child};\n}`;
    }
    case 'leaf':
      return emitLeaf(node.condition, r, ctx, b);
    case 'group': {
      const decisive = node.type === 'any';
      const label = b.name('L');
      const parts = node.children.map((childNode) => {
        const child = b.name('r');
        return `{\n${emitNode(childNode, child, ctx, b)}\nif (${child} === ${decisive}) { ${r} = ${decisive}; break ${label}; }\nif (${child} === null) ${r} = null;\n}`;
      });
      return `let ${r} = ${!decisive};\n${label}: {\n${parts.join('\n')}\n}`;
    }
  }
}

let codeGenerationAllowed: boolean | undefined;

/** False where the environment forbids generating code (a Content-Security-Policy without unsafe-eval). */
function canGenerateCode(): boolean {
  if (codeGenerationAllowed === undefined) {
    try {
      codeGenerationAllowed = new Function('return true')() === true;
    } catch {
      codeGenerationAllowed = false;
    }
  }
  return codeGenerationAllowed;
}

/**
 * Generates the decider for the folded rules of one context (index = rule index; `results[index]` is
 * what a holding rule pushes), or undefined when code cannot be generated here or a rule uses
 * something the generator does not express.
 */
export function generateDecider<T>(rules: readonly FoldedCondition[], ctx: DeciderContext, results: readonly T[]): RuleDecider<T> | undefined {
  if (!canGenerateCode()) return undefined;
  const b = new SourceBuilder();
  let body: string;
  try {
    body = rules
      .map((node, index) => {
        if (node.kind === 'constant') return node.value ? `held.push(R[${index}]);` : '';
        const r = b.name('r');
        return `{\n${emitNode(node, r, ctx, b)}\nif (${r} === true) held.push(R[${index}]); else if (${r} === null) (undecided ??= []).push(${index});\n}`;
      })
      .filter((code) => code !== '')
      .join('\n');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  // normaliseCase: casus = { ...c, besluit: { ...(c.besluit ?? {}), hoe: { ...((c.besluit ?? {}).hoe ?? {}), <open elements> } } }.
  const prologue = [
    b.usesCase ? 'const cs = { ...c };' : '',
    b.usesBesluit || b.usesHoe ? 'const d = c.besluit ?? EMPTY;' : '',
    b.usesBesluit ? 'const ds = { ...d };' : '',
    b.usesHoe ? 'const hs = { ...(d.hoe ?? EMPTY) };' : '',
    b.usesDerived ? 'let a;' : '',
  ].join('\n');
  const source = `'use strict';\nreturn function decideRules(c, asOf, held) {\nlet undecided;\n${prologue}\n${body}\nreturn undecided;\n};`;
  const helpers: Helpers = {
    normaliseCase,
    deriveCaseDates,
    toegang: ctx.toegang,
  };
  // HOP: own property, as every step of a fact path is resolved.
  const factory = new Function('R', 'K', 'O', 'H', 'OPEN', 'EMPTY', 'HOP', source) as (...args: unknown[]) => RuleDecider<T>;
  return factory(results, b.constants, b.operators, helpers, OPEN_HOE_ELEMENT, EMPTY, Object.prototype.hasOwnProperty);
}
