import { describe, expect, it } from 'vitest';
import { calculateBudgetplafond } from './budgetplafond';
import { calculateFunding } from './calculate-funding';
import { Money } from './money';

// Seed 002, table in §8: budgetplafond BGI 11,348 (2022) → 11,881 (2023) k€ and BGG 4,107 → 4,300 k€ "(incl. index 2023)".
// The seed prints no percentage for that index; both ratios (11,881/11,348 = 1.04697, 4,300/4,107 = 1.04699) give 4.7 %.
// (The 5 % in the same table is the expected indexation of the municipal budget, the coverage side: 11,348 × 1.05 = 11,915.)
const INDEX_2023_PCT = 4.7;

describe('budgetplafond', () => {
  it('reproduces the 2023 plafond 11,881 k€ from 11,348 k€ with the 2023 index', () => {
    const bgi = calculateBudgetplafond({ plafond: 11348000, indexPct: INDEX_2023_PCT, realisatie: 0 });
    expect(bgi.plafond).toBe('11881356.00');
    expect(new Money(bgi.plafond).div(1000).toDecimalPlaces(0).toNumber()).toBe(11881);
    const bgg = calculateBudgetplafond({ plafond: '4107000', indexPct: INDEX_2023_PCT, realisatie: 0 });
    expect(new Money(bgg.plafond).div(1000).toDecimalPlaces(0).toNumber()).toBe(4300);
  });

  it('pays up to the plafond and reports the rest as not paid', () => {
    expect(calculateBudgetplafond({ plafond: 100000, realisatie: '120000.50' })).toMatchObject({
      plafond: '100000.00',
      betaalbaar: '100000.00',
      nietVergoed: '20000.50',
      benuttingPct: 120,
      signalering: true,
    });
  });

  it('warns from the threshold (default 90 %, [aanname]) on realisation plus commitments', () => {
    expect(calculateBudgetplafond({ plafond: 100000, realisatie: 60000, verplichtingen: 29999 })).toMatchObject({ benuttingPct: 90, signalering: false });
    expect(calculateBudgetplafond({ plafond: 100000, realisatie: 60000, verplichtingen: 30000 })).toMatchObject({ benuttingPct: 90, signalering: true });
    expect(calculateBudgetplafond({ plafond: 100000, realisatie: 70000, signaleringPct: 70 })).toMatchObject({ signalering: true, betaalbaar: '70000.00' });
  });

  it('a zero plafond is invalid input naming the field', () => {
    expect(() => calculateFunding('budgetplafond', { plafond: 0, realisatie: 10 })).toThrowError(
      expect.objectContaining({ code: 'INVOER_ONGELDIG', issues: [expect.objectContaining({ path: '/plafond' })] }),
    );
  });
});
