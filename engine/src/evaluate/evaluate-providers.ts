/**
 * Evaluates provider data (docs/domain.md §6) against a segment's rule set, in
 * parallel to evaluating a case: only rules of subject `aanbieders` run,
 * once per perceel and once per provider on each perceel it is active on,
 * and the result is the same Decision (receipt) with explained findings.
 * Compiled and traced by default; `engine: 'referentie'` runs json-rules-engine.
 */
import type { Decision } from '../model/decision';
import { SturingError } from '../model/errors';
import type { RuleRepository } from '../model/repository';
import { assertValidProviderData } from '../facts/provider-data';
import { evaluateProvidersTraced } from './compile/compiled-evaluate';
import { chooseVersion, loadSharedRules, type EvaluateOptions } from './evaluate-case';
import type { ProviderEvaluationInput } from './evaluation-input';
import type { PipelineOptions } from './evaluate';
import { evaluateProvidersReference } from './reference';

export type { ProviderEvaluationInput } from './evaluation-input';

/** Evaluates provider data under one rule-set version and returns the decision with explanations. */
export async function evaluateProvidersWith(input: ProviderEvaluationInput, options: PipelineOptions = {}): Promise<Decision> {
  if (options.engine === 'referentie') return evaluateProvidersReference(input);
  return evaluateProvidersTraced(input, { cache: options.cache, observer: options.observer });
}

/** Evaluates provider data from a repository: the rule set follows from regio + domein + segment, the version from the as-of date. */
export async function evaluateProviders(repository: RuleRepository, providerData: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  assertValidProviderData(providerData);
  const region = (await repository.listRegions()).find((r) => r.id === providerData.regio);
  if (!region) {
    throw new SturingError('REGIO_ONBEKEND', `Regio "${providerData.regio}" is onbekend.`, [{ path: '/regio', message: 'onbekende regio' }]);
  }
  const rulesetId = options.rulesetId ?? `${region.id}/${providerData.domein}/${providerData.segment}`;
  const asOf = options.asOf ?? providerData.datum;
  const ruleSet = await chooseVersion(repository, rulesetId, asOf, options.version, options.kennisdatum);
  return evaluateProvidersWith({ providerData, ruleSet, region, sharedRules: await loadSharedRules(repository, ruleSet), asOf }, options);
}
