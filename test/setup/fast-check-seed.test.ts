// The property-test seed is fixed and a failure names it, so the failing run can be repeated.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PROPERTY_SEED } from './fast-check-seed';

it('property tests use the fixed seed and print it on failure', () => {
  let message = '';
  try {
    fc.assert(fc.property(fc.integer(), (n) => n < 100));
  } catch (error) {
    message = String(error);
  }
  expect(message).toContain(`seed: ${PROPERTY_SEED}`);
  const runs: number[] = [];
  fc.assert(
    fc.property(fc.integer(), (n) => void runs.push(n)),
    { numRuns: 5 },
  );
  const again: number[] = [];
  fc.assert(
    fc.property(fc.integer(), (n) => void again.push(n)),
    { numRuns: 5 },
  );
  expect(again).toEqual(runs);
});
