import { describe, expect, it } from 'vitest';
import { calculatePopulatie } from './populatie';

describe('populatie', () => {
  it('keeps the budget when the population stays inside the band', () => {
    expect(calculatePopulatie({ budget: 1000000, afgesprokenClienten: 100, werkelijkeClienten: 110, bandbreedtePct: 10 })).toMatchObject({
      herzien: false,
      budget: '1000000.00',
    });
  });

  it('revises proportionally outside the band ([aanname] default)', () => {
    expect(calculatePopulatie({ budget: 1000000, afgesprokenClienten: 100, werkelijkeClienten: 120, bandbreedtePct: 10 })).toMatchObject({
      herzien: true,
      budget: '1200000.00',
    });
    expect(calculatePopulatie({ budget: 1000000, afgesprokenClienten: 100, werkelijkeClienten: 85, bandbreedtePct: 10 })).toMatchObject({
      herzien: true,
      budget: '850000.00',
    });
  });

  it('can revise only the part beyond the band edge', () => {
    expect(
      calculatePopulatie({ budget: 1000000, afgesprokenClienten: 100, werkelijkeClienten: 120, bandbreedtePct: 10, herziening: 'buiten-bandbreedte' }),
    ).toMatchObject({ herzien: true, budget: '1100000.00' });
  });

  it('then settles as a budget agreement', () => {
    const result = calculatePopulatie({
      budget: 1000000,
      afgesprokenClienten: 100,
      werkelijkeClienten: 120,
      bandbreedtePct: 10,
      realisatie: 1150000,
      voorschot: 1000000,
    });
    expect(result).toMatchObject({ budget: '1200000.00', vastgesteldBedrag: '1150000.00', afrekening: '150000.00' });
  });
});
