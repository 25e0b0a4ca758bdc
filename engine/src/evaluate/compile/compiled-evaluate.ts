/**
 * Evaluates a case with the compiled rules: the same findings, undecided
 * rules and missing facts as evaluateCaseWith, without explanations. For
 * bulk work (impact, populations, benchmarks); the reference path stays
 * json-rules-engine.
 */
import type { MissingFact } from '../../model/decision';
import { SturingError } from '../../model/errors';
import { assertValidCase, type EvaluationInput } from '../evaluate';
import { findFact } from '../../facts/facts';
import { prepareRuleSet } from '../prepare-rule-set';
import type { RuleSetVersion, SharedRules } from '../../model/rule-set';
import { parseRuleSetId } from '../../model/rule-set';
import { isIsoDate } from '../../model/dates';
import { compileRules, type CompiledRule } from './compile-rules';
import type { FastDecision } from './fast-decision';
import { createPolicyContext, type PolicyContext } from './policy-context';

export type { FastDecision, FastFinding } from './fast-decision';

export interface FastEvaluationOptions {
  /** Skip the case schema validation (cases already validated, e.g. generated ones). Default false. */
  trusted?: boolean;
  /**
   * Generate JavaScript per rule set and context (default true where the environment allows
   * `new Function`); false forces the closure path, which gives the same outcomes more slowly.
   */
  generateCode?: boolean;
}

interface CompiledRuleSet {
  sharedRules: Record<string, SharedRules>;
  rules: CompiledRule[];
  /** Contexts by municipality, then perceel; one map per code-generation choice. */
  contexts: [Map<unknown, Map<string, PolicyContext>>, Map<unknown, Map<string, PolicyContext>>];
}

const compiledByRuleSet = new WeakMap<RuleSetVersion, CompiledRuleSet>();

/** The compiled rules of a rule set; skips preparation when called again with the same shared-rules object. */
function compiledFor(ruleSet: RuleSetVersion, sharedRules: Record<string, SharedRules>): CompiledRuleSet {
  const cached = compiledByRuleSet.get(ruleSet);
  if (cached && cached.sharedRules === sharedRules) return cached;
  const compiled: CompiledRuleSet = { sharedRules, rules: compileRules(prepareRuleSet(ruleSet, sharedRules)), contexts: [new Map(), new Map()] };
  compiledByRuleSet.set(ruleSet, compiled);
  return compiled;
}

/** The cached context of a municipality and perceel. */
function contextFor(compiled: CompiledRuleSet, ruleSet: RuleSetVersion, gemeente: unknown, perceel: string, generateCode: boolean): PolicyContext {
  const contexts = compiled.contexts[generateCode ? 1 : 0];
  let byPerceel = contexts.get(gemeente);
  if (!byPerceel) contexts.set(gemeente, (byPerceel = new Map()));
  let context = byPerceel.get(perceel);
  if (!context) byPerceel.set(perceel, (context = createPolicyContext(ruleSet, compiled.rules, gemeente, perceel, { generateCode, lookup: findFact })));
  return context;
}

const DEFAULT_OPTIONS: FastEvaluationOptions = {};

/** Evaluates one case with the compiled rules; same inputs and checks as evaluateCaseWith. */
export function evaluateCaseFast(input: EvaluationInput, options: FastEvaluationOptions = DEFAULT_OPTIONS): FastDecision {
  const { ruleSet, region } = input;
  if (!options.trusted) assertValidCase(input.caseData);
  const caseData = input.caseData as Record<string, unknown> & { gemeente: string; domein: string; segment: string; perceel: string; datum: string };
  const asOf = input.asOf ?? caseData.datum;
  if (!options.trusted) {
    if (!isIsoDate(asOf))
      throw new SturingError('INVOER_ONGELDIG', `Ongeldige peildatum "${asOf}" (verwacht JJJJ-MM-DD).`, [{ path: '/asOf', message: 'geen geldige datum' }]);
    if (!region.gemeenten.some((g) => g.id === caseData.gemeente)) {
      throw new SturingError('GEMEENTE_ONBEKEND', `Gemeente "${caseData.gemeente}" hoort niet bij regio ${region.naam}.`, [
        { path: '/gemeente', message: 'onbekende gemeente' },
      ]);
    }
    const id = parseRuleSetId(ruleSet.id);
    if (caseData.domein !== id.domain || caseData.segment !== id.segment) {
      throw new SturingError('INVOER_ONGELDIG', `De casus (${caseData.domein}/${caseData.segment}) hoort niet bij regelset ${ruleSet.id}.`, [
        { path: caseData.domein !== id.domain ? '/domein' : '/segment', message: `past niet bij regelset ${ruleSet.id}` },
      ]);
    }
  }
  const compiled = compiledFor(ruleSet, input.sharedRules);
  const perceel = String(caseData.perceel);
  const context = contextFor(compiled, ruleSet, caseData.gemeente, perceel, options.generateCode !== false);
  const findings: FastDecision['findings'] = [];
  const undecided = context.decide(caseData, asOf, findings);
  const undecidedRules: FastDecision['undecidedRules'] = [];
  let missing: MissingFact[] = [];
  if (undecided) {
    // Rare: collect the missing facts on the unfolded rules, as explain.ts walks the whole tree.
    const facts = context.factsOf(caseData, asOf);
    const missingByKey = new Map<string, MissingFact>();
    const lacking: { fact: string; path?: string }[] = [];
    for (const index of undecided) {
      const { rule } = compiled.rules[index].expanded;
      lacking.length = 0;
      compiled.rules[index].evaluate(facts, lacking);
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      for (const m of lacking) {
        const key = `${m.fact}|${m.path ?? ''}`;
        const entry = missingByKey.get(key) ?? { ...m, rules: [] };
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
        missingByKey.set(key, entry);
      }
    }
    missing = [...missingByKey.values()];
  }
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    gemeente: caseData.gemeente,
    perceel,
    findings,
    undecidedRules,
    missing,
  };
}
