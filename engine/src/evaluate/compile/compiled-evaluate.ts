/**
 * The compiled evaluator, the engine's one evaluation path: a case or
 * provider data in, the decision out. Without a trace it returns findings,
 * undecided rules and missing facts (generated decider, no explanations);
 * with a trace the same run also records each rule's explanation tree
 * (compile-trace.ts) and returns the full decision the reference path
 * (json-rules-engine, reference.ts) gives — the differential test holds them
 * to that.
 */
import type { Decision, Explanation, Finding, FindingSubject } from '../../model/decision';
import type { RuleJson } from '../../model/rule-set';
import { checkCase, checkProviders } from '../check-input';
import { overrideReceiptOf, receiptOf } from '../finding-collector';
import { ENGINE_VERSION } from '../../model/version';
import { MissingFacts } from '../missing-facts';
import { defaultPreparedCache, type PreparedCache } from '../prepared-cache';
import { providerFindingOf, providerUnits } from '../provider-units';
import type { EvaluationInput, ProviderEvaluationInput } from '../evaluation-input';
import type { PreparedRuleSet } from '../prepare-rule-set';
import type { FastDecision, FastFinding } from './fast-decision';

export type { FastDecision, FastFinding } from './fast-decision';

/** One rule's trace: its explanation tree (every condition with its values and three-valued outcome). */
export interface RuleTrace {
  rule: RuleJson;
  /** Index of the rule in the prepared rule set. */
  index: number;
  explanation: Explanation;
  /** Provider evaluation: the unit the rule ran on. */
  about?: FindingSubject;
}

/** Receives the trace of every rule an evaluation runs, in order (e.g. rule coverage). */
export interface TraceObserver {
  /** Called once per evaluation, before its rules, with the prepared rule set it runs. */
  begin?(prepared: PreparedRuleSet): void;
  rule(trace: RuleTrace): void;
}

export interface FastEvaluationOptions {
  /** Skip the input check (cases already checked, e.g. generated ones). Default false. */
  trusted?: boolean;
  /**
   * Generate JavaScript per rule set and context (default true where the environment allows
   * `new Function`); false forces the closure path, which gives the same outcomes more slowly.
   */
  generateCode?: boolean;
  /** Where prepared and compiled rule sets are kept; default the engine's own cache. */
  cache?: PreparedCache;
}

export interface TracedEvaluationOptions extends FastEvaluationOptions {
  /** Called with the trace of every rule; without it only the rules whose explanation the decision carries are traced. */
  observer?: TraceObserver;
}

const DEFAULT_OPTIONS: FastEvaluationOptions = {};

function inconsistent(rule: RuleJson, expected: string, got: unknown, label?: string): Error {
  return new Error(`Interne inconsistentie bij regel ${rule.id}${label ? ` (${label})` : ''}: beslisser ${expected}, spoor ${String(got)}`);
}

/** Evaluates one case without a trace: findings without explanations, undecided rules, missing facts. */
export function evaluateCaseFast(input: EvaluationInput, options: FastEvaluationOptions = DEFAULT_OPTIONS): FastDecision {
  const { ruleSet } = input;
  const { caseData, asOf } = checkCase(input.caseData, ruleSet, input.region, input.asOf, options.trusted);
  const compiled = (options.cache ?? defaultPreparedCache).get(ruleSet, input.sharedRules);
  const perceel = String(caseData.perceel);
  const context = compiled.context(caseData.gemeente, perceel, options.generateCode !== false);
  const findings: FastDecision['findings'] = [];
  const undecided = context.decide(caseData, asOf, findings);
  const undecidedRules: FastDecision['undecidedRules'] = [];
  const missing = new MissingFacts();
  if (undecided) {
    // Rare: collect the missing facts on the unfolded rules, as explain.ts walks the whole tree.
    const facts = context.factsOf(caseData, asOf);
    const lacking: { fact: string; path?: string }[] = [];
    for (const index of undecided) {
      const { rule } = compiled.rules[index].expanded;
      lacking.length = 0;
      compiled.rules[index].evaluate(facts, lacking);
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      missing.add(rule.id, lacking);
    }
  }
  return { rulesetId: ruleSet.id, version: ruleSet.version, gemeente: caseData.gemeente, perceel, findings, undecidedRules, missing: missing.list() };
}

/** A finding with its explanation, its keys in the reference path's order (JSON output is the same text). */
function explained(f: FastFinding, explanation: Explanation): Finding {
  if (f.advice === undefined) {
    return {
      code: f.code,
      severity: f.severity,
      message: f.message,
      ruleId: f.ruleId,
      ruleDescription: f.ruleDescription,
      policyChoice: f.policyChoice,
      source: f.source,
      explanation,
    };
  }
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    advice: f.advice,
    ruleId: f.ruleId,
    ruleDescription: f.ruleDescription,
    policyChoice: f.policyChoice,
    source: f.source,
    explanation,
  };
}

