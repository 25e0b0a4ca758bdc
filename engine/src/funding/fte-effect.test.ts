import { describe, expect, it } from 'vitest';
import { calculateFteEffect } from './fte-effect';

describe('fte-effect', () => {
  it('reproduces seed 002: 572 registrations × 6 h / 1,330 h per FTE = 2.58 FTE', () => {
    const result = calculateFteEffect({ meldingen: 572, normUren: 6, productieveUrenPerFte: 1330 });
    expect(result.fte).toBe('2.58');
    expect(result.besparing).toBeNull();
    expect(result.breakdown.join(' ')).toContain('3432');
  });

  it('the saving multiplies the unrounded fte by the wage cost', () => {
    // 3432 × 76,518 / 1330 = 197,450.959…; with the rounded 2.58 it would be 197,416.44.
    expect(calculateFteEffect({ meldingen: 572, normUren: 6, productieveUrenPerFte: 1330, loonkostenPerFte: 76518 }).besparing).toBe('197450.96');
  });
});
