/**
 * Rule coverage of a regression run: per rule-set version, which rules
 * never fired and which conditions never told cases apart (never held both
 * true and false), computed on the reference path from the decisions.
 */
import type { Decision, Explanation } from '../model/decision';
import { chooseVersion, loadSharedRules } from '../evaluate/evaluate-case';
import { explainConditions } from '../evaluate/explain';
import { buildCaseFacts } from '../facts/facts';
import { applyOverride } from '../rules/overrides';
import { prepareRuleSet } from '../evaluate/prepare-rule-set';
import type { RuleRepository } from '../model/repository';
import { runRules } from '../rules/run-rules';
import { compileRules } from '../evaluate/compile/compile-rules';
import { createPolicyContext } from '../evaluate/compile/policy-context';
import { findFact } from '../facts/facts';
import { parseRuleSetId, type RuleSetVersion } from '../model/rule-set';

export interface ConditionCoverage {
  /** Position in the rule's condition tree, e.g. "all[1]". */
  position: string;
  fact: string;
  path?: string;
  operator: string;
  heldTrue: number;
  heldFalse: number;
  covered: boolean;
}

export interface RuleCoverageEntry {
  ruleId: string;
  code: string;
  fired: number;
  covered: boolean;
  /** False when the policy rules it out for every municipality and perceel of the rule set: it can never fire. */
  canFire: boolean;
  conditions: ConditionCoverage[];
}

export interface RuleSetCoverage {
  rulesetId: string;
  version: number;
  cases: number;
  rules: RuleCoverageEntry[];
  rulesCovered: number;
  conditionsCovered: number;
  conditionsTotal: number;
  /** Share of rules that fired at least once, in percent. */
  percentage: number;
  /** Rules the policy does not rule out (see RuleCoverageEntry.canFire), and how many of those fired. */
  rulesThatCanFire: number;
  rulesThatCanFireCovered: number;
  /** Share of the rules that can fire that fired at least once, in percent (what --coverage-threshold checks). */
  percentageOfFireable: number;
}

/** Which rules can fire at all under a rule set: any municipality of its region, any perceel, the policy not ruling it out. */
async function fireableRules(repository: RuleRepository, ruleSet: RuleSetVersion, prepared: ReturnType<typeof prepareRuleSet>): Promise<Set<string>> {
  const compiled = compileRules(prepared);
  const region = (await repository.listRegions()).find((r) => r.id === parseRuleSetId(ruleSet.id).region);
  const fireable = new Set<string>();
  for (const gemeente of region?.gemeenten.map((g) => g.id) ?? []) {
    for (const perceel of Object.keys(applyOverride(ruleSet, gemeente).policy.percelen)) {
      const context = createPolicyContext(ruleSet, compiled, gemeente, perceel, { generateCode: false, lookup: findFact });
      context.canHold.forEach((can, i) => can && fireable.add(compiled[i].expanded.rule.id));
    }
  }
  return fireable;
}

function walk(explanation: Explanation, position: string, visit: (position: string, leaf: Explanation) => void): void {
  if ('type' in explanation && 'conditions' in explanation) {
    explanation.conditions.forEach((c, i) => walk(c, `${position}${position ? '.' : ''}${explanation.type}[${i}]`, visit));
  } else visit(position, explanation);
}

