/** Settles a year with the rule-set version in force in that year (or a given version or draft), read through the repository. */
import { SturingError } from '../model/errors';
import type { RuleRepository } from '../model/repository';
import type { RuleSetVersion } from '../model/rule-set';
import { isInForce } from '../rules/resolve-version';
import type { ParsedRealisation } from './realisation';
import { settle, type Settlement } from './settle';

export interface SettleYearOptions {
  rulesetId: string;
  gemeente?: string;
  /** A published version number instead of the one in force. */
  version?: number;
  /** An unpublished draft (the editor's) instead of a published version. */
  draft?: RuleSetVersion;
}

/** The version in force in `year`: the highest-numbered one in force on any day of that year, preferring the one in force on 31 December. */
export function versionForYear(versions: readonly RuleSetVersion[], year: number, rulesetId: string): RuleSetVersion {
  const lastDay = versions.filter((v) => isInForce(v, `${year}-12-31`));
  const inYear =
    lastDay.length > 0 ? lastDay : versions.filter((v) => v.effectiveFrom <= `${year}-12-31` && (v.effectiveTo == null || v.effectiveTo >= `${year}-01-01`));
  if (inYear.length > 0) return inYear.reduce((a, b) => (b.version > a.version ? b : a));
  if (versions.length === 0)
    throw new SturingError('REGELSET_ONBEKEND', `Regelset ${rulesetId} bestaat niet of heeft geen gepubliceerde versies.`, [
      { path: '/ruleset', message: 'onbekende regelset' },
    ]);
  throw new SturingError(
    'GEEN_VERSIE_VAN_KRACHT',
    `Regelset ${rulesetId} heeft in ${year} geen geldende versie (versies gelden vanaf ${versions.map((v) => v.effectiveFrom).sort()[0]}).`,
    [{ path: '/jaar', message: `geen versie van kracht in ${year}` }],
  );
}

/** Resolves the version (in force in the realisation's year, or the one asked for) and the region, then settles. */
export async function settleYear(repository: RuleRepository, parsed: ParsedRealisation, options: SettleYearOptions): Promise<Settlement> {
  const versions = await repository.listVersions(options.rulesetId);
  let ruleSet: RuleSetVersion;
  if (options.draft) ruleSet = options.draft;
  else if (options.version !== undefined) {
    const found = versions.find((v) => v.version === options.version);
    if (!found)
      throw new SturingError('VERSIE_ONBEKEND', `Regelset ${options.rulesetId} heeft geen versie ${options.version}.`, [
        { path: '/version', message: 'onbekende versie' },
      ]);
    ruleSet = found;
  } else ruleSet = versionForYear(versions, parsed.realisation.jaar, options.rulesetId);
  const region = (await repository.listRegions()).find((r) => r.id === options.rulesetId.split('/')[0]);
  const result = settle(ruleSet, region, parsed, { gemeente: options.gemeente });
  return options.draft ? { ...result, bronVersie: 'concept' } : result;
}
