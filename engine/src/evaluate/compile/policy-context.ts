/**
 * What is fixed for every case of one municipality and perceel under one
 * rule set: the applied policy, the facts that do not depend on the case,
 * the rules folded over them and the decider that evaluates what is left.
 * Built once per combination and cached by the compiled evaluator.
 */
import { caseFindingOf } from '../finding-collector';
import { deriveCaseDates, derivedDatesAreConstant, normaliseCase } from '../../facts/facts';
import { decideHoeResponsibility } from '../../model/hoe-responsibility';
import { applyOverride, type AppliedPolicy } from '../../rules/overrides';
import type { PerceelPolicy, RuleSetVersion, ToegangPolicy } from '../../model/rule-set';
import type { CompiledRule, ConditionJson, Facts, FactLookup } from './compile-rules';
import { foldCondition, type FoldedCondition } from './fold-condition';
import { generateDecider, type RuleDecider } from './generate-decider';
import type { FastFinding } from './fast-decision';

export interface PolicyContext {
  applied: AppliedPolicy;
  perceel: string;
  /** Decides every rule for a case: pushes the findings, returns the indexes of undecided rules. */
  decide: RuleDecider<FastFinding>;
  /** True when `decide` is generated code, false when it is the closure path. */
  generated: boolean;
  /** The finding (without explanation) rule `index` gives in this context; shared by every decision: do not mutate. */
  findingOf: (index: number) => FastFinding;
  /** The facts the reference engine would get for a case (to collect missing facts of undecided rules). */
  factsOf: (caseData: Record<string, unknown>, asOf: unknown) => Facts;
  /** Per rule: false when the policy alone already rules it out in this context (it can never fire here). */
  canHold: boolean[];
}

export interface PolicyContextOptions {
  /** Generate code for the decider where the environment allows it. Default true. */
  generateCode?: boolean;
  lookup: FactLookup;
}

/** The closure path: builds the full facts and runs each compiled rule that folding left open. */
function closureDecider(
  rules: readonly CompiledRule[],
  folded: readonly FoldedCondition[],
  factsOf: PolicyContext['factsOf'],
  findingOf: (index: number) => FastFinding,
): RuleDecider<FastFinding> {
  return (caseData, asOf, held) => {
    const facts = factsOf(caseData, asOf);
    let undecided: number[] | undefined;
    for (let i = 0; i < rules.length; i++) {
      const node = folded[i];
      const outcome = node.kind === 'constant' ? node.value : rules[i].decide(facts);
      if (outcome === true) held.push(findingOf(i));
      else if (outcome === null) (undecided ??= []).push(i);
    }
    return undecided;
  };
}

/** Every finding a rule that can hold gives, built up front for generated code; undefined when one cannot be built (the closure path then builds them lazily, failing where the reference fails). */
function buildFindings(folded: readonly FoldedCondition[], findingOf: (index: number) => FastFinding): FastFinding[] | undefined {
  try {
    return folded.map((node, index) => (node.kind === 'constant' && !node.value ? (undefined as unknown as FastFinding) : findingOf(index)));
  } catch {
    return undefined;
  }
}

/** Builds the context of one municipality and perceel. */
export function createPolicyContext(
  ruleSet: RuleSetVersion,
  rules: readonly CompiledRule[],
  gemeente: unknown,
  perceel: string,
  options: PolicyContextOptions,
): PolicyContext {
  const applied = applyOverride(ruleSet, gemeente as string);
  const policy = applied.policy;
  const beleid: PerceelPolicy | undefined = Object.prototype.hasOwnProperty.call(policy.percelen, perceel) ? policy.percelen[perceel] : undefined;
  const toegangRaw = beleid?.toegang;
  const toegang = toegangRaw && !('nietVanToepassing' in toegangRaw) ? (toegangRaw as ToegangPolicy) : undefined;
  const constants: Facts = {
    beleid,
    segment: { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) },
    hoeBeslisser: toegang ? decideHoeResponsibility(toegang) : undefined,
    gemeente,
  };
  // Without a decision-free period or an indication limit in the policy the derived dates do not depend on the case.
  if (derivedDatesAreConstant(toegang)) constants.afgeleid = deriveCaseDates({}, toegang);
  const factsOf = (caseData: Record<string, unknown>, asOf: unknown): Facts => ({
    casus: normaliseCase(caseData),
    beleid: constants.beleid,
    segment: constants.segment,
    hoeBeslisser: constants.hoeBeslisser,
    afgeleid: deriveCaseDates(caseData, toegang),
    peildatum: asOf,
    gemeente: caseData.gemeente,
  });
  const folded = rules.map((r) => foldCondition(r.expanded.rule.conditions as ConditionJson, constants, options.lookup));
  const findings: (FastFinding | undefined)[] = [];
  // Built once, shared by every decision of this context: do not mutate.
  const findingOf = (index: number): FastFinding => (findings[index] ??= caseFindingOf(rules[index].expanded.rule, perceel, applied));
  const results = options.generateCode === false ? undefined : buildFindings(folded, findingOf);
  const generated = results && generateDecider(folded, { constants, toegang, lookup: options.lookup }, results);
  return {
    applied,
    perceel,
    decide: generated ?? closureDecider(rules, folded, factsOf, findingOf),
    generated: generated !== undefined,
    findingOf,
    factsOf,
    canHold: folded.map((node) => !(node.kind === 'constant' && !node.value)),
  };
}
