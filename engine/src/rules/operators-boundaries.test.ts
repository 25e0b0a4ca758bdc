// Every comparison operator at its boundary: below, equal and above, so a `>` turned into `>=` (or `<` into `<=`) fails.
import { describe, expect, it } from 'vitest';
import { findOperator } from './operators';

const op = (name: string) => {
  const found = findOperator(name);
  if (!found) throw new Error(name);
  return found.evaluate;
};

/** [operator, below, equal, above, expected for below/equal/above, the reference value]. */
const TABLE: [string, unknown, unknown, unknown, [boolean, boolean, boolean], unknown][] = [
  ['lessThan', 4, 5, 6, [true, false, false], 5],
  ['lessThanInclusive', 4, 5, 6, [true, true, false], 5],
  ['greaterThan', 4, 5, 6, [false, false, true], 5],
  ['greaterThanInclusive', 4, 5, 6, [false, true, true], 5],
  ['datumVoor', '2022-12-31', '2023-01-01', '2023-01-02', [true, false, false], '2023-01-01'],
  ['datumOpOfVoor', '2022-12-31', '2023-01-01', '2023-01-02', [true, true, false], '2023-01-01'],
  ['datumNa', '2022-12-31', '2023-01-01', '2023-01-02', [false, false, true], '2023-01-01'],
  ['datumOpOfNa', '2022-12-31', '2023-01-01', '2023-01-02', [false, true, true], '2023-01-01'],
  ['bedragGroterDan', '99.99', '100.00', '100.01', [false, false, true], '100'],
  ['bedragGroterDanOfGelijk', '99.99', '100.00', '100.01', [false, true, true], '100'],
  ['bedragKleinerDan', '99.99', '100.00', '100.01', [true, false, false], '100'],
  ['bedragKleinerDanOfGelijk', '99.99', '100.00', '100.01', [true, true, false], '100'],
  ['bedragGelijk', '99.99', '100.00', '100.01', [false, true, false], '100'],
  ['aantalGroterDan', [1, 2], [1, 2, 3], [1, 2, 3, 4], [false, false, true], 3],
];

describe('comparison operators at their boundaries', () => {
  for (const [name, below, equal, above, [b, e, a], reference] of TABLE) {
    it(`${name}: below → ${b}, equal → ${e}, above → ${a}`, () => {
      expect(op(name)(below, reference)).toBe(b);
      expect(op(name)(equal, reference)).toBe(e);
      expect(op(name)(above, reference)).toBe(a);
    });
  }

  it('dates compare as calendar days across month and year ends and leap days', () => {
    expect(op('datumNa')('2024-03-01', '2024-02-29')).toBe(true);
    expect(op('datumOpOfNa')('2024-02-29', '2024-02-29')).toBe(true);
    expect(op('datumVoor')('2024-02-29', '2024-02-29')).toBe(false);
    expect(op('datumNa')('2023-02-29', '2023-02-28')).toBe(false); // not a date
  });

  it('amounts compare exactly beyond floating point: one cent at 10^16 and 0.1 + 0.2 against 0.3', () => {
    expect(op('bedragGroterDan')('10000000000000000.01', '10000000000000000.00')).toBe(true);
    expect(op('bedragGelijk')('10000000000000000.01', '10000000000000000.00')).toBe(false);
    expect(op('bedragGelijk')('0.30', 0.3)).toBe(true);
    expect(op('bedragKleinerDan')('-0.01', '0')).toBe(true);
    expect(op('bedragGroterDanOfGelijk')('-0.00', '0')).toBe(true);
  });

  it('refuses mismatched types instead of coercing (a number is no date, text is no number)', () => {
    expect(op('greaterThan')('6', 5)).toBe(false);
    expect(op('lessThan')(4, '5')).toBe(false);
    expect(op('datumNa')(20230102, '2023-01-01')).toBe(false);
    expect(op('bedragGroterDan')('1,5', '1')).toBe(false);
    expect(op('aantalGroterDan')('abcd', 3)).toBe(false);
  });
});
