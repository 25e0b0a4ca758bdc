import { describe, expect, it } from 'vitest';
import { calculateFunding } from './calculate-funding';
import { calculateExtraCapaciteit } from './extra-capaciteit';

describe('extra-capaciteit', () => {
  it('allows extra capacity up to 10 % of the contracted value when a shortfall is established', () => {
    expect(calculateExtraCapaciteit({ gecontracteerdeWaarde: 1000000, extra: [50000, '40000.00'], tekortVastgesteld: true })).toMatchObject({
      toegestaan: true,
      ruimte: '10000.00',
      bevindingen: [],
      somExtra: '90000.00',
      maximum: '100000.00',
      overschrijding: '0.00',
    });
    expect(calculateExtraCapaciteit({ gecontracteerdeWaarde: 1000000, extra: [100000], tekortVastgesteld: true }).toegestaan).toBe(true);
  });

  it('above the maximum: EXTRA_CAPACITEIT_BOVEN_MAXIMUM', () => {
    expect(calculateExtraCapaciteit({ gecontracteerdeWaarde: 1000000, extra: [60000, 40000.01], tekortVastgesteld: true })).toMatchObject({
      toegestaan: false,
      ruimte: '0.00',
      overschrijding: '0.01',
      bevindingen: ['EXTRA_CAPACITEIT_BOVEN_MAXIMUM'],
    });
  });

  it('without an established shortfall: EXTRA_CAPACITEIT_BOVEN_MAXIMUM, with the reason', () => {
    const result = calculateExtraCapaciteit({ gecontracteerdeWaarde: 1000000, extra: [1000], tekortVastgesteld: false });
    expect(result).toMatchObject({ toegestaan: false, bevindingen: ['EXTRA_CAPACITEIT_BOVEN_MAXIMUM'] });
    expect(result.redenen.join(' ')).toContain('niet vastgesteld');
  });

  it('no extra capacity is always fine; the maximum is a parameter (default 10 from the schema)', () => {
    expect(calculateFunding('extra-capaciteit', { gecontracteerdeWaarde: 500, extra: [], tekortVastgesteld: false })).toMatchObject({
      toegestaan: true,
      ruimte: '50.00',
    });
    expect(calculateFunding('extra-capaciteit', { gecontracteerdeWaarde: 500, extra: [60], tekortVastgesteld: true, maximumPct: 12 })).toMatchObject({
      toegestaan: true,
    });
  });
});
