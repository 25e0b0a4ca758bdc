/** Regressietests tab of the rule-set page (placeholder until the feature lands in this session). */
import type { RulesetTabProps } from '../ruleset-editor/workspace';

export function RegressionPanel({ workspace }: RulesetTabProps) {
  return <p className="muted">Regressietests voor {workspace.rulesetId} is nog niet beschikbaar.</p>;
}
