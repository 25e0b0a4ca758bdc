/** Where rule sets live. The engine never knows: the CLI reads files, the server its database. */
import type { Region, RuleSetVersion, SharedRules } from './rule-set';

export interface RuleRepository {
  listRegions(): Promise<Region[]>;
  /** Every published version of a rule set (empty when unknown). */
  listVersions(rulesetId: string): Promise<RuleSetVersion[]>;
  listRuleSetIds(): Promise<string[]>;
  getSharedRules(id: string): Promise<SharedRules | undefined>;
}
