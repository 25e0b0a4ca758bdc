/** Where rule sets live. The engine never knows: the CLI reads files, the server its database. */
import type { Region, RuleSetVersion, SharedRules } from './rule-set';

export interface RuleRepository {
  listRegions(): Promise<Region[]>;
  /** Every published version of a rule set (empty when unknown). */
  listVersions(rulesetId: string): Promise<RuleSetVersion[]>;
  listRuleSetIds(): Promise<string[]>;
  getSharedRules(id: string): Promise<SharedRules | undefined>;
  /**
   * When each version was published (ISO timestamp, by version number), for evaluating with the versions as they
   * were known at a date (kennisdatum). A repository without it (files) counts every version as known.
   */
  publicationTimes?(rulesetId: string): Promise<Record<number, string>>;
}
