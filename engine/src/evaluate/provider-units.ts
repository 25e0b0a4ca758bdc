/**
 * What a provider evaluation runs (DOMAIN.md §6): per perceel the rules that do
 * not read `aanbieder`, per provider on each perceel it is active on the rules
 * that do; and how such a rule's finding reads. Shared by the compiled and the
 * reference path.
 */
import type { Explanation, Finding, FindingSubject } from '../model/decision';
import type { ConditionJson, RuleJson, RuleSetVersion } from '../model/rule-set';
import type { ProviderData } from '../facts/provider-data';
import { buildProviderFacts, type ProviderFactSet } from '../facts/provider-facts';
import { readPointer } from '../json/json-pointer';
import { resolveFactPath } from '../rules/fact-path';
import { fillPerceel } from './finding-collector';
import type { PreparedRuleSet } from './prepare-rule-set';

function usesFact(condition: ConditionJson | undefined, fact: string): boolean {
  if (!condition) return false;
  const children = condition.all ?? condition.any ?? (condition.not ? [condition.not] : []);
  if (children.length > 0) return children.some((c) => usesFact(c, fact));
  const value = condition.value as { fact?: unknown } | undefined;
  return condition.fact === fact || (!!value && typeof value === 'object' && value.fact === fact);
}

/** One evaluation unit: its facts, whom it is about, and the indexes (in the prepared rules) of the rules it runs. */
export interface ProviderUnit {
  set: ProviderFactSet;
  about: FindingSubject;
  /** "aanbieder-id op perceel" or "perceel naam": how missing facts name the unit. */
  label: string;
  rules: number[];
}

const splits = new WeakMap<PreparedRuleSet, { perPerceel: number[]; perProvider: number[] }>();

/** The units of provider data, in the order the decision lists them (percelen, then providers). */
export function providerUnits(prepared: PreparedRuleSet, data: ProviderData, ruleSet: RuleSetVersion, asOf: string): ProviderUnit[] {
  let split = splits.get(prepared);
  if (!split) {
    const indexes = prepared.rules.map((_, i) => i);
    const perProvider = indexes.filter((i) => usesFact(prepared.rules[i].rule.conditions, 'aanbieder'));
    splits.set(prepared, (split = { perProvider, perPerceel: indexes.filter((i) => !perProvider.includes(i)) }));
  }
  const sets = buildProviderFacts(data, ruleSet, asOf);
  const unit = (set: ProviderFactSet, rules: number[]): ProviderUnit => ({
    set,
    about: { perceel: set.perceel, ...(set.aanbieder ? { aanbieder: set.aanbieder } : {}) },
    label: set.aanbieder ? `${set.aanbieder.id} op ${set.perceel}` : `perceel ${set.perceel}`,
    rules,
  });
  return [...sets.percelen.map((set) => unit(set, split.perPerceel)), ...sets.aanbieders.map((set) => unit(set, split.perProvider))].filter(
    (u) => u.rules.length > 0,
  );
}

/** Fills "{{fact.path}}" placeholders in a message with the fact's value, e.g. {{aanbieder.categorie}}. */
function fillMessage(message: string, facts: Record<string, unknown>): string {
  return message.replace(/\{\{([a-zA-Z]+)((?:\.[A-Za-z0-9-]+)*)\}\}/g, (whole, fact: string, path: string) => {
    const value = path ? resolveFactPath(facts[fact], `$${path}`) : facts[fact];
    return value === undefined || value === null ? whole : typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** The finding a provider rule gives on a unit. */
export function providerFindingOf(rule: RuleJson, unit: ProviderUnit, ruleSet: RuleSetVersion, explanation: Explanation): Finding {
  const { set } = unit;
  const pointer = fillPerceel(rule.event.params.policyChoice, set.perceel);
  const message = fillMessage(rule.event.params.message, set.facts);
  return {
    code: rule.event.type,
    severity: rule.event.params.severity,
    message: set.aanbieder ? `${set.aanbieder.naam} (${set.perceel}): ${message}` : `Perceel ${set.perceel}: ${message}`,
    ...(rule.event.params.advies ? { advice: rule.event.params.advies } : {}),
    ruleId: rule.id,
    ruleDescription: rule.description,
    policyChoice: { pointer, value: readPointer(ruleSet.policy, pointer), override: false },
    source: rule.source ?? [],
    explanation,
    about: unit.about,
  };
}
