import { describe, expect, it } from 'vitest';
import { classifyProvider, type ProviderCategory } from './provider-category';

const categories: ProviderCategory[] = [
  { naam: 'A', minClientervaring: 8, maxUitvalPct: 10, minDoelrealisatiePct: 75 },
  { naam: 'B', minClientervaring: 7, maxUitvalPct: 20 },
  { naam: 'C' },
];

describe('classifyProvider', () => {
  it('takes the first category whose thresholds all hold', () => {
    expect(classifyProvider({ clientervaring: 8.2, uitvalPct: 6, doelrealisatiePct: 80 }, categories)).toBe('A');
    expect(classifyProvider({ clientervaring: 8.2, uitvalPct: 12, doelrealisatiePct: 80 }, categories)).toBe('B');
    expect(classifyProvider({ clientervaring: 6, uitvalPct: 30, doelrealisatiePct: 40 }, categories)).toBe('C');
  });

  it('thresholds are inclusive', () => {
    expect(classifyProvider({ clientervaring: 8, uitvalPct: 10, doelrealisatiePct: 75 }, categories)).toBe('A');
  });

  it('is undecided when a needed KPI is missing before a match, null when nothing matches', () => {
    expect(classifyProvider({ clientervaring: 8.5, uitvalPct: 5 }, categories)).toBeUndefined();
    expect(classifyProvider({ clientervaring: 6, uitvalPct: 5 }, categories)).toBe('C');
    expect(classifyProvider(undefined, categories)).toBeUndefined();
    expect(classifyProvider({ clientervaring: 5 }, categories.slice(0, 2))).toBeNull();
  });
});
