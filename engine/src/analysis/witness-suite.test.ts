import { describe, expect, it } from 'vitest';
import { loadSharedRules } from '../evaluate/evaluate-case';
import { runSuite } from '../testing/run-suite';
import { analyseRepository } from './analyse-rule-set';
import { buildWitnessSuite } from './witness-suite';
import { repository } from '../../../test/fixtures/analysis/load-fixtures';

describe('witness suite', () => {
  it('writes a witness per rule and municipality where the rule can fire; the reference engine passes every case', async () => {
    const [analysis] = await analyseRepository(repository, { rulesetId: 'maastricht-heuvelland/wmo/begeleiding' });
    const versions = await repository.listVersions(analysis.rulesetId);
    const region = (await repository.listRegions()).find((r) => r.id === 'maastricht-heuvelland')!;
    const built = buildWitnessSuite({ analysis, versions, region, sharedRules: await loadSharedRules(repository, versions[1]) });
    expect(built.unverified).toEqual([]);
    const firing = analysis.versions.flatMap((v) => v.contexts.flatMap((c) => c.rules.filter((r) => r.canFire).map(() => c.gemeenten.length)));
    // Rules on provider data: one witness provider file per version, perceel and rule that can fire there.
    const providerFiring = analysis.versions.flatMap((v) => v.providerRules.filter((r) => r.canFire));
    expect(providerFiring.length).toBeGreaterThan(0);
    expect(built.cases).toBe(firing.reduce((a, b) => a + b, 0) + providerFiring.length);
    const providerCases = built.suite.cases.filter((c) => c.providers !== undefined);
    expect(providerCases).toHaveLength(providerFiring.length);
    expect(providerCases.some((c) => c.name === 'v2 aanbieders bgi: aanbieders/max-aanbieders-overschreden vuurt')).toBe(true);
    // Both versions are covered, among them the decision-free period of version 2.
    expect(built.suite.cases.some((c) => c.version === 2 && c.name.includes('beschikkingsvrije-termijn-overschreden'))).toBe(true);
    const results = await runSuite(repository, built.suite);
    expect(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.errorMessage ?? r.unexpected.concat(r.missing).join(',')}`)).toEqual([]);
    expect(results).toHaveLength(built.cases);
  });
});
