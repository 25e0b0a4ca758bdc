import { describe, expect, it } from 'vitest';
import { deriveExtraCapacity } from './provider-extra-capacity';

const entry = (jaar: number, bedragen: string[], tekortVastgesteld = true) => ({
  perceel: 'regionaal',
  jaar,
  gecontracteerdeWaarde: '1000000.00',
  tekortVastgesteld,
  inkopen: bedragen.map((bedrag) => ({ bedrag })),
});

describe('deriveExtraCapacity (through the funding model extra-capaciteit)', () => {
  it('allows exactly 10 % with an established shortfall', () => {
    const fact = deriveExtraCapacity([entry(2022, ['60000.00', '40000.00'])], 2023, 10);
    expect(fact).toMatchObject({ totaalExtra: '100000.00', maximum: '100000.00', ruimte: '0.00', overschrijding: '0.00', toegestaan: true, bevindingen: [] });
  });

  it('refuses one cent over the cap', () => {
    const fact = deriveExtraCapacity([entry(2022, ['60000.00', '40000.01'])], 2023, 10);
    expect(fact).toMatchObject({ ruimte: '0.00', overschrijding: '0.01', toegestaan: false, bevindingen: ['EXTRA_CAPACITEIT_BOVEN_MAXIMUM'] });
    expect(fact?.redenen[0]).toMatch(/meer dan 10/);
  });

  it('refuses extra capacity without an established shortfall; nothing bought is fine', () => {
    expect(deriveExtraCapacity([entry(2022, ['1000.00'], false)], 2023, 10)).toMatchObject({ toegestaan: false });
    expect(deriveExtraCapacity([entry(2022, [], false)], 2023, 10)).toMatchObject({ toegestaan: true, totaalExtra: '0.00' });
  });

  it('uses the latest year up to the as-of year; undefined when there is none', () => {
    expect(deriveExtraCapacity([entry(2022, ['1.00']), entry(2023, ['2.00']), entry(2024, ['3.00'])], 2023, 10)?.jaar).toBe(2023);
    expect(deriveExtraCapacity([entry(2024, ['3.00'])], 2023, 10)).toBeUndefined();
  });

  it("follows the policy's percentage, and the model's default (10 %) when the policy sets none", () => {
    expect(deriveExtraCapacity([entry(2022, ['150000.00'])], 2023, 15)).toMatchObject({ maximumPct: 15, maximum: '150000.00', toegestaan: true });
    const fact = deriveExtraCapacity([entry(2022, ['150000.00'])], 2023, undefined);
    expect(fact).toMatchObject({ maximum: '100000.00', toegestaan: false });
    expect(fact).not.toHaveProperty('maximumPct');
  });
});
