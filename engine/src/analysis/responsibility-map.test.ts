import { describe, expect, it } from 'vitest';
import { analyseRepository } from './analyse-rule-set';
import { analyseFixture, fixture } from '../../../test/fixtures/analysis/load-fixtures';
import { buildResponsibilityMap, deciderOf } from './responsibility-map';
import { isBlocking } from './analysis-finding';

describe('responsibility map', () => {
  it('shows who decides per municipality, perceel and element, with the override highlighted', () => {
    const rows = buildResponsibilityMap(fixture('dubbele-beslisser-duur.json'), ['beesel', 'bergen', 'peel-en-maas']);
    const cell = (g: string, p: string, e: string) => rows.find((r) => r.gemeente === g && r.perceel === p)?.cells.find((c) => c.element === e);
    expect(cell('beesel', 'lokaal', 'duur')).toMatchObject({
      decider: 'in-overleg',
      overridden: false,
      pointer: '/policy/percelen/lokaal/toegang/hoeElementenInOverleg',
    });
    expect(cell('bergen', 'lokaal', 'duur')).toMatchObject({ decider: 'dubbel', overridden: false });
    expect(cell('bergen', 'lokaal', 'soort-hulp')).toMatchObject({
      decider: 'toegang',
      overridden: true,
      pointer: '/overrides/bergen/policy/percelen/lokaal/toegang/hoeElementenToegang',
    });
    expect(cell('beesel', 'regionaal', 'wat')).toMatchObject({ decider: 'toegang' });
    expect(rows.find((r) => r.perceel === 'lokaal')?.uitvoeringsvariant).toBe('outputgericht');
  });

  it('reads "niet van toepassing" and a missing decider apart', () => {
    expect(deciderOf({ nietVanToepassing: true, toelichting: 'x' }, 'duur').decider).toBe('niet-van-toepassing');
    expect(deciderOf({ wat: 'toegang', indicatie: {} }, 'duur').decider).toBe('niemand');
    expect(deciderOf({ wat: 'toegang', hoe: 'deels-toegang', hoeElementenToegang: ['duur'], indicatie: {} }, 'product').decider).toBe('aanbieder');
  });

  it('fixture: an override that puts duur in both toegang and overleg is a double decider, with a verified witness', async () => {
    const analysis = await analyseFixture('dubbele-beslisser-duur.json');
    const found = analysis.findings.filter((f) => f.code === 'BESLISSER_DUBBEL');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'fout', gemeente: 'bergen', perceel: 'lokaal', element: 'duur', status: 'bewezen' });
    expect(found[0].pointers).toEqual([
      '/overrides/bergen/policy/percelen/lokaal/toegang/hoeElementenToegang',
      '/policy/percelen/lokaal/toegang/hoeElementenInOverleg',
    ]);
    expect(found[0].witness).toMatchObject({ kind: 'casus', verified: true });
    // The evaluator lets the access team's lone decision pass: no HOE_IN_OVERLEG_VEREIST.
    if (found[0].witness?.kind !== 'casus') throw new Error('casus witness expected');
    expect(found[0].witness.observed.findings).not.toContain('HOE_IN_OVERLEG_VEREIST');
    expect(found[0].witness.case.gemeente).toBe('bergen');
  });

  it("fixture: an override that contradicts a rule's assumption about who decides is a double decider, for that municipality only", async () => {
    const analysis = await analyseFixture('afwijking-tegen-regelaanname.json');
    const found = analysis.findings.filter((f) => f.code === 'BESLISSER_DUBBEL');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      gemeenten: ['gennep'],
      perceel: 'lokaal',
      element: 'intensiteit',
      ruleIds: ['intensiteit-door-toegang'],
      severity: 'fout',
    });
    expect(found[0].pointers).toEqual(['/rules/0', '/overrides/gennep/policy/percelen/lokaal/toegang/hoeElementenToegang']);
    expect(found[0].witness).toMatchObject({ kind: 'casus', verified: true });
    expect(found[0].message).toMatch(/gaat ervan uit dat de aanbieder 'intensiteit' bepaalt, maar de afwijking van de gemeente legt het bij de toegang/);
  });

  it('fixture: traject (outputgericht) funding with the access team fixing intensiteit contradicts the allocation pattern', async () => {
    const analysis = await analyseFixture('traject-toegang-intensiteit.json');
    const found = analysis.findings.filter((f) => f.code === 'BESLISSER_STRIJDIG_MET_BEKOSTIGING');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ gemeente: 'gennep', perceel: 'regionaal', element: 'intensiteit', severity: 'waarschuwing' });
    // A warning the publisher sees, not a gap or contradiction: municipalities choose this deliberately.
    expect(isBlocking(found[0])).toBe(false);
    expect(found[0].pointers).toEqual([
      '/overrides/gennep/policy/percelen/regionaal/toegang/hoeElementenToegang',
      '/policy/percelen/regionaal/bekostiging/vorm',
    ]);
    expect(found[0].witness).toMatchObject({ kind: 'casus', verified: true });
  });

  it('fixture: an override that removes who decides the HOE leaves every HOE element to nobody (gap)', async () => {
    const analysis = await analyseFixture('geen-beslisser.json');
    const gaps = analysis.findings.filter((f) => f.code === 'BESLISSER_ONTBREEKT');
    expect(gaps.map((g) => `${g.gemeente}/${g.perceel}/${g.element}`)).toEqual([
      'venlo/regionaal/soort-hulp',
      'venlo/regionaal/product',
      'venlo/regionaal/intensiteit',
      'venlo/regionaal/duur',
      'venlo/regionaal/aanbieder',
    ]);
    expect(gaps[0].pointers).toEqual(['/overrides/venlo/policy/percelen/regionaal/toegang/hoe']);
    expect(gaps.every((g) => g.witness?.kind === 'casus' && g.witness.verified && g.witness.observed.findings.length === 0)).toBe(true);
  });

  it('seeds: no gaps and no double deciders; the allocation-pattern warnings are Horst aan de Maas (Jeugd S3) and the Zuid-Limburg youth arrangements', async () => {
    const analyses = await analyseRepository((await import('../../../test/fixtures/analysis/load-fixtures')).repository);
    const map = analyses.flatMap((a) => a.findings.filter((f) => f.code.startsWith('BESLISSER_')));
    expect(map.filter((f) => f.code !== 'BESLISSER_STRIJDIG_MET_BEKOSTIGING')).toEqual([]);
    expect(map.map((f) => `${f.rulesetId} ${f.gemeenten?.length} ${f.perceel} ${f.element}`)).toEqual([
      'noord-limburg/jeugd/S3 1 lokaal intensiteit',
      'zuid-limburg/jeugd/arrangementen 18 licht intensiteit',
      'zuid-limburg/jeugd/arrangementen 18 midden intensiteit',
      'zuid-limburg/jeugd/arrangementen 18 hoog intensiteit',
      'zuid-limburg/jeugd/arrangementen 18 regie intensiteit',
    ]);
    expect(map[0].gemeente).toBe('horst-aan-de-maas');
  });
});
