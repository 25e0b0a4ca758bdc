import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro } from './format';

describe('nl-NL formatting', () => {
  it('formats dates and euros the Dutch way', () => {
    expect(formatDate('2023-05-01')).toBe('1 mei 2023');
    expect(formatEuro('1234.5').replace(/\s/g, ' ')).toBe('€ 1.234,50');
  });
});
