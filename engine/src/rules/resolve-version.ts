/** Picks the version of a rule set in force on a date. */
import { SturingError } from '../model/errors';
import type { RuleSetVersion } from '../model/rule-set';

type VersionMeta = Pick<RuleSetVersion, 'id' | 'version' | 'effectiveFrom' | 'effectiveTo'>;

/** True when `version` is in force on `asOf` (effectiveTo is the last day, inclusive). */
export function isInForce(version: VersionMeta, asOf: string): boolean {
  return version.effectiveFrom <= asOf && (version.effectiveTo == null || asOf <= version.effectiveTo);
}

/** The highest-numbered version in force on `asOf`; a clear error when none is. */
export function resolveVersion<V extends VersionMeta>(versions: readonly V[], asOf: string, rulesetId: string): V {
  const inForce = versions.filter((v) => isInForce(v, asOf));
  if (inForce.length > 0) return inForce.reduce((a, b) => (b.version > a.version ? b : a));
  if (versions.length === 0) {
    throw new SturingError('REGELSET_ONBEKEND', `Regelset ${rulesetId} heeft geen gepubliceerde versies.`, [{ path: '/ruleset', message: 'geen versies' }]);
  }
  const first = versions.reduce((a, b) => (b.effectiveFrom < a.effectiveFrom ? b : a));
  const reason =
    asOf < first.effectiveFrom ? `de eerste versie (v${first.version}) geldt pas vanaf ${first.effectiveFrom}` : 'alle versies zijn vóór die datum geëindigd';
  throw new SturingError('GEEN_VERSIE_VAN_KRACHT', `Regelset ${rulesetId} heeft op ${asOf} geen geldende versie: ${reason}.`, [
    { path: '/asOf', message: reason },
  ]);
}

/**
 * The versions that were published by `kennisdatum` (a date JJJJ-MM-DD, inclusive, or an ISO timestamp), so that a
 * decision can be re-run exactly as it was made, also after a later version was published with retroactive effect.
 * A version without a known publication time counts as known. Without a kennisdatum every version is known.
 */
export function versionsKnownAt<V extends VersionMeta>(versions: readonly V[], publishedAt: Record<number, string>, kennisdatum: string | undefined): V[] {
  if (kennisdatum === undefined) return [...versions];
  const known = (time: string): boolean => (kennisdatum.length === 10 ? time.slice(0, 10) <= kennisdatum : time <= kennisdatum);
  return versions.filter((v) => publishedAt[v.version] === undefined || known(publishedAt[v.version]));
}
