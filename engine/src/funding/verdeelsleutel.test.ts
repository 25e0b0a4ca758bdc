import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, sumDecimals } from './money';
import { calculateVerdeelsleutel } from './verdeelsleutel';

// Seed 003 §9 (cost split), inhabitants 1-1-2020 as in docs/domain.md §7.9.
const inwoners = { Beesel: 13483, Bergen: 13085, Gennep: 16935, 'Horst aan de Maas': 42407, 'Peel en Maas': 43430, Venray: 43596, Venlo: 101797 };
const pct = { Beesel: 4.91, Bergen: 4.76, Gennep: 6.16, 'Horst aan de Maas': 15.44, 'Peel en Maas': 15.81, Venray: 15.87, Venlo: 37.05 };
const column = (amounts: number[]) =>
  Object.fromEntries(Object.keys(inwoners).map((name, i) => [name, { aandeelPct: pct[name as keyof typeof pct], bedrag: String(amounts[i]) }]));

describe('verdeelsleutel', () => {
  it('reproduces the 2020 column (€220,550) with afgerond-percentage, summing exactly', () => {
    const result = calculateVerdeelsleutel({ totaal: 220550, inwoners, methode: 'afgerond-percentage' });
    expect(result.verdeling).toEqual(column([10829, 10498, 13586, 34053, 34869, 35001, 81714]));
    expect(result.som).toBe('220550.00');
    expect(result.verschil).toBe('0.00');
  });

  it('reproduces the 2021 column (€215,000) with afgerond-percentage: €215,002, verschil "2.00"', () => {
    const result = calculateVerdeelsleutel({ totaal: '215000', inwoners, methode: 'afgerond-percentage' });
    expect(result.verdeling).toEqual(column([10557, 10234, 13244, 33196, 33992, 34121, 79658]));
    expect(result.som).toBe('215002.00');
    expect(result.verschil).toBe('2.00');
    expect(result.breakdown.at(-1)).toContain('€ 2,00');
  });

  it('exact splits both columns to the cent, summing exactly to the total', () => {
    for (const totaal of ['220550', '215000']) {
      const result = calculateVerdeelsleutel({ totaal, inwoners, methode: 'exact' });
      expect(result.som).toBe(`${totaal}.00`);
      expect(result.verschil).toBe('0.00');
      expect(sumDecimals(Object.values(result.verdeling).map((v) => new Money(v.bedrag))).toFixed(2)).toBe(`${totaal}.00`);
    }
    expect(calculateVerdeelsleutel({ totaal: 215000, inwoners, methode: 'exact' }).verdeling.Beesel).toEqual({ aandeelPct: 4.9077, bedrag: '10551.50' });
  });

  it('exact always sums to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2_000_000 }), { minKeys: 1, maxKeys: 12 }),
        (cents, counts) => {
          fc.pre(Object.values(counts).some((n) => n > 0));
          const totaal = new Money(cents).div(100).toFixed(2);
          const result = calculateVerdeelsleutel({ totaal, inwoners: counts, methode: 'exact' });
          expect(result.som).toBe(totaal);
          expect(result.verschil).toBe('0.00');
          expect(sumDecimals(Object.values(result.verdeling).map((v) => new Money(v.bedrag))).toFixed(2)).toBe(totaal);
        },
      ),
    );
  });

  it('keeps any municipality name, even "__proto__"', () => {
    const result = calculateVerdeelsleutel({ totaal: 100, inwoners: JSON.parse('{"__proto__": 1, "b": 3}'), methode: 'exact' });
    expect(Object.keys(result.verdeling)).toEqual(['__proto__', 'b']);
    expect(JSON.parse(JSON.stringify(result)).verdeling).toEqual(
      JSON.parse('{"__proto__": {"aandeelPct": 25, "bedrag": "25.00"}, "b": {"aandeelPct": 75, "bedrag": "75.00"}}'),
    );
  });

  it('no inhabitants at all is invalid input', () => {
    expect(() => calculateVerdeelsleutel({ totaal: 100, inwoners: { A: 0 }, methode: 'exact' })).toThrowError(
      expect.objectContaining({ code: 'INVOER_ONGELDIG', issues: [expect.objectContaining({ path: '/inwoners' })] }),
    );
  });
});
