import { describe, expect, it } from 'vitest';
import { formatDutchDecimal, formatEuroText, parseDutchDecimal } from './dutch-number';

describe('parseDutchDecimal', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['11.881.356', '11881356'],
    ['0,10', '0.10'],
    ['007', '7'],
    [' € 1.500 ', '1500'],
    ['-12,5', '-12.5'],
    ['-0', '0'],
    // Beyond float precision: every digit survives.
    ['12.345.678.901.234.567,89', '12345678901234567.89'],
    ['0,1234567890123456789', '0.1234567890123456789'],
  ])('reads %s as %s', (text, decimal) => {
    expect(parseDutchDecimal(text)).toEqual({ ok: true, decimal });
  });

  it.each([
    ['', 'is leeg'],
    ['1,2,3', 'bevat meer dan één komma'],
    ['12.5', 'gebruik een komma'],
    ['1.23,4', 'gebruik een komma'],
    ['abc', 'is geen getal'],
    ['12,x', 'geen geldige cijfers'],
  ])('refuses %j in Dutch', (text, reason) => {
    const parsed = parseDutchDecimal(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('formatDutchDecimal and formatEuroText', () => {
  it.each([
    ['1234.56', undefined, '1.234,56'],
    ['11881356', undefined, '11.881.356'],
    ['1500', 2, '1.500,00'],
    ['0.005', 2, '0,01'],
    ['999.995', 2, '1.000,00'],
    ['-1234.5', 2, '-1.234,50'],
    ['-0.001', 2, '0,00'],
    ['12345678901234567.89', 2, '12.345.678.901.234.567,89'],
  ] as const)('%s (%s decimals) → %s', (decimal, decimals, text) => {
    expect(formatDutchDecimal(decimal, decimals)).toBe(text);
  });

  it('writes numbers without exponent and euros the nl-NL way', () => {
    expect(formatDutchDecimal(7.5)).toBe('7,5');
    expect(formatDutchDecimal(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatEuroText('3000')).toBe('€ 3.000,00');
    expect(formatEuroText('-218644.12')).toBe('€ -218.644,12');
  });

  it('round-trips Dutch text and decimal strings exactly', () => {
    for (const decimal of ['0.01', '64.53', '100000.00', '98765432109876.54']) {
      const parsed = parseDutchDecimal(formatDutchDecimal(decimal));
      expect(parsed).toEqual({ ok: true, decimal });
    }
  });
});
