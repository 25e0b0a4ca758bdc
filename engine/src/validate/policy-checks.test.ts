import { describe, expect, it } from 'vitest';
import { checkPolicy, clarifyMissingElements, parseLooptijd } from './policy-checks';
import type { SegmentPolicy } from '../model/rule-set';

const toegang = { wat: 'toegang', hoe: 'aanbieder', indicatie: { onbepaaldeTijdToegestaan: false } } as const;
const policy = (bekostiging: Record<string, unknown>, contract: Record<string, unknown> = {}, domein = 'jeugd'): SegmentPolicy => ({
  domein,
  segment: 'S3',
  typering: 'x',
  basiseenheid: 'traject',
  percelen: {
    regionaal: {
      contract: { contractvorm: 'open-house', looptijd: '3+1', tussentijdseToetreding: 'toegestaan', ...contract },
      bekostiging: { budget: 'geen', ...bekostiging },
      leveranciersmanagement: { intensiteit: 'minimaal', niveau: 'lokaal' },
      toegang,
    },
  },
});
const codes = (p: SegmentPolicy, regional?: SegmentPolicy) => checkPolicy(p, '/policy', regional).map((i) => i.code);

describe('parseLooptijd', () => {
  it('reads initial term plus extensions', () => {
    expect(parseLooptijd('3+1+1')).toEqual([3, 1, 1]);
    expect(parseLooptijd('3')).toEqual([3]);
    expect(parseLooptijd(' 3 + 3 + 3 ')).toEqual([3, 3, 3]);
  });
  it('reads an initial term of three to four years ("drie à vier jaar met mogelijkheid tot verlengen") at its upper bound', () => {
    expect(parseLooptijd('3-4+1')).toEqual([4, 1]);
    expect(parseLooptijd('3-4')).toEqual([4]);
    expect(parseLooptijd('4-3+1')).toBeUndefined();
  });
  it('refuses anything else, and terms of zero years', () => {
    for (const text of ['drie jaar', '3+', '+1', '3-1-1', '3+0', '', '2.5+1']) expect(parseLooptijd(text)).toBeUndefined();
  });
});

describe('checkPolicy (docs/domain.md §8)', () => {
  it('one base unit: trajecten → plekken only where omzettingNaarPlekken is true', () => {
    expect(codes(policy({ vorm: 'traject' }))).toEqual([]);
    expect(codes(policy({ vorm: 'plek', omzettingNaarPlekken: true }))).toEqual([]);
    expect(codes(policy({ vorm: 'plek' }))).toEqual(['BASISEENHEID_INCONSISTENT']);
    expect(codes(policy({ vorm: 'pxq', omzettingNaarPlekken: true }))).toEqual(['BASISEENHEID_INCONSISTENT']);
  });

  it('an override may not change the base unit', () => {
    const regional = policy({ vorm: 'traject' });
    expect(codes({ ...regional, basiseenheid: 'plek' }, regional)).toContain('BASISEENHEID_INCONSISTENT');
  });

  it('boeggolf horizon within the maximum term (3+3+3 = 9)', () => {
    expect(codes(policy({ vorm: 'traject' }, { looptijd: '3+3+3', boeggolf: { horizonJaren: 9 } }))).toEqual([]);
    expect(codes(policy({ vorm: 'traject' }, { looptijd: '3+3+3', boeggolf: { horizonJaren: 10 } }))).toEqual(['BOEGGOLF_ONGELDIG']);
  });

  it('weights add up to 100; youth care never on price alone; Wmo may', () => {
    expect(codes(policy({ vorm: 'traject' }, { gunning: { prijsPct: 30, kwaliteitPct: 70 } }))).toEqual([]);
    expect(codes(policy({ vorm: 'traject' }, { gunning: { prijsPct: 30 } }))).toEqual(['GUNNING_WEGING_ONGELDIG']);
    expect(codes(policy({ vorm: 'traject' }, { gunning: { prijsPct: 100, kwaliteitPct: 0 } }))).toEqual(['GUNNING_LAAGSTE_PRIJS_VERBODEN']);
    expect(codes(policy({ vorm: 'traject' }, { gunning: { prijsPct: 100, kwaliteitPct: 0 } }, 'wmo'))).toEqual([]);
  });

  it('tariff not below the recorded cost price (exact decimals)', () => {
    expect(codes(policy({ vorm: 'traject', tarief: '61.50', kostprijs: '61.50' }))).toEqual([]);
    expect(codes(policy({ vorm: 'traject', tarief: '61.49', kostprijs: '61.50' }))).toEqual(['TARIEF_ONDER_KOSTPRIJS']);
  });
});

