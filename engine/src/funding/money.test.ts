import { describe, expect, it } from 'vitest';
import { formatCents, formatEuroNl, formatPctNl, formatWholeEuros, parseAmount, roundCents, roundEuros } from './money';

describe('money', () => {
  it('parses numbers and decimal strings exactly', () => {
    expect(parseAmount(0.1).plus(parseAmount('0.2')).toString()).toBe('0.3');
    expect(parseAmount('64.53').times(100).toString()).toBe('6453');
    expect(parseAmount(' 1500.00 ').toString()).toBe('1500');
  });

  it('rounds half-up to cents and whole euros', () => {
    expect(formatCents(roundCents(parseAmount('2.345')))).toBe('2.35');
    expect(formatCents(roundCents(parseAmount('2.344999')))).toBe('2.34');
    expect(formatWholeEuros(roundEuros(parseAmount('10556.5')))).toBe('10557');
    expect(formatWholeEuros(roundEuros(parseAmount('-2.5')))).toBe('-3');
  });

  it('formats with two decimals and never as -0.00', () => {
    expect(formatCents(parseAmount(1500))).toBe('1500.00');
    expect(formatCents(parseAmount('-0.001'))).toBe('0.00');
  });

  it('writes Dutch notation for the breakdown', () => {
    expect(formatEuroNl(parseAmount('220550.5'))).toBe('€ 220.550,50');
    expect(formatEuroNl(parseAmount('-1234567.891'))).toBe('€ -1.234.567,89');
    expect(formatPctNl(3.87)).toBe('3,87%');
    expect(formatPctNl(10)).toBe('10%');
  });
});
