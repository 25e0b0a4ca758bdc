/**
 * Rule coverage of a regression run: per rule-set version, which rules
 * never fired and which conditions never told cases apart (never held both
 * true and false). An observer of the compiled evaluator's trace: pass
 * `coverage.observer` to the evaluations (runSuite does), then read
 * `coverage.result()`. Provider evaluations are left out.
 */
import type { Decision, Explanation } from '../model/decision';
import type { RuleRepository } from '../model/repository';
import type { PreparedRuleSet } from '../evaluate/prepare-rule-set';
import type { RuleTrace, TraceObserver } from '../evaluate/compile/compiled-evaluate';
import { evaluateCase } from '../evaluate/evaluate-case';
import { compileRules } from '../evaluate/compile/compile-rules';
import { createPolicyContext } from '../evaluate/compile/policy-context';
import { findFact } from '../facts/facts';
import { applyOverride } from '../rules/overrides';
import { parseRuleSetId, type Region, type RuleSetVersion } from '../model/rule-set';

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

function walk(explanation: Explanation, position: string, visit: (position: string, leaf: Explanation) => void): void {
  if ('type' in explanation && 'conditions' in explanation) {
    explanation.conditions.forEach((c, i) => walk(c, `${position}${position ? '.' : ''}${explanation.type}[${i}]`, visit));
  } else visit(position, explanation);
}

interface VersionCoverage {
  coverage: RuleSetCoverage;
  /** Entries by rule index in the prepared rule set. */
  rules: RuleCoverageEntry[];
}

/** Which rules can fire at all under a rule set: for some municipality of its region and perceel, the policy does not rule them out. */
function fireableRules(ruleSet: RuleSetVersion, prepared: PreparedRuleSet, region: Region | undefined): Set<string> {
  const compiled = compileRules(prepared);
  const fireable = new Set<string>();
  for (const gemeente of region?.gemeenten.map((g) => g.id) ?? []) {
    for (const perceel of Object.keys(applyOverride(ruleSet, gemeente).policy.percelen)) {
      const context = createPolicyContext(ruleSet, compiled, gemeente, perceel, { generateCode: false, lookup: findFact });
      context.canHold.forEach((can, i) => can && fireable.add(compiled[i].expanded.rule.id));
    }
  }
  return fireable;
}

/** Collects coverage from the traces of case evaluations; `regions` tell which rules can fire (every municipality of the rule set's region). */
export class RuleCoverage {
  private readonly byVersion = new Map<string, VersionCoverage>();
  private current: VersionCoverage | undefined;

  constructor(private readonly regions: readonly Region[] = []) {}

  /** The trace observer to pass to evaluations. */
  readonly observer: TraceObserver = {
    begin: (prepared) => this.begin(prepared),
    rule: (trace) => this.rule(trace),
  };

  private begin(prepared: PreparedRuleSet): void {
    if (prepared.subject !== 'casus') {
      this.current = undefined;
      return;
    }
    const { ruleSet } = prepared;
    const key = `${ruleSet.id}@${ruleSet.version}`;
    let entry = this.byVersion.get(key);
    if (!entry) {
      const fireable = fireableRules(
        ruleSet,
        prepared,
        this.regions.find((r) => r.id === parseRuleSetId(ruleSet.id).region),
      );
      const rules = prepared.rules.map(({ rule }): RuleCoverageEntry => ({
        ruleId: rule.id,
        code: rule.event.type,
        fired: 0,
        covered: false,
        canFire: fireable.has(rule.id),
        conditions: [],
      }));
      const coverage: RuleSetCoverage = {
        rulesetId: ruleSet.id,
        version: ruleSet.version,
        cases: 0,
        rules,
        rulesCovered: 0,
        conditionsCovered: 0,
        conditionsTotal: 0,
        percentage: 0,
        rulesThatCanFire: 0,
        rulesThatCanFireCovered: 0,
        percentageOfFireable: 0,
      };
      this.byVersion.set(key, (entry = { coverage, rules }));
    }
    entry.coverage.cases++;
    this.current = entry;
  }

  private rule({ index, explanation }: RuleTrace): void {
    const ruleEntry = this.current?.rules[index];
    if (!ruleEntry) return;
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

  /** The coverage per rule-set version, in the order they were first evaluated. */
  result(): RuleSetCoverage[] {
    return [...this.byVersion.values()].map(({ coverage }) => {
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
}

/**
 * Coverage of decisions already made elsewhere (e.g. on the reference path): their cases are
 * evaluated once more on the compiled path, traced, for the observer. Provider decisions are left out.
 */
export async function computeRuleCoverage(repository: RuleRepository, decisions: readonly Decision[]): Promise<RuleSetCoverage[]> {
  const coverage = new RuleCoverage(await repository.listRegions());
  for (const decision of decisions) {
    if (decision.subject === 'aanbieders' || !decision.input.case) continue;
    await evaluateCase(repository, decision.input.case, {
      rulesetId: decision.rulesetId,
      asOf: decision.asOf,
      version: decision.version,
      observer: coverage.observer,
    });
  }
  return coverage.result();
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
