/** Evaluates a case against a given rule-set version: the heart of the engine. */
import type { Decision } from '../model/decision';
import { SturingError } from '../model/errors';
import { FindingCollector, caseFindingOf, receiptOf } from './finding-collector';
import { buildCaseFacts } from '../facts/facts';
import { applyOverride } from '../rules/overrides';
import { prepareRuleSet } from './prepare-rule-set';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';
import { runRules } from '../rules/run-rules';
import { validateAgainstSchema } from '../model/schemas';
import { isIsoDate } from '../model/dates';

export interface EvaluationInput {
  caseData: unknown;
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  /** Defaults to the case's `datum`. */
  asOf?: string;
}

interface CaseShape {
  id: string;
  gemeente: string;
  domein: string;
  segment: string;
  perceel: string;
  datum: string;
}

/** Validates a case against the case schema; throws CASUS_ONGELDIG naming every bad field. */
export function assertValidCase(caseData: unknown): asserts caseData is CaseShape & Record<string, unknown> {
  const issues = validateAgainstSchema('case.schema.json', caseData);
  if (issues.length > 0) {
    throw new SturingError('CASUS_ONGELDIG', `De casus is ongeldig: ${issues[0].path || '/'} ${issues[0].message}`, issues);
  }
}

/** Evaluates one case under one rule-set version and returns the decision with explanations. */
export async function evaluateCaseWith(input: EvaluationInput): Promise<Decision> {
  const { ruleSet, region } = input;
  assertValidCase(input.caseData);
  const caseData = input.caseData;
  const asOf = input.asOf ?? caseData.datum;
  if (!isIsoDate(asOf))
    throw new SturingError('INVOER_ONGELDIG', `Ongeldige peildatum "${asOf}" (verwacht JJJJ-MM-DD).`, [{ path: '/asOf', message: 'geen geldige datum' }]);
  if (!region.gemeenten.some((g) => g.id === caseData.gemeente)) {
    throw new SturingError('GEMEENTE_ONBEKEND', `Gemeente "${caseData.gemeente}" hoort niet bij regio ${region.naam}.`, [
      { path: '/gemeente', message: `onbekende gemeente; bekend: ${region.gemeenten.map((g) => g.id).join(', ')}` },
    ]);
  }
  const id = parseRuleSetId(ruleSet.id);
  if (caseData.domein !== id.domain || caseData.segment !== id.segment) {
    const path = caseData.domein !== id.domain ? '/domein' : '/segment';
    throw new SturingError('INVOER_ONGELDIG', `De casus (${caseData.domein}/${caseData.segment}) hoort niet bij regelset ${ruleSet.id}.`, [
      { path, message: `past niet bij regelset ${ruleSet.id}` },
    ]);
  }

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
    override: applied.overridden.length > 0 ? { gemeente: caseData.gemeente, pointers: applied.overridden } : null,
    findings: collector.findings,
    missing: collector.missing,
    undecidedRules: collector.undecidedRules,
    summary: collector.summary(prepared.rules.length),
    input: { case: caseData },
  };
}
