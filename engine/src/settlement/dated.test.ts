import { describe, expect, it } from 'vitest';
import { entryInYear } from './dated';

describe('entryInYear', () => {
  const share = [
    { vanaf: 2022, waarde: 50 },
    { vanaf: 2023, waarde: 70 },
  ];
  it('takes the last entry that has started, and keeps it for later years', () => {
    expect(entryInYear(share, 2022)).toEqual({ entry: share[0], index: 0 });
    expect(entryInYear(share, 2023)?.entry.waarde).toBe(70);
    expect(entryInYear(share, 2024)?.index).toBe(1);
  });
  it('has nothing before the first year or without a list', () => {
    expect(entryInYear(share, 2021)).toBeUndefined();
    expect(entryInYear(undefined, 2022)).toBeUndefined();
  });
});
