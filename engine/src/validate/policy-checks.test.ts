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
