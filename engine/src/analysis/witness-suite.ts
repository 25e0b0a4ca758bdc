/**
 * Witnesses as a regression suite: per rule set one suite with, for every
 * rule and context (municipality, perceel) where the rule can fire, the
 * witness case with the findings the evaluator gives as its expectation —
 * and for every rule on provider data and perceel where it can fire, the
 * witness provider file in the form of the provider suites (`providers`) —
 * so the suites cover every rule that can fire by construction.
 */
import type { RegressionSuite, SuiteCase } from '../testing/run-suite';
import type { RuleSetAnalysis } from './analyse-rule-set';
import { observe } from './witness';
import { observeProviders } from './provider-analysis';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';

export interface WitnessSuiteInput {
  analysis: RuleSetAnalysis;
  versions: readonly RuleSetVersion[];
  region: Region;
  sharedRules: Record<string, SharedRules>;
}

export interface WitnessSuiteResult {
  suite: RegressionSuite;
  /** Witness cases written, and those the evaluator did not confirm (the rule did not fire): should be none. */
  cases: number;
  unverified: string[];
}

/** Builds the witness suite of one rule set; every case verified again for its own municipality. */
export function buildWitnessSuite({ analysis, versions, region, sharedRules }: WitnessSuiteInput): WitnessSuiteResult {
  const cases: SuiteCase[] = [];
  const unverified: string[] = [];
  for (const version of analysis.versions) {
    const ruleSet = versions.find((v) => v.version === version.version) as RuleSetVersion;
    for (const cls of version.contexts) {
      for (const result of cls.rules) {
        if (!result.witness) continue;
        for (const gemeente of cls.gemeenten) {
          const caseData = { ...result.witness.case, gemeente, id: String(result.witness.case.id).replace(`-${cls.gemeenten[0]}-`, `-${gemeente}-`) };
          const observed = observe({ ruleSet, sharedRules, region, gemeente, perceel: cls.perceel }, caseData, result.witness.asOf);
          const name = `v${version.version} ${gemeente} ${cls.perceel}: ${result.ruleId} vuurt`;
          if (observed.error || !observed.firedRules.includes(result.ruleId)) unverified.push(name);
          cases.push({
            name,
            description: `Fictieve getuige, gegenereerd door de analyse: laat regel ${result.ruleId} (${result.code}) vuren.`,
            case: caseData,
            asOf: result.witness.asOf,
            ruleset: analysis.rulesetId,
            version: version.version,
            expect: { findings: observed.findings },
          });
        }
      }
    }
  }
  for (const version of analysis.versions) {
    const ruleSet = versions.find((v) => v.version === version.version) as RuleSetVersion;
    for (const result of version.providerRules) {
      if (!result.witness) continue;
      const observed = observeProviders({ ruleSet, sharedRules, region, asOf: result.witness.asOf }, result.witness.providers);
      const name = `v${version.version} aanbieders ${result.perceel}: ${result.ruleId} vuurt`;
      if (observed.error || !observed.firedRules.includes(result.ruleId)) unverified.push(name);
      cases.push({
        name,
        description: `Fictieve aanbiedersgegevens, gegenereerd door de analyse: laten regel ${result.ruleId} (${result.code}) vuren op perceel ${result.perceel}.`,
        providers: result.witness.providers,
        asOf: result.witness.asOf,
        ruleset: analysis.rulesetId,
        version: version.version,
        expect: { findings: observed.findings },
      });
    }
  }
  return {
    suite: {
      title: `Getuigen ${analysis.rulesetId} (gegenereerd, fictief)`,
      description:
        'Per regel en context een fictieve casus (of, voor regels over aanbiedersgegevens, fictieve aanbiedersgegevens per perceel) die de regel laat vuren, met de bevindingen die de evaluator geeft. Gegenereerd door sturing analyse --witnesses.',
      ruleset: analysis.rulesetId,
      cases,
    },
    cases: cases.length,
    unverified,
  };
}