/** Computes coverage from the decisions of case evaluations (provider decisions are left out). */
export async function computeRuleCoverage(repository: RuleRepository, decisions: readonly Decision[]): Promise<RuleSetCoverage[]> {
  const byVersion = new Map<string, { coverage: RuleSetCoverage; rules: Map<string, RuleCoverageEntry> }>();
  for (const decision of decisions) {
    if (decision.subject === 'aanbieders' || !decision.input.case) continue;
    const caseData = decision.input.case as Record<string, unknown>;
    const ruleSet = await chooseVersion(repository, decision.rulesetId, decision.asOf, decision.version);
    const prepared = prepareRuleSet(ruleSet, await loadSharedRules(repository, ruleSet));
    const key = `${ruleSet.id}@${ruleSet.version}`;
    let entry = byVersion.get(key);
    if (!entry) {
      const fireable = await fireableRules(repository, ruleSet, prepared);
      const rules = new Map(
        prepared.rules.map(({ rule }) => [
          rule.id,
          { ruleId: rule.id, code: rule.event.type, fired: 0, covered: false, canFire: fireable.has(rule.id), conditions: [] } as RuleCoverageEntry,
        ]),
      );
      entry = {
        coverage: {
          rulesetId: ruleSet.id,
          version: ruleSet.version,
          cases: 0,
          rules: [...rules.values()],
          rulesCovered: 0,
          conditionsCovered: 0,
          conditionsTotal: 0,
          percentage: 0,
          rulesThatCanFire: 0,
          rulesThatCanFireCovered: 0,
          percentageOfFireable: 0,
        },
        rules,
      };
      byVersion.set(key, entry);
    }
    entry.coverage.cases++;
    const facts = buildCaseFacts(caseData, applyOverride(ruleSet, String(caseData.gemeente)).policy, decision.asOf);
    const outcomes = await runRules(prepared.rules, facts);
    for (const { rule } of prepared.rules) {
      const outcome = outcomes.get(rule.id);
      const ruleEntry = entry.rules.get(rule.id)!;
      if (!outcome) continue;
      const explanation = explainConditions(outcome.conditions as never, facts, []);
      if (explanation.held === true) ruleEntry.fired++;
      walk(explanation, '', (position, leaf) => {
        let condition = ruleEntry.conditions.find((c) => c.position === position);
        if (!condition) {
          const l = leaf as { fact: string; path?: string; operator: string };
          condition = { position, fact: l.fact, ...(l.path ? { path: l.path } : {}), operator: l.operator, heldTrue: 0, heldFalse: 0, covered: false };
          ruleEntry.conditions.push(condition);
        }
        if (leaf.held === true) condition.heldTrue++;
        else if (leaf.held === false) condition.heldFalse++;
      });
    }
  }
  return [...byVersion.values()].map(({ coverage }) => {
    for (const rule of coverage.rules) {
      rule.covered = rule.fired > 0;
      for (const c of rule.conditions) c.covered = c.heldTrue > 0 && c.heldFalse > 0;
    }
    const conditions = coverage.rules.flatMap((r) => r.conditions);
    coverage.rulesCovered = coverage.rules.filter((r) => r.covered).length;
    coverage.conditionsTotal = conditions.length;
    coverage.conditionsCovered = conditions.filter((c) => c.covered).length;
    coverage.percentage = coverage.rules.length === 0 ? 100 : Math.round((1000 * coverage.rulesCovered) / coverage.rules.length) / 10;
    const fireable = coverage.rules.filter((r) => r.canFire);
    coverage.rulesThatCanFire = fireable.length;
    coverage.rulesThatCanFireCovered = fireable.filter((r) => r.covered).length;
    coverage.percentageOfFireable = fireable.length === 0 ? 100 : Math.round((1000 * coverage.rulesThatCanFireCovered) / fireable.length) / 10;
    return coverage;
  });
}

/** Dutch text lines: per rule set the coverage and the rules/conditions never covered. */
export function formatRuleCoverage(coverage: readonly RuleSetCoverage[]): string[] {
  const lines: string[] = [];
  for (const c of coverage) {
    lines.push(
      `Dekking ${c.rulesetId} v${c.version}: ${c.rulesCovered}/${c.rules.length} regels (${c.percentage} %), van de regels die kunnen vuren ${c.rulesThatCanFireCovered}/${c.rulesThatCanFire} (${c.percentageOfFireable} %), ${c.conditionsCovered}/${c.conditionsTotal} voorwaarden, ${c.cases} casussen`,
    );
    for (const rule of c.rules) {
      if (!rule.covered)
        lines.push(
          `  niet gedekt: regel ${rule.ruleId} (${rule.code}) gaf nooit een bevinding${rule.canFire ? '' : ' (kan niet vuren: het beleid sluit hem uit)'}`,
        );
    }
  }
  return lines;
}
