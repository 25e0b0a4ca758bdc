/**
 * Evaluates a case with the compiled rules: the same findings, undecided
 * rules and missing facts as evaluateCaseWith, without explanations. For
 * bulk work (impact, populations, benchmarks); the reference path stays
 * json-rules-engine.
 */
import { caseFindingOf } from '../finding-collector';
import type { Finding, MissingFact } from '../decision';
import { SturingError } from '../errors';
import { assertValidCase, type EvaluationInput } from '../evaluate';
import { deriveCaseDates, normaliseCase } from '../facts';
import { decideHoeResponsibility } from '../hoe-responsibility';
import { applyOverride, type AppliedPolicy } from '../overrides';
import { prepareRuleSet } from '../prepare-rule-set';
import type { PerceelPolicy, RuleSetVersion, SharedRules, ToegangPolicy } from '../rule-set';
import { parseRuleSetId } from '../rule-set';
import { isIsoDate } from '../dates';
import { compileRules, type CompiledRule } from './compile-rules';

/** A finding of the compiled path: a reference finding without its explanation. */
export type FastFinding = Omit<Finding, 'explanation'>;

/** The outcome of a compiled evaluation. */
export interface FastDecision {
  rulesetId: string;
  version: number;
  gemeente: string;
  perceel: string;
  findings: FastFinding[];
  undecidedRules: { ruleId: string; code: string }[];
  ontbrekend: MissingFact[];
}

export interface FastEvaluationOptions {
  /** Skip the case schema validation (cases already validated, e.g. generated ones). Default false. */
  trusted?: boolean;
}

interface PolicyContext {
  applied: AppliedPolicy;
  beleid: PerceelPolicy | undefined;
  segment: Record<string, unknown>;
  hoeBeslisser: unknown;
  toegang: ToegangPolicy | undefined;
  /** Per rule index: the finding it gives in this context (built once, shared: do not mutate). */
  findings: (FastFinding | undefined)[];
}

const contexts = new WeakMap<RuleSetVersion, Map<string, PolicyContext>>();

function policyContext(ruleSet: RuleSetVersion, gemeente: string, perceelName: string): PolicyContext {
  let byKey = contexts.get(ruleSet);
  if (!byKey) contexts.set(ruleSet, (byKey = new Map()));
  const key = `${gemeente}\u0000${perceelName}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const applied = applyOverride(ruleSet, gemeente);
  const policy = applied.policy;
  const beleid = Object.prototype.hasOwnProperty.call(policy.percelen, perceelName) ? policy.percelen[perceelName] : undefined;
  const toegangRaw = beleid?.toegang;
  const toegang = toegangRaw && !('nietVanToepassing' in toegangRaw) ? (toegangRaw as ToegangPolicy) : undefined;
  const context: PolicyContext = {
    applied,
    beleid,
    segment: { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) },
    hoeBeslisser: toegang ? decideHoeResponsibility(toegang) : undefined,
    toegang,
    findings: [],
  };
  byKey.set(key, context);
  return context;
}

const compiledByRuleSet = new WeakMap<RuleSetVersion, { sharedRules: Record<string, SharedRules>; rules: CompiledRule[] }>();

/** The compiled rules of a rule set; skips preparation when called again with the same shared-rules object. */
function compiledFor(ruleSet: RuleSetVersion, sharedRules: Record<string, SharedRules>): CompiledRule[] {
  const cached = compiledByRuleSet.get(ruleSet);
  if (cached && cached.sharedRules === sharedRules) return cached.rules;
  const rules = compileRules(prepareRuleSet(ruleSet, sharedRules));
  compiledByRuleSet.set(ruleSet, { sharedRules, rules });
  return rules;
}

/** Evaluates one case with the compiled rules; same inputs and checks as evaluateCaseWith. */
export function evaluateCaseFast(input: EvaluationInput, options: FastEvaluationOptions = {}): FastDecision {
  const { ruleSet, region } = input;
  if (!options.trusted) assertValidCase(input.caseData);
  const caseData = input.caseData as Record<string, unknown> & { gemeente: string; domein: string; segment: string; perceel: string; datum: string };
  const asOf = input.asOf ?? caseData.datum;
  if (!options.trusted) {
    if (!isIsoDate(asOf))
      throw new SturingError('INVOER_ONGELDIG', `Ongeldige peildatum "${asOf}" (verwacht JJJJ-MM-DD).`, [{ path: '/asOf', message: 'geen geldige datum' }]);
    if (!region.gemeenten.some((g) => g.id === caseData.gemeente)) {
      throw new SturingError('GEMEENTE_ONBEKEND', `Gemeente "${caseData.gemeente}" hoort niet bij regio ${region.naam}.`, [
        { path: '/gemeente', message: 'onbekende gemeente' },
      ]);
    }
    const id = parseRuleSetId(ruleSet.id);
    if (caseData.domein !== id.domain || caseData.segment !== id.segment) {
      throw new SturingError('INVOER_ONGELDIG', `De casus (${caseData.domein}/${caseData.segment}) hoort niet bij regelset ${ruleSet.id}.`, [
        { path: caseData.domein !== id.domain ? '/domein' : '/segment', message: `past niet bij regelset ${ruleSet.id}` },
      ]);
    }
  }
  const rules = compiledFor(ruleSet, input.sharedRules);
  const perceel = String(caseData.perceel);
  const context = policyContext(ruleSet, caseData.gemeente, perceel);
  const facts: Record<string, unknown> = {
    casus: normaliseCase(caseData),
    beleid: context.beleid,
    segment: context.segment,
    hoeBeslisser: context.hoeBeslisser,
    afgeleid: deriveCaseDates(caseData, context.toegang),
    peildatum: asOf,
    gemeente: caseData.gemeente,
  };

  const findings: FastFinding[] = [];
  const undecidedRules: FastDecision['undecidedRules'] = [];
  let missingByKey: Map<string, MissingFact> | undefined;
  const missing: { fact: string; path?: string }[] = [];
  for (let i = 0; i < rules.length; i++) {
    const { rule } = rules[i].expanded;
    const held = rules[i].decide(facts);
    if (held === null) {
      missing.length = 0;
      rules[i].evaluate(facts, missing);
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      missingByKey ??= new Map();
      for (const m of missing) {
        const key = `${m.fact}|${m.path ?? ''}`;
        const entry = missingByKey.get(key) ?? { ...m, rules: [] };
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
        missingByKey.set(key, entry);
      }
      continue;
    }
    if (!held) continue;
    let finding = context.findings[i];
    if (!finding) {
      finding = caseFindingOf(rule, perceel, context.applied);
      context.findings[i] = finding;
    }
    findings.push(finding);
  }
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    gemeente: caseData.gemeente,
    perceel,
    findings,
    undecidedRules,
    ontbrekend: missingByKey ? [...missingByKey.values()] : [],
  };
}
