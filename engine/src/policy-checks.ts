/** Checks on the policy itself (DOMAIN.md §8), run by `sturing validate` and before publishing. */
import type { Issue } from './errors';
import type { SegmentPolicy } from './rule-set';

type Element = Record<string, unknown>;

function applicable(element: unknown): element is Element {
  return !!element && typeof element === 'object' && !('nietVanToepassing' in element);
}

/** Every policy check; each issue points at the offending node, relative to `base`. */
export function checkPolicy(policy: SegmentPolicy, base: string): Issue[] {
  const issues: Issue[] = [];
  for (const [name, perceel] of Object.entries(policy.percelen ?? {})) {
    const at = `${base}/percelen/${name}`;
    const contract = perceel.contract;
    if (applicable(contract)) {
      const aantallen = contract.aanbieders as { min?: number; max?: number } | undefined;
      if (aantallen?.min !== undefined && aantallen.max !== undefined && aantallen.min > aantallen.max) {
        issues.push({
          path: `${at}/contract/aanbieders`,
          code: 'AANTAL_AANBIEDERS_ONGELDIG',
          message: `minimum (${aantallen.min}) is groter dan maximum (${aantallen.max})`,
        });
      }
    }
    const bekostiging = perceel.bekostiging;
    if (applicable(bekostiging) && bekostiging.budget === 'budgetplafond' && bekostiging.voorschotten === true) {
      issues.push({ path: `${at}/bekostiging/voorschotten`, code: 'VOORSCHOT_BIJ_PLAFOND', message: 'bij een budgetplafond worden geen voorschotten betaald' });
    }
  }
  return issues;
}
