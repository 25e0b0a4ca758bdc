import { describe, expect, it } from 'vitest';
import { regionSegments } from './region-segments';
import { FileRuleRepository } from '../../node/file-repository';
import { chooseVersion, loadSharedRules } from '../evaluate/evaluate-case';
import { generateCases } from './generate-cases';
import { computeImpact } from './impact';
import { renderImpactMarkdown } from './impact-report';
import type { RuleSetVersion, ToegangPolicy } from '../model/rule-set';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

/** S1b with the access team fixing the intensity: the known change. */
function accessTeamFixesIntensity(v1: RuleSetVersion): RuleSetVersion {
  const v2 = JSON.parse(JSON.stringify(v1)) as RuleSetVersion;
  v2.version = v1.version + 1;
  for (const perceel of Object.values(v2.policy.percelen)) {
    const toegang = perceel.toegang as ToegangPolicy;
    toegang.hoe = 'deels-toegang';
    toegang.hoeElementenToegang = ['intensiteit'];
  }
  return v2;
}

describe('computeImpact', async () => {
  const regions = await repository.listRegions();
  const region = regions.find((r) => r.id === 'noord-limburg')!;
  const v1 = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
  const sharedRules = await loadSharedRules(repository, v1);
  const segments = await regionSegments(repository, 'noord-limburg');
  const population = generateCases({ year: 2022, seed: 42, segments, gemeenten: region.gemeenten, errorRate: 0.3 });

  it('generates the 2019 spread: 22,069 cases, deterministic for a seed', () => {
    expect(population).toHaveLength(22_069);
    expect(population.filter((c) => c.segment === 'S1b' && c.domein === 'wmo')).toHaveLength(2191);
    expect(generateCases({ year: 2022, seed: 42, segments, gemeenten: region.gemeenten, errorRate: 0.3 })).toEqual(population);
    expect(generateCases({ year: 2022, seed: 43, segments, gemeenten: region.gemeenten, errorRate: 0.3 })).not.toEqual(population);
  });

  it('letting the access team fix the intensity removes exactly the HOE_BIJ_AANBIEDER findings caused by intensity', async () => {
    // Its duration is a benchmark figure (npm run bench:impact), not an assertion.
    const report = await computeImpact({ from: v1, to: accessTeamFixesIntensity(v1), sharedRules, region, cases: population, trusted: true });
    const s1b = population.filter((c) => c.segment === 'S1b' && c.domein === 'wmo');
    const known = new Set(Object.keys(v1.policy.percelen));
    const hoe = (c: Record<string, unknown>, element: string) =>
      (c.besluit as { hoe: Record<string, { vastgesteldDoor?: string; waarde?: unknown } | undefined> }).hoe[element] ?? {};
    const byToegang = s1b.filter((c) => known.has(String(c.perceel)) && hoe(c, 'intensiteit').vastgesteldDoor === 'toegang');
    const disappeared = report.changes.filter((c) => c.kind === 'verdwijnt');
    expect(disappeared.map((c) => [c.code, c.ruleId])).toEqual([['HOE_BIJ_AANBIEDER', 'toegang/hoe-bij-aanbieder/intensiteit']]);
    expect(disappeared[0].cases).toBe(byToegang.length);
    expect(byToegang.length).toBeGreaterThan(0);
    expect(report.byCode.HOE_BIJ_AANBIEDER).toEqual({ verschenen: 0, verdwenen: byToegang.length });
    // The explanation of an example shows the intensity set by the access team.
    const example = report.examples[disappeared[0].examples[0]];
    expect(example.from.findings.some((f) => f.ruleId === 'toegang/hoe-bij-aanbieder/intensiteit')).toBe(true);
    expect(example.to.findings.some((f) => f.ruleId === 'toegang/hoe-bij-aanbieder/intensiteit')).toBe(false);
    expect(report.casesEvaluated).toBe(s1b.length);
    expect(renderImpactMarkdown(report)).toContain('HOE_BIJ_AANBIEDER verdwijnt');
  });

  it('says "geen wijzigingen" when nothing changes', async () => {
    const report = await computeImpact({ from: v1, to: v1, sharedRules, region, cases: population, trusted: true, gemeente: 'venlo' });
    expect(report.casesChanged).toBe(0);
    expect(report.summary).toMatch(/^geen wijzigingen/);
    expect(Object.keys(report.byGemeente)).toEqual(['venlo']);
  });
});
