import { describe, expect, it } from 'vitest';
import { calculateFunding } from './calculate-funding';
import { calculatePxq } from './pxq';

describe('pxq', () => {
  it('multiplies tariff and quantity without float error', () => {
    expect(calculatePxq({ tarief: '64.53', aantal: 3, eenheid: 'uur' }).bedrag).toBe('193.59');
    expect(calculatePxq({ tarief: 0.1, aantal: 3, eenheid: 'stuks' }).bedrag).toBe('0.30');
  });

  it('applies the surcharge and rounds once at the end', () => {
    // 64.53 × 1.075 = 69.36975; × 100 = 6936.975 → 6936.98 (rounding the unit price first would give 6937.00).
    expect(calculatePxq({ tarief: '64.53', aantal: 100, eenheid: 'uur', opslagPct: 7.5 }).bedrag).toBe('6936.98');
    // 10.005 × 3 = 30.015 → 30.02; rounding the tariff first (10.01 × 3) would give 30.03.
    expect(calculatePxq({ tarief: '10.005', aantal: 3, eenheid: 'dagdeel' }).bedrag).toBe('30.02');
  });

  it('an hourly tariff declared in minutes: round2(uurtarief × minuten / 60), never the rounded minute rate × minutes (TR346)', () => {
    // 64.53 / 60 = 1.0755 per minute; × 50 = 53.775 → 53.78. The rounded minute rate (1.08) × 50 would give 54.00.
    expect(calculatePxq({ tarief: '64.53', aantal: 50, eenheid: 'minuut', tariefEenheid: 'uur' }).bedrag).toBe('53.78');
    expect(calculatePxq({ tarief: 100, aantal: 1, eenheid: 'dagdeel', tariefEenheid: 'uur' }).bedrag).toBe('400.00');
    expect(() => calculateFunding('pxq', { tarief: 100, aantal: 1, eenheid: 'stuks', tariefEenheid: 'uur' })).toThrowError(
      expect.objectContaining({ code: 'INVOER_ONGELDIG', issues: [expect.objectContaining({ path: '/eenheid' })] }),
    );
  });

  it('takes the surcharge default (0) from the schema and explains the steps', () => {
    const result = calculateFunding('pxq', { tarief: 50, aantal: 2.5, eenheid: 'uur' });
    expect(result).toMatchObject({ bedrag: '125.00' });
    expect(result.breakdown.join(' ')).toContain('€ 50,00');
  });

  it('rejects text in an amount, naming the field', () => {
    expect(() => calculateFunding('pxq', { tarief: 'twaalf', aantal: 1, eenheid: 'uur' })).toThrowError(
      expect.objectContaining({ code: 'INVOER_ONGELDIG', issues: [expect.objectContaining({ path: '/tarief' })] }),
    );
  });
});
