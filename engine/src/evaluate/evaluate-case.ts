/** Evaluates a case the way a user asks: the rule set follows from the case, the version from the as-of date. */
import type { Decision } from '../model/decision';
import { SturingError } from '../model/errors';
import { assertValidCase, evaluateCaseWith, type EvaluationInput, type PipelineOptions } from './evaluate';
import type { RuleRepository } from '../model/repository';
import { resolveVersion, versionsKnownAt } from '../rules/resolve-version';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';

export interface EvaluateOptions extends PipelineOptions {
  /** region/domain/segment; defaults to the case's region + domein + segment. */
  rulesetId?: string;
  asOf?: string;
  /** A specific version instead of the one in force. */
  version?: number;
  /** Resolve among the versions as they were known (published) at this date or time; default: all published versions. */
  kennisdatum?: string;
}

/** Finds the region a municipality belongs to (the first, when it belongs to several; see findRegionsOf). */
export async function findRegionOf(repository: RuleRepository, gemeente: string): Promise<Region | undefined> {
  return (await findRegionsOf(repository, gemeente))[0];
}

/** Every region a municipality belongs to: a municipality can buy one domain in one region and another elsewhere (Maastricht). */
export async function findRegionsOf(repository: RuleRepository, gemeente: string): Promise<Region[]> {
  return (await repository.listRegions()).filter((r) => r.gemeenten.some((g) => g.id === gemeente));
}

/**
 * The region a case is evaluated in: the rule set's region when one is named, otherwise the one region of the
 * municipality that has a rule set for the case's domain and segment (REGIO_ONDUIDELIJK when several have one).
 */
async function regionForCase(repository: RuleRepository, caseData: { gemeente: string; domein: string; segment: string }, rulesetId?: string): Promise<Region> {
  const regions = await findRegionsOf(repository, caseData.gemeente);
  if (regions.length === 0) {
    throw new SturingError('GEMEENTE_ONBEKEND', `Gemeente "${caseData.gemeente}" is onbekend.`, [
      { path: '/gemeente', message: 'hoort bij geen enkele regio' },
    ]);
  }
  if (rulesetId !== undefined) {
    const named = regions.find((r) => r.id === parseRuleSetId(rulesetId).region);
    if (!named) {
      throw new SturingError('INVOER_ONGELDIG', `Gemeente ${caseData.gemeente} hoort niet bij de regio van regelset ${rulesetId}.`, [
        { path: '/gemeente', message: `hoort bij regio ${regions.map((r) => r.id).join(', ')}` },
      ]);
    }
    return named;
  }
  if (regions.length === 1) return regions[0];
  const ids = new Set(await repository.listRuleSetIds());
  const withSegment = regions.filter((r) => ids.has(`${r.id}/${caseData.domein}/${caseData.segment}`));
  if (withSegment.length === 1) return withSegment[0];
  // No region has the segment: the first one's rule-set id is what "unknown rule set" names.
  if (withSegment.length === 0) return regions[0];
  throw new SturingError(
    'REGIO_ONDUIDELIJK',
    `Gemeente ${caseData.gemeente} hoort bij meer dan één regio (${regions.map((r) => r.naam).join(', ')}); noem de regelset.`,
    [
      {
        path: '/gemeente',
        message: `meer dan één van deze regio's heeft een regelset voor ${caseData.domein}/${caseData.segment}`,
      },
    ],
  );
}

/** Loads the shared libraries a rule set names (missing ones are reported by prepareRuleSet). */
export async function loadSharedRules(repository: RuleRepository, ruleSet: RuleSetVersion): Promise<Record<string, SharedRules>> {
  const entries = await Promise.all((ruleSet.sharedRules ?? []).map(async (id) => [id, await repository.getSharedRules(id)] as const));
  return Object.fromEntries(entries.filter(([, lib]) => lib !== undefined)) as Record<string, SharedRules>;
}

/** Picks the version to use: the explicit one, or the one in force on `asOf`. */
export async function chooseVersion(
  repository: RuleRepository,
  rulesetId: string,
  asOf: string,
  version?: number,
  kennisdatum?: string,
): Promise<RuleSetVersion> {
  const all = await repository.listVersions(rulesetId);
  if (all.length === 0) {
    throw new SturingError('REGELSET_ONBEKEND', `Er is geen regelset ${rulesetId}.`, [{ path: '/ruleset', message: `onbekende regelset ${rulesetId}` }]);
  }
  const versions = kennisdatum === undefined ? all : versionsKnownAt(all, (await repository.publicationTimes?.(rulesetId)) ?? {}, kennisdatum);
  if (versions.length === 0) {
    throw new SturingError('GEEN_VERSIE_VAN_KRACHT', `Regelset ${rulesetId} had op kennisdatum ${kennisdatum} nog geen gepubliceerde versie.`, [
      { path: '/kennisdatum', message: 'vóór de eerste publicatie' },
    ]);
  }
  if (version === undefined) return resolveVersion(versions, asOf, rulesetId);
  const found = versions.find((v) => v.version === version);
  if (!found) {
    throw new SturingError('VERSIE_ONBEKEND', `Regelset ${rulesetId} heeft geen versie ${version}.`, [
      { path: '/version', message: `bestaande versies${kennisdatum ? ` op kennisdatum ${kennisdatum}` : ''}: ${versions.map((v) => v.version).join(', ')}` },
    ]);
  }
  return found;
}

/** Resolves what a case is evaluated with: its region, the rule set (from the case or the option), the version in force and the shared rules. */
export async function resolveCaseInput(
  repository: RuleRepository,
  caseData: unknown,
  options: EvaluateOptions = {},
  sharedRulesOf: (ruleSet: RuleSetVersion) => Promise<Record<string, SharedRules>> = (ruleSet) => loadSharedRules(repository, ruleSet),
): Promise<EvaluationInput> {
  assertValidCase(caseData);
  const region = await regionForCase(repository, caseData, options.rulesetId);
  const rulesetId = options.rulesetId ?? `${region.id}/${caseData.domein}/${caseData.segment}`;
  const asOf = options.asOf ?? caseData.datum;
  const ruleSet = await chooseVersion(repository, rulesetId, asOf, options.version, options.kennisdatum);
  return { caseData, ruleSet, region, sharedRules: await sharedRulesOf(ruleSet), asOf };
}

/** Evaluates a case from a repository: the decision with explanations (compiled and traced; `engine: 'referentie'` for json-rules-engine). */
export async function evaluateCase(repository: RuleRepository, caseData: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  return evaluateCaseWith(await resolveCaseInput(repository, caseData, options), options);
}
