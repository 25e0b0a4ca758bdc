import { describe, expect, it } from 'vitest';
import { calculateLumpsumVaststelling } from './lumpsum-vaststelling';
import { Money } from './money';

describe('lumpsum-vaststelling', () => {
  it('2022: turnover 2021 indexed by 3.87 % then reduced by 7.5 % (seed 002, note 8)', () => {
    const result = calculateLumpsumVaststelling({ omzet: { 'Partner A': 1000000, 'Partner B': '250000.00' }, indexPct: 3.87, taakstellingPct: 7.5 });
    // 1.0387 × 0.925 = 0.9607975
    expect(result.lumpsums).toEqual({ 'Partner A': '960797.50', 'Partner B': '240199.38' });
    expect(result.totaal).toBe('1200996.88');
    expect(result.breakdown[0]).toContain('0,9607975');
  });

  it('later years: previous × (1 + index); 11,348 k€ with 4.7 % gives 11,881 k€', () => {
    const result = calculateLumpsumVaststelling({ omzet: { BGI: 11348000 }, indexPct: 4.7, taakstellingPct: 0 });
    expect(result.totaal).toBe('11881356.00');
    expect(new Money(result.totaal).div(1000).toDecimalPlaces(0).toNumber()).toBe(11881);
  });
});
