/** Impact tab of the rule-set page (placeholder until the feature lands in this session). */
import type { RulesetTabProps } from '../ruleset-editor/workspace';

export function ImpactPanel({ workspace }: RulesetTabProps) {
  return <p className="muted">Impact voor {workspace.rulesetId} is nog niet beschikbaar.</p>;
}
