/** Evaluates a case against a given rule-set version: the heart of the engine. */
import type { Decision, Finding, MissingFact } from './decision';
import { SturingError } from './errors';
import { explainConditions } from './explain';
import { buildCaseFacts } from './facts';
import { readPointer } from './json-pointer';
import { applyOverride } from './overrides';
import { prepareRuleSet } from './prepare-rule-set';
import type { Region, RuleSetVersion, SharedRules } from './rule-set';
import { parseRuleSetId } from './rule-set';
import { runRules } from './run-rules';
import { validateAgainstSchema } from './schemas';
import { isIsoDate } from './dates';
import { ENGINE_VERSION } from './version';

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

function fillPerceel(pointer: string, perceel: string): string {
  return pointer.replace('{perceel}', perceel.replace(/~/g, '~0').replace(/\//g, '~1'));
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

  const findings: Finding[] = [];
  const missingByKey = new Map<string, MissingFact>();
  const undecidedRules: Decision['undecidedRules'] = [];
  for (const { rule } of prepared.rules) {
    const outcome = outcomes.get(rule.id);
    if (!outcome) continue;
    const missing: { fact: string; path?: string }[] = [];
    const explanation = explainConditions(outcome.conditions as never, facts, missing);
    if (explanation.held === null) {
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      for (const m of missing) {
        const key = `${m.fact}|${m.path ?? ''}`;
        const entry = missingByKey.get(key) ?? { ...m, rules: [] };
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
        missingByKey.set(key, entry);
      }
      continue;
    }
    // json-rules-engine is the reference: it must agree with the three-valued reading.
    if (explanation.held !== outcome.fired) {
      throw new Error(`Interne inconsistentie bij regel ${rule.id}: engine ${outcome.fired}, uitleg ${explanation.held}`);
    }
    if (!outcome.fired) continue;
    const pointer = fillPerceel(rule.event.params.policyChoice, caseData.perceel);
    findings.push({
      code: rule.event.type,
      severity: rule.event.params.severity,
      message: rule.event.params.message,
      ...(rule.event.params.advies ? { advies: rule.event.params.advies } : {}),
      ruleId: rule.id,
      ruleDescription: rule.description,
      policyChoice: {
        pointer,
        value: readPointer(applied.policy, pointer),
        override: applied.overridden.some((p) => p.startsWith(pointer) || pointer.startsWith(p)),
      },
      source: rule.source ?? [],
      explanation,
    });
  }

  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
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
    gemeente: caseData.gemeente,
    perceel: caseData.perceel,
    override: applied.overridden.length > 0 ? { gemeente: caseData.gemeente, pointers: applied.overridden } : null,
    findings,
    ontbrekend: [...missingByKey.values()],
    undecidedRules,
    summary: { fout: count('fout'), waarschuwing: count('waarschuwing'), info: count('info'), regelsGeevalueerd: prepared.rules.length },
    input: { case: caseData },
  };
}