describe('clarifyMissingElements', () => {
  it('turns a missing steering element into a message that names the way out', () => {
    const [issue] = clarifyMissingElements([
      { path: '/policy/percelen/lokaal/toegang', code: 'VERPLICHT_VELD', message: 'verplicht veld "toegang" ontbreekt' },
    ]);
    expect(issue.code).toBe('STURINGSELEMENT_ONTBREEKT');
    expect(issue.message).toMatch(/nietVanToepassing/);
    const other = { path: '/policy/typering', code: 'VERPLICHT_VELD', message: 'x' };
    expect(clarifyMissingElements([other])).toEqual([other]);
  });
});

describe('checkPolicy: funding parameters a settlement reads', () => {
  const shared = {
    vorm: 'traject',
    budget: 'budgetplafond',
    plafondBetekenis: 'gezamenlijk-referentiepunt',
    plafond: [{ vanaf: 2022, waarde: '1000.00' }],
    aanbiederAandeelPct: [
      { vanaf: 2022, waarde: 50 },
      { vanaf: 2023, waarde: 70 },
    ],
  };
  it('a shared plafond needs its plafond and risk share; dated lists run upwards', () => {
    expect(codes(policy(shared))).toEqual([]);
    expect(codes(policy({ ...shared, plafond: undefined }))).toEqual(['BEKOSTIGING_PARAMETER_ONTBREEKT']);
    expect(
      codes(
        policy({
          ...shared,
          aanbiederAandeelPct: [
            { vanaf: 2023, waarde: 70 },
            { vanaf: 2022, waarde: 50 },
          ],
        }),
      ),
    ).toEqual(['REEKS_ONGELDIG']);
  });
  it('a plafond per year belongs to the shared meaning; a meaning needs a budgetplafond', () => {
    expect(codes(policy({ ...shared, plafondBetekenis: 'per-aanbieder' }))).toEqual(['PLAFOND_BETEKENIS_TEGENSTRIJDIG']);
    expect(codes(policy({ vorm: 'traject', budget: 'geen', plafondBetekenis: 'per-aanbieder' }))).toEqual(['PLAFOND_BETEKENIS_ZONDER_PLAFOND']);
  });
  it('the revision threshold belongs to population funding, which needs one', () => {
    expect(codes(policy({ vorm: 'traject', herzieningsdrempelPct: 10 }))).toEqual(['HERZIENINGSDREMPEL_ZONDER_POPULATIE']);
    const populatie = { ...policy({ vorm: 'populatie', budget: 'budgetafspraak', bandbreedtePct: 0 }), basiseenheid: 'populatie' };
    expect(codes(populatie)).toEqual(['BEKOSTIGING_PARAMETER_ONTBREEKT']);
  });
  it('the last contract year is not before the version takes effect', () => {
    const p = policy({ vorm: 'traject' }, { laatsteContractjaar: 2021 });
    expect(checkPolicy(p, '/policy', undefined, '2022-01-01').map((i) => i.code)).toEqual(['CONTRACTJAAR_ONGELDIG']);
    expect(checkPolicy(p, '/policy', undefined, '2021-01-01')).toEqual([]);
  });
  it('a trajectory catalogue only on trajectory funding, codes unique', () => {
    const t = { prijs: '100.00', normduurMaanden: 6, naam: 'x' };
    expect(codes(policy({ vorm: 'pxq', trajecten: { standaard: [{ code: 'a', ...t }] } }))).toContain('TRAJECTCATALOGUS_ZONDER_TRAJECTEN');
    expect(
      codes(
        policy({
          vorm: 'traject',
          trajecten: {
            standaard: [
              { code: 'a', ...t },
              { code: 'a', ...t },
            ],
          },
        }),
      ),
    ).toEqual(['DUBBEL']);
  });
});
