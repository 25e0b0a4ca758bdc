import { describe, expect, it } from 'vitest';
import { outcomeChanges } from './outcome-changes';
import type { CaseRunResult } from './test-run';

const result = (name: string, findings: string[], passed = true): CaseRunResult => ({
  suite: 's1b',
  name,
  index: 0,
  passed,
  expected: { findings: [] },
  actual: { findings, info: [], missing: [] },
  missing: [],
  unexpected: [],
  firedRules: [],
});

describe('outcomeChanges', () => {
  it('lists only cases whose findings differ between the runs', () => {
    const before = [result('a', ['X']), result('b', []), result('c', ['Y'])];
    const after = [result('a', ['X']), result('b', ['Z'], false), result('d', ['Y'])];
    expect(outcomeChanges(before, after)).toEqual([
      { suite: 's1b', name: 'b', before: before[1].actual, after: after[1].actual, passedBefore: true, passedAfter: false },
    ]);
  });
});
