import { describe, expect, it } from 'vitest';
import { SturingError } from '../model/errors';
import { resolveVersion, versionsKnownAt } from './resolve-version';

const versions = [
  { id: 'r/wmo/s', version: 1, effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31' },
  { id: 'r/wmo/s', version: 2, effectiveFrom: '2023-01-01', effectiveTo: null },
  { id: 'r/wmo/s', version: 3, effectiveFrom: '2024-07-01', effectiveTo: null },
];

describe('resolveVersion', () => {
  it('picks the version in force, effectiveTo inclusive', () => {
    expect(resolveVersion(versions, '2022-12-31', 'r/wmo/s').version).toBe(1);
    expect(resolveVersion(versions, '2023-01-01', 'r/wmo/s').version).toBe(2);
    expect(resolveVersion(versions, '2024-06-30', 'r/wmo/s').version).toBe(2);
    expect(resolveVersion(versions, '2024-07-01', 'r/wmo/s').version).toBe(3);
  });

  it('is a clear error before the first effectiveFrom', () => {
    try {
      resolveVersion(versions, '2021-12-31', 'r/wmo/s');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SturingError);
      expect((error as SturingError).code).toBe('GEEN_VERSIE_VAN_KRACHT');
      expect((error as SturingError).message).toContain('geldt pas vanaf 2022-01-01');
    }
  });

  it('is an error in a gap after all versions ended', () => {
    expect(() => resolveVersion([versions[0]], '2023-02-01', 'r/wmo/s')).toThrow(/geëindigd/);
  });
});

describe('versionsKnownAt (kennisdatum)', () => {
  // Version 3 was published on 2024-08-15 with retroactive effect from 2024-07-01.
  const published = { 1: '2021-11-20T09:00:00.000Z', 2: '2022-12-01T10:00:00.000Z', 3: '2024-08-15T14:30:00.000Z' };

  it('re-runs a decision as it was made: before the retroactive publication, v2 is in force on 2024-07-20', () => {
    expect(resolveVersion(versionsKnownAt(versions, published, '2024-08-14'), '2024-07-20', 'r/wmo/s').version).toBe(2);
    expect(resolveVersion(versionsKnownAt(versions, published, '2024-08-15T14:29:59.999Z'), '2024-07-20', 'r/wmo/s').version).toBe(2);
  });

  it('includes a version published on the kennisdatum itself (date inclusive; timestamp equal)', () => {
    expect(resolveVersion(versionsKnownAt(versions, published, '2024-08-15'), '2024-07-20', 'r/wmo/s').version).toBe(3);
    expect(resolveVersion(versionsKnownAt(versions, published, '2024-08-15T14:30:00.000Z'), '2024-07-20', 'r/wmo/s').version).toBe(3);
  });

  it('without a kennisdatum, or for versions without a publication time, every version is known', () => {
    expect(versionsKnownAt(versions, published, undefined)).toHaveLength(3);
    expect(versionsKnownAt(versions, {}, '2000-01-01')).toHaveLength(3);
    expect(versionsKnownAt(versions, published, '2021-11-19')).toEqual([]);
  });
});
