import { describe, expect, it } from 'vitest';
import { expectationFor, type SuiteCase } from './run-suite';

const change = (versie: number, before: string[]) => ({
  versie,
  toelichting: 'beoogd',
  door: 'tester',
  datum: '2026-01-01T00:00:00Z',
  vorigeVerwachting: { findings: before },
});

describe('expectationFor', () => {
  const testCase: SuiteCase = {
    name: 'geval',
    case: {},
    expect: { findings: ['C'] },
    wijzigingen: [change(2, ['A']), change(4, ['B'])],
  };

  it('holds each version to the expectation of its time', () => {
    expect(expectationFor(testCase, 1)).toEqual({ findings: ['A'] });
    expect(expectationFor(testCase, 2)).toEqual({ findings: ['B'] });
    expect(expectationFor(testCase, 3)).toEqual({ findings: ['B'] });
    expect(expectationFor(testCase, 4)).toEqual({ findings: ['C'] });
    expect(expectationFor(testCase, 9)).toEqual({ findings: ['C'] });
  });

  it('uses the current expectation without a version or without history', () => {
    expect(expectationFor(testCase, undefined)).toEqual({ findings: ['C'] });
    expect(expectationFor({ name: 'x', case: {}, expect: { findings: [] } }, 1)).toEqual({ findings: [] });
  });
});
