import { describe, expect, it } from 'vitest';
import { findOperator } from './operators';

const op = (name: string) => {
  const found = findOperator(name);
  if (!found) throw new Error(name);
  return found.evaluate;
};

describe('operators', () => {
  it('compares real dates, not strings or numbers', () => {
    expect(op('datumVoor')('2022-09-30', '2022-10-01')).toBe(true);
    expect(op('datumVoor')('2022-10-01', '2022-10-01')).toBe(false);
    expect(op('datumOpOfVoor')('2022-10-01', '2022-10-01')).toBe(true);
    expect(op('datumNa')('2023-01-02', '2022-12-31')).toBe(true);
    expect(op('datumNa')('2023-02-30', '2022-12-31')).toBe(false); // not a date
    expect(op('datumOpOfNa')('2022-1-5', '2022-01-01')).toBe(false); // not ISO
  });

  it('compares amounts exactly', () => {
    expect(op('bedragGroterDan')('0.3', '0.1')).toBe(true);
    expect(op('bedragGelijk')('64.53', '64.530')).toBe(true);
    expect(op('bedragKleinerDanOfGelijk')('10000000000000000.01', '10000000000000000.02')).toBe(true);
    expect(op('bedragGroterDan')('abc', '1')).toBe(false);
  });

  it('treats emptiness as a value', () => {
    expect(op('isLeeg')(undefined, true)).toBe(true);
    expect(op('isLeeg')([], true)).toBe(true);
    expect(op('isLeeg')('  ', true)).toBe(true);
    expect(op('isLeeg')(['doel'], true)).toBe(false);
    expect(op('isNull')(null, true)).toBe(true);
    expect(op('isNull')(undefined, true)).toBe(false);
    expect(findOperator('isLeeg')?.acceptsAbsent).toBe(true);
    expect(findOperator('isNull')?.acceptsAbsent).toBe(false);
  });
});
