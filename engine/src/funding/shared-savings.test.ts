import { describe, expect, it } from 'vitest';
import { calculateSharedSavings } from './shared-savings';

describe('shared-savings', () => {
  it('gives the provider its share of the saving', () => {
    expect(calculateSharedSavings({ budget: 100000, realisatie: '90000.01', aandeelPct: 50 })).toMatchObject({ besparing: '9999.99', bonus: '5000.00' });
  });

  it('no bonus over budget', () => {
    expect(calculateSharedSavings({ budget: 100000, realisatie: 120000, aandeelPct: 50 })).toMatchObject({ besparing: '0.00', bonus: '0.00' });
  });
});
