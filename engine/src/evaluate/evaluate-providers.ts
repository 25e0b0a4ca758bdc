/**
 * Evaluates provider data (DOMAIN.md §6) against a segment's rule set, in
 * parallel to evaluating a case: only rules of subject `aanbieders` run,
 * once per perceel and once per provider on each perceel it is active on,
 * and the result is the same Decision (receipt) with explained findings.
 */
import { isIsoDate } from '../model/dates';
import type { Decision, FindingSubject } from '../model/decision';
import { SturingError } from '../model/errors';
import { chooseVersion, loadSharedRules, type EvaluateOptions } from './evaluate-case';
import type { ExpandedRule } from '../rules/expand-rules';
import { FindingCollector, fillPerceel, receiptOf } from './finding-collector';
import { readPointer } from '../json/json-pointer';
import { prepareRuleSet } from './prepare-rule-set';
import { assertValidProviderData, checkProviderDataAgainst } from '../facts/provider-data';
import { buildProviderFacts, type ProviderFactSet } from '../facts/provider-facts';
import type { RuleRepository } from '../model/repository';
import type { ConditionJson, Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';
import { resolveFactPath } from '../rules/fact-path';
import { findSubjectFact } from '../facts/rule-subjects';
import { runRules } from '../rules/run-rules';

export interface ProviderEvaluationInput {
  providerData: unknown;
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  /** Defaults to the data's `datum`. */
  asOf?: string;
}

const lookup = (name: string) => findSubjectFact('aanbieders', name);

function usesFact(condition: ConditionJson | undefined, fact: string): boolean {
  if (!condition) return false;
  const children = condition.all ?? condition.any ?? (condition.not ? [condition.not] : []);
  if (children.length > 0) return children.some((c) => usesFact(c, fact));
  const value = condition.value as { fact?: unknown } | undefined;
  return condition.fact === fact || (!!value && typeof value === 'object' && value.fact === fact);
}

function describeSubject(set: ProviderFactSet): string {
  return set.aanbieder ? `${set.aanbieder.id} op ${set.perceel}` : `perceel ${set.perceel}`;
}

/** Fills "{{fact.path}}" placeholders in a message with the fact's value, e.g. {{aanbieder.categorie}}. */
function fillMessage(message: string, facts: Record<string, unknown>): string {
  return message.replace(/\{\{([a-zA-Z]+)((?:\.[A-Za-z0-9-]+)*)\}\}/g, (whole, fact: string, path: string) => {
    const value = path ? resolveFactPath(facts[fact], `$${path}`) : facts[fact];
    return value === undefined || value === null ? whole : typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** Evaluates provider data under one rule-set version and returns the decision with explanations. */
export async function evaluateProvidersWith(input: ProviderEvaluationInput): Promise<Decision> {
  const { ruleSet, region } = input;
  assertValidProviderData(input.providerData);
  const data = input.providerData;
  const asOf = input.asOf ?? data.datum;
  if (!isIsoDate(asOf)) {
    throw new SturingError('INVOER_ONGELDIG', `Ongeldige peildatum "${asOf}" (verwacht JJJJ-MM-DD).`, [{ path: '/asOf', message: 'geen geldige datum' }]);
  }
  const id = parseRuleSetId(ruleSet.id);
  if (data.regio !== id.region || data.domein !== id.domain || data.segment !== id.segment) {
    const path = data.regio !== id.region ? '/regio' : data.domein !== id.domain ? '/domein' : '/segment';
    throw new SturingError('INVOER_ONGELDIG', `De aanbiedersgegevens (${data.regio}/${data.domein}/${data.segment}) horen niet bij regelset ${ruleSet.id}.`, [
      { path, message: `past niet bij regelset ${ruleSet.id}` },
    ]);
  }
  checkProviderDataAgainst(data, ruleSet.policy, region);

  const prepared = prepareRuleSet(ruleSet, input.sharedRules, 'aanbieders');
  const perProvider = prepared.rules.filter((r) => usesFact(r.rule.conditions, 'aanbieder'));
  const perPerceel = prepared.rules.filter((r) => !usesFact(r.rule.conditions, 'aanbieder'));
  const sets = buildProviderFacts(data, ruleSet, asOf);
  const units: { set: ProviderFactSet; rules: ExpandedRule[] }[] = [
    ...sets.percelen.map((set) => ({ set, rules: perPerceel })),
    ...sets.aanbieders.map((set) => ({ set, rules: perProvider })),
  ];

  const collector = new FindingCollector(lookup);
  let evaluated = 0;
  for (const { set, rules } of units) {
    if (rules.length === 0) continue;
    evaluated += rules.length;
    // One engine per unit (run-rules creates a fresh Engine): never shared across runs.
    const outcomes = await runRules(rules, set.facts);
    const about: FindingSubject = { perceel: set.perceel, ...(set.aanbieder ? { aanbieder: set.aanbieder } : {}) };
    for (const { rule } of rules) {
      const outcome = outcomes.get(rule.id);
      if (!outcome) continue;
      const explanation = collector.explain(rule, outcome, set.facts, { about, label: describeSubject(set) });
      if (!explanation) continue;
      const pointer = fillPerceel(rule.event.params.policyChoice, set.perceel);
      const message = fillMessage(rule.event.params.message, set.facts);
      collector.findings.push({
        code: rule.event.type,
        severity: rule.event.params.severity,
        message: set.aanbieder ? `${set.aanbieder.naam} (${set.perceel}): ${message}` : `Perceel ${set.perceel}: ${message}`,
        ...(rule.event.params.advies ? { advice: rule.event.params.advies } : {}),
        ruleId: rule.id,
        ruleDescription: rule.description,
        policyChoice: { pointer, value: readPointer(ruleSet.policy, pointer), override: false },
        source: rule.source ?? [],
        explanation,
        about,
      });
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

/** Evaluates provider data from a repository: the rule set follows from regio + domein + segment, the version from the as-of date. */
export async function evaluateProviders(repository: RuleRepository, providerData: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  assertValidProviderData(providerData);
  const region = (await repository.listRegions()).find((r) => r.id === providerData.regio);
  if (!region) {
    throw new SturingError('REGIO_ONBEKEND', `Regio "${providerData.regio}" is onbekend.`, [{ path: '/regio', message: 'onbekende regio' }]);
  }
  const rulesetId = options.rulesetId ?? `${region.id}/${providerData.domein}/${providerData.segment}`;
  const asOf = options.asOf ?? providerData.datum;
  const ruleSet = await chooseVersion(repository, rulesetId, asOf, options.version, options.kennisdatum);
  return evaluateProvidersWith({ providerData, ruleSet, region, sharedRules: await loadSharedRules(repository, ruleSet), asOf });
}
