/** Municipal overrides: a JSON Merge Patch per municipality on the regional policy. */
import { applyMergePatch, patchedPointers } from '../json/merge-patch';
import type { RuleSetVersion, SegmentPolicy } from '../model/rule-set';

export interface AppliedPolicy {
  policy: SegmentPolicy;
  /** Pointers into the policy the municipality changed; empty when no override applies. */
  overridden: string[];
}

/** The policy for `gemeente`: the regional policy with its override, if any, applied. */
export function applyOverride(ruleSet: RuleSetVersion, gemeente: string | undefined): AppliedPolicy {
  const override = gemeente ? ruleSet.overrides?.[gemeente] : undefined;
  if (!override) return { policy: ruleSet.policy, overridden: [] };
  return {
    policy: applyMergePatch(ruleSet.policy, override.policy) as SegmentPolicy,
    overridden: patchedPointers(override.policy),
  };
}
