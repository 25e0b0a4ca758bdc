/**
 * The reference path: json-rules-engine runs the rules and explain.ts reads
 * its evaluated condition trees three-valued. Only reached through the
 * explicit option (`engine: 'referentie'`, `--referentie`) and the
 * differential test; everything else runs the compiled evaluator.
 */
import type { Decision } from '../model/decision';
import { buildCaseFacts } from '../facts/facts';
import { findSubjectFact } from '../facts/rule-subjects';
import { applyOverride } from '../rules/overrides';
import { runRules } from '../rules/run-rules';
import { checkCase, checkProviders } from './check-input';
import type { EvaluationInput, ProviderEvaluationInput } from './evaluation-input';
import { FindingCollector, caseFindingOf, overrideReceiptOf, receiptOf } from './finding-collector';
import { prepareRuleSet } from './prepare-rule-set';
import { providerFindingOf, providerUnits } from './provider-units';

/** Evaluates one case on json-rules-engine; the decision with explanations. */
export async function evaluateCaseReference(input: EvaluationInput): Promise<Decision> {
  const { ruleSet } = input;
  const { caseData, asOf } = checkCase(input.caseData, ruleSet, input.region, input.asOf);
  const prepared = prepareRuleSet(ruleSet, input.sharedRules);
  const applied = applyOverride(ruleSet, caseData.gemeente);
  const facts = buildCaseFacts(caseData, applied.policy, asOf);
  const outcomes = await runRules(prepared.rules, facts);

  const collector = new FindingCollector();
  for (const { rule } of prepared.rules) {
    const outcome = outcomes.get(rule.id);
    if (!outcome) continue;
    const explanation = collector.explain(rule, outcome, facts);
    if (!explanation) continue;
    collector.findings.push({ ...caseFindingOf(rule, caseData.perceel, applied), explanation });
  }

  return {
    ...receiptOf(prepared, asOf),
    gemeente: caseData.gemeente,
    perceel: caseData.perceel,
    override: overrideReceiptOf(ruleSet, caseData.gemeente, applied),
    findings: collector.findings,
    missing: collector.missing,
    undecidedRules: collector.undecidedRules,
    summary: collector.summary(prepared.rules.length),
    input: { case: caseData },
  };
}

const providerLookup = (name: string) => findSubjectFact('aanbieders', name);

/** Evaluates provider data on json-rules-engine; the decision with explanations. */
export async function evaluateProvidersReference(input: ProviderEvaluationInput): Promise<Decision> {
  const { ruleSet } = input;
  const { data, asOf } = checkProviders(input.providerData, ruleSet, input.region, input.asOf);
  const prepared = prepareRuleSet(ruleSet, input.sharedRules, 'aanbieders');
  const collector = new FindingCollector(providerLookup);
  let evaluated = 0;
  for (const unit of providerUnits(prepared, data, ruleSet, asOf)) {
    const rules = unit.rules.map((i) => prepared.rules[i]);
    evaluated += rules.length;
    // One engine per unit (run-rules creates a fresh Engine): never shared across runs.
    const outcomes = await runRules(rules, unit.set.facts);
    for (const { rule } of rules) {
      const outcome = outcomes.get(rule.id);
      if (!outcome) continue;
      const explanation = collector.explain(rule, outcome, unit.set.facts, { about: unit.about, label: unit.label });
      if (explanation) collector.findings.push(providerFindingOf(rule, unit, ruleSet, explanation));
    }
  }
  return {
    ...receiptOf(prepared, asOf),
    subject: 'aanbieders',
    gemeente: null,
    perceel: null,
    override: null,
    findings: collector.findings,
    missing: collector.missing,
    undecidedRules: collector.undecidedRules,
    summary: collector.summary(evaluated),
    input: { providers: data },
  };
}
