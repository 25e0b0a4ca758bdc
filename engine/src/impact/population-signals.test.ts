import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { chooseVersion, loadSharedRules } from '../evaluate/evaluate-case';
import type { SegmentPolicy } from '../model/rule-set';
import { generateCases } from './generate-cases';
import { computeImpact } from './impact';
import { renderImpactMarkdown } from './impact-report';
import { populationSignals } from './population-signals';
import { regionSegments } from './region-segments';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

const policy = (toegang: Record<string, unknown>): SegmentPolicy => ({
  domein: 'jeugd',
  segment: 's',
  typering: 't',
  basiseenheid: 'traject',
  percelen: {
    regie: {
      contract: {},
      bekostiging: {},
      leveranciersmanagement: {},
      toegang: { wat: 'toegang', hoe: 'aanbieder', indicatie: { onbepaaldeTijdToegestaan: false }, ...toegang },
    },
    licht: {
      contract: {},
      bekostiging: {},
      leveranciersmanagement: {},
      toegang: { wat: 'toegang', hoe: 'aanbieder', indicatie: { onbepaaldeTijdToegestaan: false } },
    },
  },
});

describe('populationSignals', () => {
  it('signals a share above the threshold, not one at or below it', () => {
    const p = policy({ verwachtAandeelPct: 2, aandeelSignaleringBovenPct: 3 });
    expect(populationSignals(p, { regie: 3, licht: 97 }, 100)[0]).toMatchObject({ perceel: 'regie', aandeelPct: '3.0', signaal: false });
    expect(populationSignals(p, { regie: 4, licht: 96 }, 100)[0]).toMatchObject({
      aandeelPct: '4.0',
      signaal: true,
      policyChoice: '/percelen/regie/toegang/verwachtAandeelPct',
    });
    expect(populationSignals(p, { regie: 4 }, 100)[0].message).toBe(
      'Perceel regie: 4 van 100 casussen (4,0 %), meer dan de signaleringsgrens van 3 % (verwacht ongeveer 2 %).',
    );
  });

  it('uses the expected share as the threshold when the policy names none, and only percelen with an expected share', () => {
    const signals = populationSignals(policy({ verwachtAandeelPct: 2 }), { regie: 3, licht: 97 }, 100);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ signaleringBovenPct: '2', signaal: true });
  });

  it('never signals an empty run', () => {
    expect(populationSignals(policy({ verwachtAandeelPct: 2 }), {}, 0)[0]).toMatchObject({ cases: 0, of: 0, aandeelPct: '0.0', signaal: false });
  });
});

describe('an impact run over a generated Zuid-Limburg youth population', async () => {
  const region = (await repository.listRegions()).find((r) => r.id === 'zuid-limburg')!;
  const version = await chooseVersion(repository, 'zuid-limburg/jeugd/arrangementen', '2017-06-01');
  const sharedRules = await loadSharedRules(repository, version);
  const segments = (await regionSegments(repository, 'zuid-limburg')).filter((s) => s.domein === 'jeugd').map((s) => ({ ...s, clients: 1000 }));
  const generated = generateCases({ year: 2017, seed: 7, segments, gemeenten: region.gemeenten, errorRate: 0 });
  /** The generated population with exactly `pct` % of the cases on the regie arrangement, the rest spread over the other percelen. */
  const others = ['licht', 'midden', 'hoog'];
  const withRegieShare = (pct: number) => generated.map((c, i) => ({ ...c, perceel: i % (100 / pct) === 0 ? 'regie' : others[i % 3] }));

  const run = (cases: Record<string, unknown>[]) => computeImpact({ from: version, to: version, sharedRules, region, cases });

  it('raises the population signal at 5 % regie arrangements', async () => {
    const report = await run(withRegieShare(5));
    expect(report.casesEvaluated).toBe(1000);
    expect(report.signalen).toEqual([expect.objectContaining({ perceel: 'regie', cases: 50, of: 1000, aandeelPct: '5.0', signaal: true })]);
    expect(renderImpactMarkdown(report)).toContain('- Signaal: Perceel regie: 50 van 1000 casussen (5,0 %)');
  });

  it('does not raise it at 2 % regie arrangements', async () => {
    const report = await run(withRegieShare(2));
    expect(report.signalen).toEqual([expect.objectContaining({ perceel: 'regie', cases: 20, of: 1000, aandeelPct: '2.0', signaal: false })]);
    expect(renderImpactMarkdown(report)).toContain('- Geen signaal: Perceel regie: 20 van 1000 casussen (2,0 %)');
  });
});
