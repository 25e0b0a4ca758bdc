import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents } from './apportion';
import { Money, sumDecimals } from './money';

describe('apportionCents', () => {
  it('gives the leftover cents to the largest remainders', () => {
    const parts = apportionCents(
      new Money(100),
      [1, 1, 1].map((w) => new Money(w)),
    );
    expect(parts.map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('splits equally when all weights are zero', () => {
    expect(
      apportionCents(
        new Money(1),
        [0, 0].map((w) => new Money(w)),
      ).map((p) => p.toFixed(2)),
    ).toEqual(['0.50', '0.50']);
  });

  it('always adds up to the total rounded to cents, each part within a cent of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 12 }), (cents, weights) => {
        const total = new Money(cents).div(100);
        const parts = apportionCents(
          total,
          weights.map((w) => new Money(w)),
        );
        expect(sumDecimals(parts).eq(total)).toBe(true);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((part, i) => {
          const exact = weightSum === 0 ? total.div(weights.length) : total.times(weights[i]).div(weightSum);
          expect(part.minus(exact).abs().lt(0.01)).toBe(true);
        });
      }),
    );
  });
});
