/**
 * The input check of every evaluation, one copy for the compiled and the
 * reference path: a case (schema, as-of date, municipality of the region,
 * rule set of its domain and segment) or provider data (schema, as-of date,
 * region/domain/segment, percelen and municipalities of the policy).
 */
import { isIsoDate } from '../model/dates';
import { SturingError } from '../model/errors';
import type { Region, RuleSetVersion } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';
import { validateAgainstSchema } from '../model/schemas';
import { assertValidProviderData, checkProviderDataAgainst, type ProviderData } from '../facts/provider-data';

/** The fields of a case the pipeline reads before the rules do. */
export interface CaseShape {
  id: string;
  gemeente: string;
  domein: string;
  segment: string;
  perceel: string;
  datum: string;
}

export type CheckedCase = CaseShape & Record<string, unknown>;

/**
 * Case objects that just passed the schema check. Resolving a case (region, version) checks it and the evaluation
 * checks it again against the chosen rule set; the second check skips the schema part once for the same object
 * (the mark is used up), so a case changed and evaluated again is checked again.
 */
const schemaChecked = new WeakSet<object>();

/** Validates a case against the case schema; throws CASUS_ONGELDIG naming every bad field. */
export function assertValidCase(caseData: unknown): asserts caseData is CheckedCase {
  if (typeof caseData === 'object' && caseData !== null && schemaChecked.delete(caseData)) return;
  const issues = validateAgainstSchema('case.schema.json', caseData);
  if (issues.length === 0 && typeof caseData === 'object' && caseData !== null) schemaChecked.add(caseData);
  if (issues.length > 0) {
    throw new SturingError('CASUS_ONGELDIG', `De casus is ongeldig: ${issues[0].path || '/'} ${issues[0].message}`, issues);
  }
}

/** Throws INVOER_ONGELDIG unless `asOf` is a date JJJJ-MM-DD. */
export function assertAsOf(asOf: unknown): asserts asOf is string {
  if (!isIsoDate(asOf as string))
    throw new SturingError('INVOER_ONGELDIG', `Ongeldige peildatum "${String(asOf)}" (verwacht JJJJ-MM-DD).`, [
      { path: '/asOf', message: 'geen geldige datum' },
    ]);
}

/** Checks a case against the rule set and region it is evaluated with; returns the case and its as-of date. */
export function checkCase(
  caseData: unknown,
  ruleSet: RuleSetVersion,
  region: Region,
  asOfOption: string | undefined,
  trusted = false,
): { caseData: CheckedCase; asOf: string } {
  if (trusted) {
    const trustedCase = caseData as CheckedCase;
    return { caseData: trustedCase, asOf: asOfOption ?? trustedCase.datum };
  }
  assertValidCase(caseData);
  const asOf = asOfOption ?? caseData.datum;
  assertAsOf(asOf);
  if (!region.gemeenten.some((g) => g.id === caseData.gemeente)) {
    throw new SturingError('GEMEENTE_ONBEKEND', `Gemeente "${caseData.gemeente}" hoort niet bij regio ${region.naam}.`, [
      { path: '/gemeente', message: `onbekende gemeente; bekend: ${region.gemeenten.map((g) => g.id).join(', ')}` },
    ]);
  }
  const id = parseRuleSetId(ruleSet.id);
  if (caseData.domein !== id.domain || caseData.segment !== id.segment) {
    throw new SturingError('INVOER_ONGELDIG', `De casus (${caseData.domein}/${caseData.segment}) hoort niet bij regelset ${ruleSet.id}.`, [
      { path: caseData.domein !== id.domain ? '/domein' : '/segment', message: `past niet bij regelset ${ruleSet.id}` },
    ]);
  }
  return { caseData, asOf };
}

/** Checks provider data against the rule set and region it is evaluated with; returns the data and its as-of date. */
export function checkProviders(
  providerData: unknown,
  ruleSet: RuleSetVersion,
  region: Region,
  asOfOption: string | undefined,
): { data: ProviderData; asOf: string } {
  assertValidProviderData(providerData);
  const data = providerData;
  const asOf = asOfOption ?? data.datum;
  assertAsOf(asOf);
  const id = parseRuleSetId(ruleSet.id);
  if (data.regio !== id.region || data.domein !== id.domain || data.segment !== id.segment) {
    const path = data.regio !== id.region ? '/regio' : data.domein !== id.domain ? '/domein' : '/segment';
    throw new SturingError('INVOER_ONGELDIG', `De aanbiedersgegevens (${data.regio}/${data.domein}/${data.segment}) horen niet bij regelset ${ruleSet.id}.`, [
      { path, message: `past niet bij regelset ${ruleSet.id}` },
    ]);
  }
  checkProviderDataAgainst(data, ruleSet.policy, region);
  return { data, asOf };
}
