/** Vergelijken tab of the rule-set page (placeholder until the feature lands in this session). */
import type { RulesetTabProps } from '../ruleset-editor/workspace';

export function ComparePanel({ workspace }: RulesetTabProps) {
  return <p className="muted">Vergelijken voor {workspace.rulesetId} is nog niet beschikbaar.</p>;
}
