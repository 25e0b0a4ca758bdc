import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateBoeggolf, type BoeggolfInput } from './boeggolf';
import { isSturingError } from '../model/errors';

describe('boeggolf', () => {
  it('a good year keeps the horizon at X; a bad year shrinks it to X−1 and a later good year keeps it there', () => {
    const result = calculateBoeggolf({
      startdatum: '2022-01-01',
      horizonJaren: 3,
      maxLooptijdJaren: 9,
      beoordelingen: [
        { jaar: 2022, voldoende: true },
        { jaar: 2023, voldoende: false },
        { jaar: 2024, voldoende: true },
      ],
    });
    expect(result.horizonNaBeoordeling).toEqual({ '2022': 3, '2023': 2, '2024': 2 });
    expect(result.einddatum).toBe('2026-12-31');
  });

  it('without evaluations the contract ends after the horizon (last day inclusive)', () => {
    expect(calculateBoeggolf({ startdatum: '2022-01-01', horizonJaren: 3, maxLooptijdJaren: 9, beoordelingen: [] }).einddatum).toBe('2024-12-31');
  });

  it('never passes the maximum term (3+3+3 = 9 years)', () => {
    const beoordelingen = Array.from({ length: 8 }, (_, i) => ({ jaar: 2022 + i, voldoende: true }));
    const result = calculateBoeggolf({ startdatum: '2022-01-01', horizonJaren: 3, maxLooptijdJaren: 9, beoordelingen });
    expect(result.einddatum).toBe('2030-12-31');
    expect(result.horizonNaBeoordeling['2029']).toBe(1);
  });

  it('rejects an evaluation after the contract has ended, naming it', () => {
    expect(() =>
      calculateBoeggolf({
        startdatum: '2022-01-01',
        horizonJaren: 1,
        maxLooptijdJaren: 9,
        beoordelingen: [
          { jaar: 2022, voldoende: false },
          { jaar: 2023, voldoende: true },
        ],
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVOER_ONGELDIG', issues: [expect.objectContaining({ path: '/beoordelingen/1/jaar' })] }));
  });

  it('property: the end date never passes start + maximum term, and the horizon never exceeds X', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.boolean(), { maxLength: 15 }),
        (year, month, day, horizon, max, outcomes) => {
          const startdatum = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const input: BoeggolfInput = { startdatum, horizonJaren: horizon, maxLooptijdJaren: max, beoordelingen: [] };
          // Evaluate year after year while the contract runs.
          let result = calculateBoeggolf(input);
          for (const [i, voldoende] of outcomes.entries()) {
            try {
              result = calculateBoeggolf({ ...input, beoordelingen: [...input.beoordelingen, { jaar: year + i, voldoende }] });
              input.beoordelingen.push({ jaar: year + i, voldoende });
            } catch (error) {
              if (!isSturingError(error)) throw error;
              break;
            }
          }
          const maxEnd = `${year + max}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(result.einddatum < maxEnd).toBe(true);
          for (const h of Object.values(result.horizonNaBeoordeling)) expect(h).toBeLessThanOrEqual(Math.min(horizon, max));
        },
      ),
    );
  });
});
