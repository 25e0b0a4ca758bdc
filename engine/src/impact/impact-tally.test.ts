import { describe, expect, it } from 'vitest';
import { regionSegments } from './region-segments';
import { FileRuleRepository } from '../../node/file-repository';
import { chooseVersion, loadSharedRules } from '../evaluate/evaluate-case';
import { generateCases } from './generate-cases';
import { computeImpact, finishImpact } from './impact';
import { mergeTallies, tallyImpact } from './impact-tally';
import type { RuleSetVersion, ToegangPolicy } from '../model/rule-set';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

describe('impact tallies', async () => {
  const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
  const v1 = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
  const v2 = JSON.parse(JSON.stringify(v1)) as RuleSetVersion;
  v2.version = v1.version + 1;
  for (const perceel of Object.values(v2.policy.percelen)) {
    (perceel.toegang as ToegangPolicy).hoe = 'deels-toegang';
    (perceel.toegang as ToegangPolicy).hoeElementenToegang = ['intensiteit', 'duur'];
  }
  const sharedRules = await loadSharedRules(repository, v1);
  const segments = await regionSegments(repository, 'noord-limburg');
  const cases = generateCases({ year: 2022, seed: 7, count: 6_000, segments, gemeenten: region.gemeenten, errorRate: 0.4 }).map((c, i) => ({
    ...c,
    bedragen: { zorg: `${(i % 97) * 13}.${String(i % 100).padStart(2, '0')}` },
  }));
  const input = { from: v1, to: v2, sharedRules, region, examples: 3, trusted: true };

  it('merging the tallies of consecutive runs gives the tally of one run, for any split', () => {
    const whole = tallyImpact(input, cases);
    expect(whole.changed).toBeGreaterThan(0);
    for (const size of [1_000, 777, 5_999]) {
      const runs = [];
      for (let i = 0; i < cases.length; i += size) runs.push(tallyImpact(input, cases.slice(i, i + size)));
      expect(mergeTallies(runs, input.examples)).toEqual(whole);
    }
  });

  it('the report of merged tallies equals computeImpact', async () => {
    const runs = [tallyImpact(input, cases.slice(0, 2_500)), tallyImpact(input, cases.slice(2_500))];
    expect(await finishImpact(input, mergeTallies(runs, input.examples))).toEqual(await computeImpact({ ...input, cases }));
  });
});
