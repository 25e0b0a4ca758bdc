import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { evaluateCase } from '../evaluate/evaluate-case';
import { evaluateProviders } from '../evaluate/evaluate-providers';
import type { RuleRepository } from '../model/repository';
import type { RuleJson, RuleSetVersion } from '../model/rule-set';
import { RuleCoverage, computeRuleCoverage, formatRuleCoverage } from './rule-coverage';

const files = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

/** A deliberately dead rule: no client is older than 200. */
const deadRule = {
  id: 'dode-regel',
  description: 'Fixture: kan nooit afgaan.',
  conditions: { all: [{ fact: 'casus', path: '$.client.leeftijd', operator: 'greaterThan', value: 200 }] },
  event: { type: 'WAT_ONTBREEKT', params: { severity: 'fout', message: 'nooit', policyChoice: '/percelen/{perceel}/toegang/wat' } },
} as unknown as RuleJson;

/** The real repository, with S1b carrying the dead rule. */
const repository: RuleRepository = {
  listRegions: () => files.listRegions(),
  listRuleSetIds: () => files.listRuleSetIds(),
  getSharedRules: (id) => files.getSharedRules(id),
  listVersions: async (id) => {
    const versions = await files.listVersions(id);
    if (id !== 'noord-limburg/wmo/S1b') return versions;
    return versions.map((v) => ({ ...v, rules: [...v.rules, deadRule] }) as RuleSetVersion);
  },
};

describe('computeRuleCoverage', () => {
  it('shows a deliberately dead rule as uncovered and a rule that fired as covered', async () => {
    const example = JSON.parse(readFileSync(new URL('../../../examples/venlo-wmo-s1b-intensiteit-door-toegang.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const noIntensity = { ...example, id: 'zonder', besluit: { ...(example.besluit as object), hoe: {} } };
    const decisions = [await evaluateCase(repository, example), await evaluateCase(repository, noIntensity)];
    const [coverage] = await computeRuleCoverage(repository, decisions);
    expect(coverage.rulesetId).toBe('noord-limburg/wmo/S1b');
    expect(coverage.cases).toBe(2);
    const dead = coverage.rules.find((r) => r.ruleId === 'dode-regel')!;
    expect(dead).toMatchObject({ fired: 0, covered: false });
    expect(dead.conditions).toEqual([
      { position: 'all[0]', fact: 'casus', path: '$.client.leeftijd', operator: 'greaterThan', heldTrue: 0, heldFalse: 2, covered: false },
    ]);
    const fired = coverage.rules.find((r) => r.ruleId === 'toegang/hoe-bij-aanbieder/intensiteit')!;
    expect(fired).toMatchObject({ fired: 1, covered: true });
    // Its second condition told the two cases apart; the first (policy) held in both.
    expect(fired.conditions.map((c) => c.covered)).toEqual([false, true]);
    expect(coverage.percentage).toBeLessThan(100);
    expect(formatRuleCoverage([coverage]).join('\n')).toContain('niet gedekt: regel dode-regel');
  });

  it('is an observer of the trace: the evaluations themselves feed it, the same coverage as from the decisions, provider runs left out', async () => {
    const example = JSON.parse(readFileSync(new URL('../../../examples/venlo-wmo-s1b-intensiteit-door-toegang.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const providers = JSON.parse(readFileSync(new URL('../../../examples/providers-noord-limburg-wmo-s1b.json', import.meta.url), 'utf8')) as unknown;
    const noIntensity = { ...example, id: 'zonder', besluit: { ...(example.besluit as object), hoe: {} } };
    const coverage = new RuleCoverage(await repository.listRegions());
    const decisions = [
      await evaluateCase(repository, example, { observer: coverage.observer }),
      await evaluateCase(repository, noIntensity, { observer: coverage.observer }),
    ];
    await evaluateProviders(repository, providers, { observer: coverage.observer });
    const observed = coverage.result();
    expect(observed).toHaveLength(1);
    expect(observed[0].cases).toBe(2);
    expect(observed).toEqual(await computeRuleCoverage(repository, decisions));
    expect(observed[0].rules.find((r) => r.ruleId === 'dode-regel')).toMatchObject({ fired: 0, covered: false });
  });
});

describe('rules that can fire', () => {
  it('a rule the policy rules out everywhere does not count against the coverage of the rules that can fire', async () => {
    const example = JSON.parse(readFileSync(new URL('../../../examples/venlo-wmo-s1b-intensiteit-door-toegang.json', import.meta.url), 'utf8'));
    const [coverage] = await computeRuleCoverage(files, [await evaluateCase(files, example)]);
    const rule = (id: string) => coverage.rules.find((r) => r.ruleId === id)!;
    // S1b: the provider decides the HOE, so "the HOE must be agreed in consultation" can never fire; "the HOE belongs to the provider" can.
    expect(rule('toegang/hoe-in-overleg-vereist/intensiteit').canFire).toBe(false);
    expect(rule('toegang/hoe-bij-aanbieder/intensiteit')).toMatchObject({ canFire: true, covered: true });
    expect(coverage.rulesThatCanFire).toBeLessThan(coverage.rules.length);
    expect(coverage.percentageOfFireable).toBe(Math.round((1000 * coverage.rulesThatCanFireCovered) / coverage.rulesThatCanFire) / 10);
    expect(coverage.percentageOfFireable).toBeGreaterThan(coverage.percentage);
  });
});
