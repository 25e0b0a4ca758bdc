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
