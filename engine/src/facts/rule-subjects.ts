/**
 * What a rule checks — a client case (`casus`) or the provider data of a
 * segment (`aanbieders`) — and which facts it may use for that. A rule runs
 * only in an evaluation of its own subject; the validator checks its facts
 * against its subject's catalogue.
 */
import { CASE_FACTS, type FactDefinition } from './facts';
import { PROVIDER_FACTS } from './provider-facts';
import type { RuleJson, RuleSubject, SharedRules } from '../model/rule-set';

export const RULE_SUBJECTS: readonly RuleSubject[] = ['casus', 'aanbieders'];

const CATALOGUES: Record<RuleSubject, ReadonlyMap<string, FactDefinition>> = {
  casus: new Map(CASE_FACTS.map((f) => [f.name, f])),
  aanbieders: new Map(PROVIDER_FACTS.map((f) => [f.name, f])),
};

/** The facts rules of `subject` may use. */
export function factsForSubject(subject: RuleSubject): FactDefinition[] {
  return [...CATALOGUES[subject].values()];
}

/** The definition of a fact for rules of `subject`, or undefined when such rules may not use it. */
export function findSubjectFact(subject: RuleSubject, name: string): FactDefinition | undefined {
  return CATALOGUES[subject].get(name);
}

/** The subject of a rule: its own, else its library's, else `casus`. */
export function ruleSubject(rule: Pick<RuleJson, 'subject'>, library?: Pick<SharedRules, 'subject'>): RuleSubject {
  return rule.subject ?? library?.subject ?? 'casus';
}
