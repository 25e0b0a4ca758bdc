import { describe, expect, it } from 'vitest';
import { dutchAmount, dutchDate } from './spreadsheet';

describe('Dutch dates and amounts in exports', () => {
  it('reads dd-mm-jjjj, d-m-jjjj and ISO dates, refuses impossible ones', () => {
    expect(dutchDate('31-12-2023')).toBe('2023-12-31');
    expect(dutchDate('1-2-2024')).toBe('2024-02-01');
    expect(dutchDate('2023-12-31')).toBe('2023-12-31');
    expect(dutchDate(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12-31');
    expect(dutchDate('30-02-2023')).toBeUndefined();
    expect(dutchDate('12/31/2023')).toBeUndefined();
  });

  it('reads 1.234,56, 1234,56, € 12,5 and numeric cells as decimal strings', () => {
    expect(dutchAmount('1.234,56')).toBe('1234.56');
    expect(dutchAmount('1234,56')).toBe('1234.56');
    expect(dutchAmount('€ 12,5')).toBe('12.50');
    expect(dutchAmount('1234.56')).toBe('1234.56');
    expect(dutchAmount(1234.56)).toBe('1234.56');
    expect(dutchAmount('1.23.4')).toBeUndefined();
    expect(dutchAmount('twaalf')).toBeUndefined();
  });
});
