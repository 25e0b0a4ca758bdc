import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateBudgetafspraak, type SettlementRegime } from './budgetafspraak';
import { Money } from './money';

describe('budgetafspraak', () => {
  it('inside the band the budget is fixed and nothing is settled', () => {
    expect(calculateBudgetafspraak({ budget: 100000, realisatie: 103000, bandbreedtePct: 5 })).toMatchObject({
      vastgesteldBedrag: '100000.00',
      afrekening: '0.00',
      binnenBandbreedte: true,
    });
  });

  it('outside the band, regime volledig settles on the realisation', () => {
    expect(calculateBudgetafspraak({ budget: 100000, realisatie: 110000, bandbreedtePct: 5 })).toMatchObject({
      vastgesteldBedrag: '110000.00',
      afrekening: '10000.00',
    });
    expect(calculateBudgetafspraak({ budget: 100000, realisatie: 90000, bandbreedtePct: 5 })).toMatchObject({
      vastgesteldBedrag: '90000.00',
      afrekening: '-10000.00',
    });
  });

  it('regime buiten-bandbreedte settles only the part beyond the band edge', () => {
    expect(calculateBudgetafspraak({ budget: 100000, realisatie: 110000, bandbreedtePct: 5, regime: 'buiten-bandbreedte' })).toMatchObject({
      vastgesteldBedrag: '105000.00',
      afrekening: '5000.00',
    });
    expect(calculateBudgetafspraak({ budget: 100000, realisatie: 90000, bandbreedtePct: 5, regime: 'buiten-bandbreedte' })).toMatchObject({
      vastgesteldBedrag: '95000.00',
      afrekening: '-5000.00',
    });
  });

  it('band 0 (Noord-Limburg) settles every cent; advances other than the budget are corrected', () => {
    expect(calculateBudgetafspraak({ budget: '100000', realisatie: '100000.01' })).toMatchObject({ binnenBandbreedte: false, afrekening: '0.01' });
    expect(calculateBudgetafspraak({ budget: 100000, voorschot: 80000, realisatie: 100000 })).toMatchObject({ afrekening: '20000.00' });
  });

  it('a settlement inside the band never moves money', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 10 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.constantFrom<SettlementRegime[]>('volledig', 'buiten-bandbreedte'),
        (budgetCents, band, position, regime) => {
          const budget = new Money(budgetCents).div(100);
          // A realisation anywhere inside [budget − margin, budget + margin], to the cent.
          const margin = budget.times(band).div(100);
          const realisatie = budget.plus(margin.times(position).toDecimalPlaces(2, Money.ROUND_DOWN));
          const result = calculateBudgetafspraak({ budget: budget.toFixed(2), realisatie: realisatie.toFixed(2), bandbreedtePct: band, regime });
          expect(result.binnenBandbreedte).toBe(true);
          expect(result.afrekening).toBe('0.00');
          expect(result.vastgesteldBedrag).toBe(budget.toFixed(2));
        },
      ),
    );
  });
});
