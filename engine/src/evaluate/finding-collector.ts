/**
 * Turns the reference engine's outcome of each rule into findings, undecided
 * rules and missing facts, and assembles the receipt. Shared by case and
 * provider evaluation so both read the three-valued outcome the same way.
 */
import type { Decision, Explanation, FindingSubject, MissingFact, Finding } from '../model/decision';
import { explainConditions, type FactLookup } from './explain';
import type { PreparedRuleSet } from './prepare-rule-set';
import { readPointer } from '../json/json-pointer';
import type { AppliedPolicy } from '../rules/overrides';
import type { RuleJson } from '../model/rule-set';
import { ENGINE_VERSION } from '../model/version';

/** Puts the case's (or unit's) perceel into a policy-choice pointer such as /percelen/{perceel}/toegang/hoe. */
export function fillPerceel(pointer: string, perceel: string): string {
  return pointer.replace('{perceel}', perceel.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** A finding of a case rule without its explanation: code, message, rule and the policy choice it applied (marked when an override set it). */
export function caseFindingOf(rule: RuleJson, perceel: string, applied: AppliedPolicy): Omit<Finding, 'explanation'> {
  const pointer = fillPerceel(rule.event.params.policyChoice, perceel);
  return {
    code: rule.event.type,
    severity: rule.event.params.severity,
    message: rule.event.params.message,
    ...(rule.event.params.advies ? { advice: rule.event.params.advies } : {}),
    ruleId: rule.id,
    ruleDescription: rule.description,
    policyChoice: {
      pointer,
      value: readPointer(applied.policy, pointer),
      override: applied.overridden.some((p) => p.startsWith(pointer) || pointer.startsWith(p)),
    },
    source: rule.source ?? [],
  };
}

export class FindingCollector {
  readonly findings: Finding[] = [];
  readonly undecidedRules: Decision['undecidedRules'] = [];
  private readonly missingByKey = new Map<string, MissingFact>();

  constructor(private readonly lookup?: FactLookup) {}

  /**
   * Explains one rule's evaluated conditions. Returns the explanation when the
   * rule fired; records it as undecided (with the missing facts) when a missing
   * fact left it open; returns undefined otherwise.
   */
  explain(
    rule: RuleJson,
    outcome: { fired: boolean; conditions: unknown },
    facts: Record<string, unknown>,
    subject?: { about: FindingSubject; label: string },
  ): Explanation | undefined {
    const missing: { fact: string; path?: string }[] = [];
    const explanation = explainConditions(outcome.conditions as never, facts, missing, this.lookup);
    if (explanation.held === null) {
      this.undecidedRules.push({ ruleId: rule.id, code: rule.event.type, ...(subject ? { about: subject.about } : {}) });
      for (const m of missing) {
        const key = `${m.fact}|${m.path ?? ''}`;
        const entry: MissingFact = this.missingByKey.get(key) ?? { ...m, rules: [], ...(subject ? { affected: [] } : {}) };
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
        if (subject && !entry.affected?.includes(subject.label)) entry.affected?.push(subject.label);
        this.missingByKey.set(key, entry);
      }
      return undefined;
    }
    // json-rules-engine is the reference: it must agree with the three-valued reading.
    if (explanation.held !== outcome.fired) {
      throw new Error(
        `Interne inconsistentie bij regel ${rule.id}${subject ? ` (${subject.label})` : ''}: engine ${outcome.fired}, uitleg ${explanation.held}`,
      );
    }
    return outcome.fired ? explanation : undefined;
  }

  get missing(): MissingFact[] {
    return [...this.missingByKey.values()];
  }

  summary(rulesEvaluated: number): Decision['summary'] {
    const count = (severity: string): number => this.findings.filter((f) => f.severity === severity).length;
    return { fout: count('fout'), waarschuwing: count('waarschuwing'), info: count('info'), rulesEvaluated };
  }
}

/** The receipt fields every decision starts with: which rule set, which version, which engine, as of when. */
export function receiptOf(
  prepared: PreparedRuleSet,
  asOf: string,
): Pick<Decision, 'rulesetId' | 'version' | 'title' | 'effectiveFrom' | 'effectiveTo' | 'contentHash' | 'sharedRules' | 'engineVersion' | 'asOf'> {
  const { ruleSet } = prepared;
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    title: ruleSet.title,
    effectiveFrom: ruleSet.effectiveFrom,
    effectiveTo: ruleSet.effectiveTo ?? null,
    contentHash: prepared.contentHash,
    sharedRules: prepared.sharedRules,
    engineVersion: ENGINE_VERSION,
    asOf,
  };
}
