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

/** The words every view puts before an override that only illustrates a variation (source marked [illustratief]), so nobody takes it for a council decision. */
export const ILLUSTRATIVE_LABEL = 'Voorbeeld (illustratief, geen raadsbesluit)';

/** True when a municipality's override is an example: its source is marked [illustratief]. */
export function isIllustrativeOverride(override: { description?: string; source?: { toelichting?: string }[] } | undefined): boolean {
  return (
    !!override &&
    ((override.source ?? []).some((s) => (s.toelichting ?? '').includes('[illustratief]')) || (override.description ?? '').includes('[illustratief]'))
  );
}
