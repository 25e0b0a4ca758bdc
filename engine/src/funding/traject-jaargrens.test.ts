import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, sumDecimals } from './money';
import { calculateTrajectJaargrens } from './traject-jaargrens';

describe('traject-jaargrens', () => {
  it('reproduces docs/domain.md §7.2: €6,000, 12 months from 2022-10-01 → 2022: 1500.00, 2023: 4500.00', () => {
    expect(calculateTrajectJaargrens({ trajectprijs: 6000, normDuurMaanden: 12, startdatum: '2022-10-01' }).perJaar).toEqual({
      '2022': '1500.00',
      '2023': '4500.00',
    });
  });

  it('spans more than two years', () => {
    expect(calculateTrajectJaargrens({ trajectprijs: '3600', normDuurMaanden: 36, startdatum: '2022-11-01' }).perJaar).toEqual({
      '2022': '200.00',
      '2023': '1200.00',
      '2024': '1200.00',
      '2025': '1000.00',
    });
  });

  it('counts the start month whole and says so', () => {
    const result = calculateTrajectJaargrens({ trajectprijs: 1200, normDuurMaanden: 12, startdatum: '2022-12-15' });
    expect(result.perJaar).toEqual({ '2022': '100.00', '2023': '1100.00' });
    expect(result.breakdown.join(' ')).toContain('telt als hele maand');
  });

  it('the years always add up to the price to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 12 }), (cents, months, startMonth) => {
        const price = new Money(cents).div(100);
        const result = calculateTrajectJaargrens({
          trajectprijs: price.toFixed(2),
          normDuurMaanden: months,
          startdatum: `2022-${String(startMonth).padStart(2, '0')}-01`,
        });
        expect(sumDecimals(Object.values(result.perJaar).map((v) => new Money(v))).eq(price)).toBe(true);
      }),
    );
  });
});
