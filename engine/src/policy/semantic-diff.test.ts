import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleSetVersion } from '../model/rule-set';
import { describeRuleSetChanges } from './semantic-diff';

const read = (path: string): RuleSetVersion => JSON.parse(readFileSync(new URL(`../../../rules/${path}`, import.meta.url), 'utf8')) as RuleSetVersion;
const copy = (doc: RuleSetVersion): RuleSetVersion => JSON.parse(JSON.stringify(doc)) as RuleSetVersion;
const texts = (before: unknown, after: unknown, names?: Record<string, string>): string[] =>
  describeRuleSetChanges(before, after, { gemeenteNames: names }).map((c) => c.text);

describe('describeRuleSetChanges', () => {
  it('names the known differences of Maastricht-Heuvelland begeleiding v1 → v2 (toegang 2.0)', () => {
    const lines = texts(read('maastricht-heuvelland/wmo/begeleiding/v1.json'), read('maastricht-heuvelland/wmo/begeleiding/v2.json'));
    expect(lines).toContain('Ingangsdatum 01-01-2022 → 01-01-2023');
    expect(lines).toContain('Einddatum 31-12-2022 → geen');
    for (const perceel of ['bgi', 'bgg']) {
      expect(lines).toContain(
        `begeleiding ${perceel} — toegang: WAT: toegang → WAT: aanbieder; nieuw: 13 weken zonder beschikking, zonder eigen bijdrage; omschrijving gewijzigd; bron gewijzigd`,
      );
      const plafond = perceel === 'bgi' ? ['11.348.000', '11.881.000'] : ['4.107.000', '4.300.000'];
      expect(lines).toContain(
        `begeleiding ${perceel} — bekostiging: plafond € ${plafond[0]} (vanaf 2022) → plafond € ${plafond[0]} (2022), € ${plafond[1]} (vanaf 2023); aanbieders dragen 50 % (vanaf 2022) van een overschrijding → aanbieders dragen 50 % (2022), 70 % (vanaf 2023) van een overschrijding; index 3,87 % (vanaf 2022) → index 3,87 % (2022), 4,7 % (vanaf 2023) [aanname]; omschrijving gewijzigd`,
      );
    }
    // Contract and leveranciersmanagement did not change, so they have no line.
    expect(lines.some((l) => /contract|leveranciersmanagement/.test(l))).toBe(false);
  });

  it('is empty for identical documents', () => {
    const s1b = read('noord-limburg/wmo/S1b/v1.json');
    expect(describeRuleSetChanges(s1b, copy(s1b))).toEqual([]);
  });

  it('describes a funding change in the policy texts of the steering element', () => {
    const before = read('noord-limburg/wmo/S1b/v1.json');
    const after = copy(before);
    const bekostiging = after.policy.percelen.regionaal.bekostiging as Record<string, unknown>;
    delete bekostiging.voorschotten;
    delete bekostiging.plafondBetekenis;
    Object.assign(bekostiging, { budget: 'budgetafspraak', bandbreedtePct: 5 });
    const [change] = describeRuleSetChanges(before, after);
    expect(change).toEqual({
      area: 'beleid',
      pointer: '/policy/percelen/regionaal/bekostiging',
      text: 'S1b regionaal — bekostiging: budgetplafond per aanbieder (geen voorschotten, daarboven niet vergoed) → budgetafspraak met afrekening, bandbreedte 5 %',
    });
  });

  it('matches rules by id: added, removed, changed severity; libraries added', () => {
    const base = read('noord-limburg/wmo/S1b/v1.json');
    const rule = (id: string, severity: 'fout' | 'waarschuwing') => ({
      id,
      description: 'x',
      conditions: { all: [{ fact: 'casus', path: '$.a', operator: 'equal', value: 1 }] },
      event: { type: 'X', params: { severity, message: 'm', policyChoice: 'toegang.hoe' } },
    });
    const before = { ...copy(base), rules: [rule('oud', 'fout'), rule('toegang/hoe-bij-aanbieder/intensiteit', 'waarschuwing')] };
    const after = {
      ...copy(base),
      rules: [rule('toegang/hoe-bij-aanbieder/intensiteit', 'fout'), rule('nieuw', 'fout')],
      sharedRules: ['toegang', 'aanbieders', 'extra'],
    };
    expect(texts(before, after)).toEqual([
      'Regel oud verwijderd',
      'Regel toegang/hoe-bij-aanbieder/intensiteit gewijzigd: ernst waarschuwing → fout',
      'Regel nieuw toegevoegd',
      'Gedeelde regels extra toegevoegd',
    ]);
  });

  it('reports municipal overrides per gemeente against the new regional policy', () => {
    const before = read('noord-limburg/jeugd/S4/v1.json');
    const after = copy(before);
    const venlo = after.overrides!.venlo.policy as { percelen: Record<string, { bekostiging: Record<string, unknown> }> };
    venlo.percelen.lokaal.bekostiging.vorm = 'pxq';
    expect(texts(before, after, { venlo: 'Venlo' })).toEqual(['Venlo — S4 lokaal — bekostiging: Plekken → PxQ']);

    const removed = copy(before);
    delete removed.overrides!.venlo;
    const lines = texts(before, removed, { venlo: 'Venlo' });
    expect(lines[0]).toBe('Afwijking Venlo verwijderd');
    expect(lines).toContain('Venlo — S4 regionaal — bekostiging: Plekken → Trajectfinanciering (PxT); omschrijving gewijzigd');
  });

  it('does not fail on an incomplete draft', () => {
    const lines = texts(read('noord-limburg/wmo/S1b/v1.json'), { id: 'noord-limburg/wmo/S1b', effectiveFrom: '2024-01-01' });
    expect(lines).toContain('Ingangsdatum 01-01-2022 → 01-01-2024');
    expect(lines).toContain('S1b regionaal: perceel verwijderd');
  });
});
