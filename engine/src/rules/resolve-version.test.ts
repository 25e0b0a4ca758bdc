import { describe, expect, it } from 'vitest';
import { SturingError } from '../model/errors';
import { resolveVersion } from './resolve-version';

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
