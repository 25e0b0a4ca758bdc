/** Fictional witness cases: a valid base case per context, and running the (compiled) evaluator on it to verify what it shows. */
import { evaluateCaseFast } from '../evaluate/compile/compiled-evaluate';
import { isSturingError } from '../model/errors';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';

/** What a context of the analysis is: one version, one municipality, one perceel. */
export interface AnalysisContext {
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  gemeente: string;
  perceel: string;
}

/** The anchor date of witness cases: the version's first day (dates in the partition are relative to it). */
export function anchorDate(ruleSet: RuleSetVersion): string {
  return ruleSet.effectiveFrom;
}

/** A minimal valid case for a context; says it is fictional. */
export function baseCase(context: AnalysisContext, datum: string): Record<string, unknown> {
  const { domain, segment } = parseRuleSetId(context.ruleSet.id);
  return {
    id: `fictief-getuige-${context.gemeente}-${context.perceel}`,
    gemeente: context.gemeente,
    domein: domain,
    segment,
    perceel: context.perceel,
    datum,
    besluit: {},
  };
}

/** Runs the compiled evaluator on a witness; codes (fout, waarschuwing) and fired rules, or the refusal code. */
export function observe(
  context: AnalysisContext,
  caseData: Record<string, unknown>,
  asOf: string,
): { findings: string[]; firedRules: string[]; error?: string } {
  try {
    const decision = evaluateCaseFast({ caseData, ruleSet: context.ruleSet, sharedRules: context.sharedRules, region: context.region, asOf });
    return {
      findings: [...new Set(decision.findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort(),
      firedRules: decision.findings.map((f) => f.ruleId),
    };
  } catch (error) {
    if (isSturingError(error)) return { findings: [], firedRules: [], error: error.code };
    throw error;
  }
}