/** Evaluates one case with a trace: the full decision, every finding explained. */
export function evaluateCaseTraced(input: EvaluationInput, options: TracedEvaluationOptions = DEFAULT_OPTIONS): Decision {
  const { ruleSet } = input;
  const { caseData, asOf } = checkCase(input.caseData, ruleSet, input.region, input.asOf, options.trusted);
  const compiled = (options.cache ?? defaultPreparedCache).get(ruleSet, input.sharedRules);
  const { prepared } = compiled;
  const perceel = String(caseData.perceel);
  const context = compiled.context(caseData.gemeente, perceel, options.generateCode !== false);
  const findings: Finding[] = [];
  const undecidedRules: Decision['undecidedRules'] = [];
  const missing = new MissingFacts();
  const lacking: { fact: string; path?: string }[] = [];
  const observer = options.observer;
  if (observer) {
    // Every rule traced: its outcome is the trace's.
    observer.begin?.(prepared);
    const facts = context.factsOf(caseData, asOf);
    for (let index = 0; index < prepared.rules.length; index++) {
      const { rule } = prepared.rules[index];
      lacking.length = 0;
      const explanation = compiled.tracer(index)(facts, lacking);
      observer.rule({ rule, index, explanation });
      if (explanation.held === true) findings.push(explained(context.findingOf(index), explanation));
      else if (explanation.held === null) {
        undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
        missing.add(rule.id, lacking);
      }
    }
  } else {
    // The decider decides; only the rules the decision explains (fired) or reports (undecided) are traced.
    const fired: FastFinding[] = [];
    const undecided = context.decide(caseData, asOf, fired);
    // The facts the trace reads, built only when a rule is to be traced.
    const facts = fired.length > 0 || undecided ? context.factsOf(caseData, asOf) : undefined;
    for (const finding of fired) {
      const index = compiled.indexOfRule(finding.ruleId);
      lacking.length = 0;
      const explanation = compiled.tracer(index)(facts!, lacking);
      if (explanation.held !== true) throw inconsistent(prepared.rules[index].rule, 'waar', explanation.held);
      findings.push(explained(finding, explanation));
    }
    for (const index of undecided ?? []) {
      const { rule } = prepared.rules[index];
      lacking.length = 0;
      const explanation = compiled.tracer(index)(facts!, lacking);
      if (explanation.held !== null) throw inconsistent(rule, 'onbeslist', explanation.held);
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      missing.add(rule.id, lacking);
    }
  }
  // Written out rather than spread from receiptOf: spreading it into a larger literal costs more than the evaluation.
  const { ruleSet: version } = prepared;
  return {
    rulesetId: version.id,
    version: version.version,
    title: version.title,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo ?? null,
    contentHash: prepared.contentHash,
    sharedRules: prepared.sharedRules,
    engineVersion: ENGINE_VERSION,
    asOf,
    gemeente: caseData.gemeente,
    perceel: caseData.perceel,
    override: overrideReceiptOf(version, caseData.gemeente, context.applied),
    findings,
    missing: missing.list(),
    undecidedRules,
    summary: summaryOf(findings, prepared.rules.length),
    input: { case: caseData },
  };
}

/** Counts per severity, and how many rule evaluations ran. */
export function summaryOf(findings: readonly Finding[], rulesEvaluated: number): Decision['summary'] {
  let fout = 0;
  let waarschuwing = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'fout') fout++;
    else if (f.severity === 'waarschuwing') waarschuwing++;
    else if (f.severity === 'info') info++;
  }
  return { fout, waarschuwing, info, rulesEvaluated };
}

/** Evaluates provider data with a trace (provider data is always explained): the full decision. */
export function evaluateProvidersTraced(input: ProviderEvaluationInput, options: TracedEvaluationOptions = DEFAULT_OPTIONS): Decision {
  const { ruleSet } = input;
  const { data, asOf } = checkProviders(input.providerData, ruleSet, input.region, input.asOf);
  const compiled = (options.cache ?? defaultPreparedCache).get(ruleSet, input.sharedRules, 'aanbieders');
  const { prepared } = compiled;
  const findings: Finding[] = [];
  const undecidedRules: Decision['undecidedRules'] = [];
  const missing = new MissingFacts();
  const lacking: { fact: string; path?: string }[] = [];
  let evaluated = 0;
  options.observer?.begin?.(prepared);
  for (const unit of providerUnits(prepared, data, ruleSet, asOf)) {
    evaluated += unit.rules.length;
    for (const index of unit.rules) {
      const { rule } = prepared.rules[index];
      lacking.length = 0;
      const explanation = compiled.tracer(index)(unit.set.facts, lacking);
      options.observer?.rule({ rule, index, explanation, about: unit.about });
      if (explanation.held === true) findings.push(providerFindingOf(rule, unit, ruleSet, explanation));
      else if (explanation.held === null) {
        undecidedRules.push({ ruleId: rule.id, code: rule.event.type, about: unit.about });
        missing.add(rule.id, lacking, unit.label);
      }
    }
  }
  return {
    ...receiptOf(prepared, asOf),
    subject: 'aanbieders',
    gemeente: null,
    perceel: null,
    override: null,
    findings,
    missing: missing.list(),
    undecidedRules,
    summary: summaryOf(findings, evaluated),
    input: { providers: data },
  };
}

/** The compiled evaluator with the trace as an option: `trace: false` gives findings without explanations (no tracing cost). */
export function evaluateCaseCompiled(input: EvaluationInput, options: FastEvaluationOptions & { trace: false }): FastDecision;
/** The compiled evaluator with the trace as an option: by default (`trace: true`) the full decision with explanations. */
export function evaluateCaseCompiled(input: EvaluationInput, options?: TracedEvaluationOptions & { trace?: true }): Decision;
export function evaluateCaseCompiled(
  input: EvaluationInput,
  options: TracedEvaluationOptions & { trace?: boolean } = DEFAULT_OPTIONS,
): Decision | FastDecision {
  return options.trace === false ? evaluateCaseFast(input, options) : evaluateCaseTraced(input, options);
}
