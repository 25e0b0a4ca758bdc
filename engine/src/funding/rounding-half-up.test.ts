// Every model that rounds money rounds half-up (away from zero) on an exact half cent or half euro: x.xx5 → x.xx + 0.01.
// Half-even (banker's) rounding would give the even neighbour; each case below is chosen so the two differ.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { calculateKostenPerClient } from './kosten-per-client';
import { calculateLumpsumPlafond } from './lumpsum-plafond';
import { calculateLumpsumVaststelling } from './lumpsum-vaststelling';
import { formatCents, formatFixed, roundCents, roundEuros } from './money';
import { calculatePxq } from './pxq';

describe('half-up rounding on .xx5', () => {
  it('money helpers: 0.125 → 0.13, 0.135 → 0.14, 2.5 → 3, -0.125 → -0.13, never -0.00', () => {
    expect(roundCents(new Decimal('0.125')).toFixed(2)).toBe('0.13');
    expect(roundCents(new Decimal('0.135')).toFixed(2)).toBe('0.14');
    expect(roundCents(new Decimal('-0.125')).toFixed(2)).toBe('-0.13');
    expect(roundEuros(new Decimal('2.5')).toFixed(0)).toBe('3');
    expect(roundEuros(new Decimal('3.5')).toFixed(0)).toBe('4');
    expect(formatCents(new Decimal('1234.565'))).toBe('1234.57');
    expect(formatFixed(new Decimal('-0.004'), 2)).toBe('0.00');
  });

  it('lumpsum-vaststelling: 100.05 × (1 + 0 %) × (1 − 50 %) = 50.025 → 50.03', () => {
    const result = calculateLumpsumVaststelling({ omzet: { a: '100.05', b: '100.25' }, indexPct: 0, taakstellingPct: 50 });
    expect(result.lumpsums).toEqual({ a: '50.03', b: '50.13' });
    expect(result.totaal).toBe('100.16');
  });

  it('pxq: 0.25 × 0.5 = 0.125 → 0.13 (rounded once, at the end)', () => {
    expect(calculatePxq({ tarief: '0.25', aantal: 0.5, eenheid: 'uur' }).bedrag).toBe('0.13');
    expect(calculatePxq({ tarief: '0.45', aantal: 0.5, eenheid: 'uur' }).bedrag).toBe('0.23');
  });

  it('lumpsum-plafond: an overrun of 0.25 with a 50 % provider share is 0.125 → 0.13', () => {
    const result = calculateLumpsumPlafond({ plafond: '100.00', lumpsums: { a: '100.25' }, overigeUitgaven: '0', aanbiederAandeelPct: 50 });
    expect(result.overschrijding).toBe('0.25');
    // The providers' share 0.125 rounds to 0.13; the municipality carries the rest.
    expect(result.terugbetaling).toEqual({ a: '0.13' });
    expect(result.gemeenteDeel).toBe('0.12');
  });

  it('kosten-per-client: 5 / 2 = 2.5 → 3 and 7 / 2 = 3.5 → 4 whole euros', () => {
    const result = calculateKostenPerClient({ segmenten: { a: { totaal: '5', clienten: 2 }, b: { totaal: '7', clienten: 2 } } });
    expect(result.segmenten.a.perClient).toBe('3');
    expect(result.segmenten.b.perClient).toBe('4');
  });
});
