import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateLumpsumPlafond } from './lumpsum-plafond';
import { Money, sumDecimals } from './money';

describe('lumpsum-plafond', () => {
  it('an overrun is repaid by the providers for their share, pro rata to the lumpsum', () => {
    const result = calculateLumpsumPlafond({ plafond: 1000, lumpsums: { A: 600, B: 300 }, overigeUitgaven: 250, aanbiederAandeelPct: 70 });
    expect(result).toMatchObject({
      totaal: '1150.00',
      overschrijding: '150.00',
      onderbenutting: '0.00',
      terugbetaling: { A: '70.00', B: '35.00' },
      gemeenteDeel: '45.00',
      toevoegingVolgendJaar: { A: '0.00', B: '0.00' },
    });
  });

  it('2022: the overrun is split 50/50', () => {
    expect(calculateLumpsumPlafond({ plafond: 1000, lumpsums: { A: 500, B: 500 }, overigeUitgaven: 100, aanbiederAandeelPct: 50 })).toMatchObject({
      terugbetaling: { A: '25.00', B: '25.00' },
      gemeenteDeel: '50.00',
    });
  });

  it('underuse is added to next year pro rata, except in the last contract year', () => {
    const input = { plafond: 1000, lumpsums: { A: 600, B: 300 }, overigeUitgaven: 50, aanbiederAandeelPct: 70 };
    expect(calculateLumpsumPlafond(input)).toMatchObject({
      onderbenutting: '50.00',
      toevoegingVolgendJaar: { A: '33.33', B: '16.67' },
      terugbetaling: { A: '0.00', B: '0.00' },
    });
    const last = calculateLumpsumPlafond({ ...input, laatsteContractjaar: true });
    expect(last).toMatchObject({ onderbenutting: '50.00', toevoegingVolgendJaar: { A: '0.00', B: '0.00' } });
    expect(last.breakdown.join(' ')).toContain('vervalt');
  });

  it('repayments never exceed the overrun and add up with the municipal share', () => {
    const amount = fc.integer({ min: 0, max: 10 ** 9 }).map((c) => new Money(c).div(100).toFixed(2));
    fc.assert(
      fc.property(
        amount,
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), amount, { minKeys: 1, maxKeys: 8 }),
        amount,
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<('naar-rato-lumpsum' | 'gelijk')[]>('naar-rato-lumpsum', 'gelijk'),
        (plafond, lumpsums, overigeUitgaven, aanbiederAandeelPct, verdeling) => {
          const result = calculateLumpsumPlafond({ plafond, lumpsums, overigeUitgaven, aanbiederAandeelPct, verdeling });
          const repaid = sumDecimals(Object.values(result.terugbetaling).map((v) => new Money(v)));
          const overrun = new Money(result.overschrijding);
          expect(repaid.lte(overrun)).toBe(true);
          expect(Object.values(result.terugbetaling).every((v) => new Money(v).gte(0))).toBe(true);
          expect(repaid.plus(result.gemeenteDeel).eq(overrun)).toBe(true);
          expect(new Money(result.gemeenteDeel).gte(0)).toBe(true);
        },
      ),
    );
  });
});
