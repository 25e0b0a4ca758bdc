import { describe, expect, it } from 'vitest';
import { calculatePlekken } from './plekken';

// Seed 003 §8: 3 trajectories for 3 clients; faster outflow → 3.5 clients, longer durations → 2.5 clients, same budget.
const agreement = { trajecten: 3, trajectprijs: 7000, doorlooptijdMaanden: 7 };

describe('plekken', () => {
  it('converts trajectories to places with the same budget', () => {
    expect(calculatePlekken(agreement)).toMatchObject({
      plekken: '1.75',
      prijsPerPlekPerJaar: '12000.00',
      budget: '21000.00',
      terugbetaling: '0.00',
      geholpenClienten: '3.00',
      kostenPerClient: '7000.00',
      overbezetting: false,
    });
  });

  it('reproduces the seed example: 3.5 clients when outflow is faster, 2.5 when durations run longer, same budget', () => {
    const faster = calculatePlekken({ ...agreement, bezettePlekMaanden: 21, werkelijkeDoorlooptijdMaanden: 6 });
    const longer = calculatePlekken({ ...agreement, bezettePlekMaanden: 21, werkelijkeDoorlooptijdMaanden: 8.4 });
    expect(faster).toMatchObject({ geholpenClienten: '3.50', budget: '21000.00', terugbetaling: '0.00', kostenPerClient: '6000.00' });
    expect(longer).toMatchObject({ geholpenClienten: '2.50', budget: '21000.00', terugbetaling: '0.00', kostenPerClient: '8400.00' });
  });

  it('the provider repays unfilled place-months', () => {
    const result = calculatePlekken({ ...agreement, bezettePlekMaanden: 15, werkelijkeDoorlooptijdMaanden: 7.5 });
    // (21 − 15) × 12,000 / 12 = 6,000
    expect(result).toMatchObject({ terugbetaling: '6000.00', geholpenClienten: '2.00', kostenPerClient: '7500.00' });
  });

  it('flags occupancy above the agreed places and does not pay it', () => {
    const result = calculatePlekken({ ...agreement, bezettePlekMaanden: 24, werkelijkeDoorlooptijdMaanden: 6 });
    expect(result).toMatchObject({ overbezetting: true, terugbetaling: '0.00', budget: '21000.00' });
    expect(result.breakdown.join(' ')).toContain('overbezetting');
  });
});
