// An override that moves an HOE element to the access team but leaves it in the consultation list says something it does not do:
// dropping Horst aan de Maas's own hoeElementenInOverleg (so the regional list, with intensiteit, applies) is a validation error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { checkPolicy } from './policy-checks';
import { validateRuleSet } from './validate-rule-set';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const s3 = read<RuleSetVersion>('rules/noord-limburg/jeugd/S3/v1.json');
const region = read<Region>('rules/noord-limburg/region.json');
const sharedRules = Object.fromEntries((s3.sharedRules ?? []).map((id) => [id, read<SharedRules>(`rules/shared/${id}.json`)]));

describe('HOE_ELEMENT_DUBBEL', () => {
  it('the rule set as published is valid', () => {
    expect(validateRuleSet(s3, { region, sharedRules })).toEqual([]);
  });

  it("dropping an override's hoeElementenInOverleg is reported at the override", () => {
    const mutated = structuredClone(s3);
    const toegang = (mutated.overrides!['horst-aan-de-maas'].policy as { percelen: Record<string, { toegang: Record<string, unknown> }> }).percelen.lokaal
      .toegang;
    delete toegang.hoeElementenInOverleg;
    const issues = validateRuleSet(mutated, { region, sharedRules });
    expect(issues.map((i) => i.code)).toContain('HOE_ELEMENT_DUBBEL');
    expect(issues.find((i) => i.code === 'HOE_ELEMENT_DUBBEL')?.path).toBe(
      '/overrides/horst-aan-de-maas/policy/percelen/lokaal/toegang/hoeElementenInOverleg/1',
    );
  });

  it('an element in both lists of a regional policy is reported there', () => {
    const policy = structuredClone(s3.policy);
    const toegang = policy.percelen.regionaal.toegang as unknown as Record<string, string[]>;
    toegang.hoeElementenToegang = [...toegang.hoeElementenToegang, 'duur'];
    expect(checkPolicy(policy, '/policy').map((i) => [i.code, i.path])).toContainEqual([
      'HOE_ELEMENT_DUBBEL',
      '/policy/percelen/regionaal/toegang/hoeElementenInOverleg/0',
    ]);
  });
});
