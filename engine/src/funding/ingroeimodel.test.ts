import { describe, expect, it } from 'vitest';
import { calculateIngroeimodel } from './ingroeimodel';

describe('ingroeimodel', () => {
  const budgets = { historisch: 1000000, objectief: '800000' };

  it('from 2022 the objective share grows by 10 points a year', () => {
    expect(calculateIngroeimodel({ ...budgets, jaar: 2021 })).toMatchObject({ budget: '1000000.00', aandeelObjectiefPct: 0 });
    expect(calculateIngroeimodel({ ...budgets, jaar: 2022 })).toMatchObject({ budget: '980000.00', aandeelObjectiefPct: 10 });
    expect(calculateIngroeimodel({ ...budgets, jaar: 2026 })).toMatchObject({ budget: '900000.00', aandeelObjectiefPct: 50 });
  });

  it('is capped at 100 % objective (and 0 before the start)', () => {
    expect(calculateIngroeimodel({ ...budgets, jaar: 2031 })).toMatchObject({ budget: '800000.00', aandeelObjectiefPct: 100 });
    expect(calculateIngroeimodel({ ...budgets, jaar: 2040 })).toMatchObject({ budget: '800000.00', aandeelObjectiefPct: 100 });
    expect(calculateIngroeimodel({ ...budgets, jaar: 2019 })).toMatchObject({ budget: '1000000.00', aandeelObjectiefPct: 0 });
  });

  it('start year and step are parameters', () => {
    expect(calculateIngroeimodel({ ...budgets, jaar: 2024, startjaar: 2022, stapPct: 20 })).toMatchObject({ aandeelObjectiefPct: 40, budget: '920000.00' });
  });
});
